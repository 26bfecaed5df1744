/**
 * The dialog engine: a pure function from (session, understanding, dialogs) to (session, actions). A turn
 * goes through an ordered list of handlers, each one conversation pattern in a file of its own
 * (src/dialog/handlers/); the first that handles the turn ends it. The engine never writes user-facing text.
 */
import type { Understanding } from '../nlu/understanding.js';
import { followLanguage } from '../nlu/detect-language.js';
import type { Action } from './actions.js';
import type { Session } from './session.js';
import { questionCue } from '../nlu/text-cues.js';
import { answersFact, factsFor, type EngineContext, type Handler, type Turn } from './turn.js';
import { guaranteeSide } from './guarantee-side.js';
import { caseContacts } from './topic-contacts.js';
import { runCommand } from './handlers/run-command.js';
import { reductionMonthCount, waivesInFull } from '../nlu/read-reduction.js';
import { normalizeText } from '../nlu/normalize-text.js';
import { resetRequest } from './handlers/reset-request.js';
import { complaint } from './handlers/complaint.js';
import { resumeRequest } from './handlers/resume-request.js';
import { sideSwitch } from './handlers/side-switch.js';
import { schoolOrShop } from './handlers/school-or-shop.js';
import { directAnswerHandler } from './handlers/direct-answer-handler.js';
import { amountAskedEarly } from './handlers/amount-asked-early.js';
import { pendingQuestion } from './handlers/pending-question.js';
import { correctionAfterAnswer } from './handlers/correction.js';
import { clarify, startTopic } from './handlers/start-topic.js';
import { whatNow } from './handlers/what-now.js';
import { amountAgain } from './handlers/amount-again.js';
import { contactWeighed } from './handlers/contact-weighed.js';
import { conversation } from './handlers/conversation.js';
import { followUp } from './handlers/follow-up.js';
import { tradeAfterInfo } from './handlers/trade-after-info.js';
import { infoFollowUp } from './handlers/info-follow-up.js';
import { acknowledgement, fallback } from './handlers/fallback.js';

export { outcomesFor, nextFact, type EngineContext } from './turn.js';
export { MAX_ATTEMPTS } from './limits.js';

export interface StepResult {
  session: Session;
  actions: Action[];
  /** What the turn did ("answer", "correction", "resume", …), or null when the classifier's intent says it. */
  intent: string | null;
}

/**
 * The handlers in the order they are tried: commands and offers first, then what the owner asks of the
 * conversation itself (reset, complaint, go back, which side), corrections after an answer, a follow-up on the
 * measure just answered (the owner's trade after a measure with several units, "免的是哪两个月", "现在还有吗" and
 * "能给多少钱" after a measure with nothing to compute), questions the notice answers directly, the amount asked
 * before the facts are in ("那我能拿多少"), then the pending question, a new topic, small talk, and last the refusal.
 */
export const handlers: readonly Handler[] = [
  runCommand, complaint, resetRequest, resumeRequest, sideSwitch, schoolOrShop, correctionAfterAnswer, tradeAfterInfo, followUp, amountAgain, whatNow, infoFollowUp, directAnswerHandler,
  amountAskedEarly, pendingQuestion, acknowledgement, contactWeighed, clarify, startTopic, conversation, fallback,
];

/** A message decides the language only when its words do: "2", "15k", "ok" keep the one in use. */
function spokenLanguage(understanding: Understanding, current: Understanding['lang']): Understanding['lang'] | null {
  if (understanding.langConfident === false) return null;
  // A figure's own unit words ("1.5 per cent", "2.4 million") are no more English than "15k" is.
  const { facts, money, percents } = understanding.entities;
  let text = understanding.text;
  for (const mention of [...money, ...percents].sort((x, y) => y.start - x.start)) {
    text = `${text.slice(0, mention.start)} ${text.slice(mention.end)}`;
  }
  return followLanguage(text, current, Object.keys(facts).length > 0 || money.length > 0);
}

/** "今年4月的房租能免吗": said once, first, before anything else — the measures covered 2020. */
function noteAboutNow(turn: Turn): void {
  const { understanding, session, awaiting, current } = turn;
  if (!understanding.cues.aboutNow || session.asksAboutNow) return;
  // "现在还开着", "原来20个老师 现在还剩15个" answer the question asked; they are no question about today.
  // (The reading for the question asked is the one the pending-question handler uses: made once per turn.)
  const answering = awaiting !== null && !questionCue.test(understanding.text)
    && (Object.keys(understanding.entities.facts).length > 0 || answersFact(awaiting, factsFor(turn, current, awaiting).facts));
  if (answering) return;
  session.asksAboutNow = true;
  turn.actions.push({ type: 'periodNotice' });
}

/** The one measure a turn answered (a result, a direct answer, a measure's text, an offer to check it), or null. */
function measureAnswered(actions: readonly Action[]): number | null {
  for (const action of [...actions].reverse()) {
    if (action.type === 'result' && action.outcomes.length === 1) return action.outcomes[0]?.measure ?? null;
    if ((action.type === 'directAnswer' || action.type === 'measureAnswer' || action.type === 'info') && action.measure !== null) return action.measure;
  }
  return null;
}

/** Registered elsewhere, taxed here: not asked (the owner has said all they can); both cases are shown. */
function noteRegistrationSplit(turn: Turn): void {
  const { session, understanding } = turn;
  if (!understanding.entities.registrationSplit || session.facts.registeredInXicheng !== undefined) return;
  if (!session.unsure.includes('registeredInXicheng')) session.unsure.push('registeredInXicheng');
  turn.actions.push(understanding.entities.registrationTaxedElsewhere === true ? { type: 'registrationSplit', taxedElsewhere: true } : { type: 'registrationSplit' });
}

/**
 * One turn. Pure: the same session, understanding and dialogs give the same result.
 * @example
 *   const { session, actions } = step(newSession('zh', now), understand('区属国企的门面月租2万'), { dialogs, now })
 *   // actions: [{ type: 'ask', fact: 'registeredInXicheng', ... }]
 */
export function step(previous: Session, understanding: Understanding, ctx: EngineContext): StepResult {
  const session: Session = structuredClone(previous);
  session.updatedAt = ctx.now;
  const current = session.dialog ? ctx.dialogs.byId.get(session.dialog) : undefined;
  const turn: Turn = {
    session, understanding, ctx, actions: [], current, awaiting: session.awaiting,
    // "担保公司给我们担保了" read as the institution's question: the side the owner speaks from decides.
    intentDialog: guaranteeSide(understanding, ctx.dialogs) ?? ctx.dialogs.byIntent.get(understanding.intent), intent: null,
  };
  if (runCommand(turn)) return { session: turn.session, actions: turn.actions, intent: turn.intent };

  const lang = spokenLanguage(understanding, session.lang);
  if (!session.langLocked && lang) session.lang = lang;
  noteAboutNow(turn);
  noteRegistrationSplit(turn);
  // "我们公司给三家租户减了租": kept for a later "每家减五千" in a dialog that asks the reduction.
  const tenants = understanding.entities.tenantCount;
  const asksReduction = (turn.intentDialog ?? current)?.facts.includes('rentReduction') === true;
  if (tenants !== null && asksReduction) session.tenantCount = tenants;
  const spanned = reductionMonthCount(understanding.entities);
  turn.reductionMonthsBefore = session.reductionMonths ?? 1;
  if (spanned !== null && spanned > 1 && asksReduction) session.reductionMonths = spanned;
  if (asksReduction && session.reductionWaived !== true && waivesInFull(normalizeText(understanding.text), understanding.entities)) session.reductionWaived = true;
  const months = understanding.entities.months;
  if (months.length === 1) session.focusMonth = months[0] ?? null;

  for (const handler of handlers.slice(1)) if (handler(turn)) break;
  // Whom to call about a measure with nothing to compute depends on the owner's case, known only now:
  // "我们是民办幼儿园 能对接银行吗" → 区教委 first.
  for (const action of turn.actions) {
    if (action.type === 'info') action.contacts ??= caseContacts(ctx.dialogs, action.measure, turn.session.facts, understanding.text);
  }
  const answered = measureAnswered(turn.actions);
  if (answered !== null) turn.session.lastMeasure = answered;
  const notice = turn.actions.find((action) => action.type === 'periodNotice');
  if (notice?.type === 'periodNotice') notice.continues = turn.actions.some((a) => a.type === 'ask' || a.type === 'result' || a.type === 'info');
  return { session: turn.session, actions: turn.actions, intent: turn.intent };
}
