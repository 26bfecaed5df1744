/**
 * Corrections after the answer: "不对，我们其实是办公用房", "错了，是15万", "what if the loan was 3 million?"
 * update the fact, say what changed and recompute the SAME measure — a correction never wanders to the
 * measure its words happen to resemble. A bare "不对" / "that's wrong" shows what the bot understood, each
 * fact changeable, and asks which is wrong. The owner's own working ("1.4%×9.5亿×50%=665w … 对吧") checks
 * the answer: its figures are the arithmetic, not new values, and the answer is shown again. Rasa's
 * "correction" pattern.
 */
import { factKinds, type FactName, type Facts } from '../../policy/facts.js';
import { looksLikeQuestion, questionCue, textCues } from '../../nlu/text-cues.js';
import { readAnswer } from '../../nlu/read-answer.js';
import { saysOneMonthOnly } from '../../nlu/read-reduction.js';
import { normalizeText } from '../../nlu/normalize-text.js';
import { hasAnswer } from '../session.js';
import { correctedLastAnswer, deniesKnown, restatedAfterAnswer } from '../last-answer-correction.js';
import { deniedFigureFact } from '../fill-facts.js';
import type { Dialog } from '../dialog-schema.js';
import { Decimal } from '../../policy/money.js';
import type { Outcome } from '../../policy/outcome.js';
import type { MoneyMention } from '../../nlu/understanding.js';
import { advance, answersFact, applyFacts, dialogsNamed, factsFor, isRentMeasure, nextFact, outcomesFor, rentSaid, sayHowRead, startDialog, type Handler, type Turn } from '../turn.js';

/** An amount or a rate: a figure the owner can try another value of. */
const isFigure = (fact: FactName): boolean => factKinds[fact] === 'money' || factKinds[fact] === 'percent';

/**
 * An English question word inside a statement ("an office where we do design", "that's what we pay") asks
 * nothing: after the answer a question is a mark, a Chinese question word, or an English one opening a clause.
 */
const englishQuestionWord = /(?:^|[,.;:!]\s*|\b(?:so|and|but|then|ok|okay)\s+)(?:how|what|can|could|who|where|when|which|is there|are there|do i|does|should|any)\b/i;
const asksAfterAnswer = (text: string): boolean => questionCue.test(text) && (/[?？\p{Script=Han}]/u.test(text) || englishQuestionWord.test(text));

/** "…呢" with no other question word, "what about …", "and for a large company?": a statement put as "and if it were so?". */
const trailingNe = /呢\s*[?？]?\s*$/;
const whatAbout = (text: string): boolean => (trailingNe.test(text) && !questionCue.test(text.replace(trailingNe, '')))
  || /^\s*(?:(?:and |so |ok |okay )?(?:what|how) about|(?:and|so|ok|okay|then) (?:for|with|as|if))\b/i.test(text);

/** Words of "if" (cues.yaml counts them as a "what if" correction): "要是", "如果", "what if", "suppose". */
const hypothetical = /如果|要是|假如|假设|假使|若是|倘若|如若|万一|(?<![a-z])(?:what if|suppose|supposing|hypothetically|let'?s say)(?![a-z])/g;

/** Whether only its words of "if" make the text a correction ("房东要是给我减了 有啥好处？"). */
function onlyHypothetical(text: string): boolean {
  const lower = text.toLowerCase();
  const without = lower.replace(hypothetical, ' ');
  return without !== lower && !textCues(without).correction;
}

/** Whether the facts told change the verdict or the amount of the dialog's rules. */
function changesOutcome(dialog: Dialog, known: Facts, told: Facts): boolean {
  const before = outcomesFor(dialog, known);
  const after = outcomesFor(dialog, { ...known, ...told });
  return after.some((outcome, i) => outcome.eligible !== before[i]?.eligible || outcome.amount !== before[i]?.amount);
}

/**
 * "不对 我们那个其实是门店不是办公", "sorry, the rent was 15k not 12k" after a SECOND measure's result: the fact is one
 * the measure now shown never asks, but one answered earlier in the chat asks it; that measure (every question of
 * it answered) is the one corrected, and its result is shown again. Read with that dialog's grammar when the
 * current one found nothing ("房租我说错了 是一万二" in the job-subsidy dialog). Only on a correction turn.
 */
function earlierAnswered(turn: Turn, current: Dialog, found: Facts): { dialog: Dialog; facts: Facts } | null {
  const { session, ctx } = turn;
  // A dialog a "no" ends early (a chain-store one once the landlord is a district SOE) asks nothing either: the
  // one answered is the one with the largest share of its questions answered.
  let best: { dialog: Dialog; facts: Facts; share: number } | null = null;
  for (const dialog of ctx.dialogs.dialogs) {
    if (dialog.id === current.id || dialog.id === 'checkup' || dialog.rules.length === 0) continue;
    const share = dialog.facts.filter((fact) => answersFact(fact, session.facts)).length / dialog.facts.length;
    if (share === 0 || (best && share <= best.share)) continue;
    const facts = dialog.facts.some((fact) => answersFact(fact, found)) ? found : { ...factsFor(turn, dialog, null).facts, ...found };
    // A correction changes what that measure was told: a fact it never held ("我们今年房租是2万一个月" after a job-subsidy
    // result, with no rent measure answered) is new, not corrected, and starts no other measure's result.
    if (!dialog.facts.some((fact) => answersFact(fact, facts) && session.facts[fact] !== undefined && facts[fact] !== session.facts[fact])) continue;
    if (nextFact(dialog, session, outcomesFor(dialog, session.facts)) !== null) continue;
    best = { dialog, facts, share };
  }
  return best;
}

/**
 * "说错了 是两个月", "sorry, it was two months, not one": after the landlord's answer, a new count of months and no amount
 * corrects the span of the reduction; the amount reduced each month stays, so the total is that amount times the new
 * count. Null when the message is not that.
 */
function monthsCorrected(turn: Turn): Facts | null {
  const { understanding, session, current } = turn;
  const { entities } = understanding;
  const known = session.facts.rentReduction;
  const before = turn.reductionMonthsBefore ?? 1;
  if (!current?.facts.includes('rentReduction') || known === undefined || entities.money.length > 0 || entities.percents.length > 0) return null;
  // "actually we only reduced march, not april", "4月其实没减": one month of the two named alone, itself a correction.
  const oneOnly = before > 1 && saysOneMonthOnly(normalizeText(understanding.text));
  const count = oneOnly ? 1 : entities.monthCount;
  if (count === null || count === before || !(understanding.cues.correction || oneOnly)) return null;
  return { rentReduction: new Decimal(known).div(before).times(count).toFixed() };
}

/** The message without its questions: the clauses that ask nothing ("房东是一个央企下面的公司" of "…，那还能免吗"). */
const clauseEnd = /(?<=[，,。;；!！?？])|(?<=\p{Script=Han})\s+(?=\p{Script=Han})/u;
function statedPart(text: string): string {
  return text.split(clauseEnd).filter((clause) => clause.trim() !== '' && !looksLikeQuestion(clause)).join('');
}

/** Whether every figure of the message is an amount the answer gave ("so maximum 500 wan only?" of a 5,000,000 cap). */
function echoesAmount(money: readonly MoneyMention[], outcomes: readonly Outcome[]): boolean {
  const amounts = outcomes.flatMap((outcome) => (outcome.amount === null ? [] : [new Decimal(outcome.amount)]));
  return money.every((m) => amounts.some((amount) => amount.eq(m.value)));
}

export const correctionAfterAnswer: Handler = (turn) => {
  const { understanding, actions, session, current, intentDialog } = turn;
  if (!current || !hasAnswer(session)) return false;
  const { cues } = understanding;
  // "1.4%×9.5亿×50%=665w，所以按500w封顶 对吧": the owner checks the arithmetic; nothing changes.
  if (cues.working && !cues.correction && current.rules.length > 0) {
    actions.push({ type: 'unchanged' });
    advance(session, current, actions);
    turn.intent = 'check';
    return true;
  }
  // "so maximum 500 wan only? ok" after a result of 5,000,000: the owner says the answer's own amount back, checking it.
  const { money } = understanding.entities;
  if (money.length > 0 && !cues.correction && echoesAmount(money, outcomesFor(current, session.facts))) {
    actions.push({ type: 'unchanged' });
    advance(session, current, actions);
    turn.intent = 'check';
    return true;
  }
  const filled = factsFor(turn, current, null);
  sayHowRead(turn, filled);
  // "说反了，租金是门店自己交": the answer given last, read by its own grammar or turned round.
  // (A new object: the reading is shared with the other handlers of the turn.)
  const corrected = correctedLastAnswer(turn, filled.facts);
  // "房租是总部那边统一交的", "培训那会儿没搞起来": a fact of this answer restated with no word of correcting.
  const restated = Object.keys(filled.facts).length === 0 && Object.keys(corrected).length === 0 && !asksAfterAnswer(understanding.text) && !cues.aboutNow
    ? restatedAfterAnswer(turn) : {};
  const found = { ...filled.facts, ...corrected, ...restated, ...monthsCorrected(turn) };
  const facts = Object.keys(found) as FactName[];
  // "不是办公用房" denies what the bot holds: as plain a correction as "不对".
  // "the 2020 figure was 150k, not 50k": a known figure denied beside a new one says it corrects.
  // "那房东要是给我减了 房东那边有啥好处没有？": a question put as "if …" that changes no fact asks something new;
  // only its 要是 sounded like a "what if" on this answer.
  const ifOnly = cues.correction && facts.length === 0 && asksAfterAnswer(understanding.text) && onlyHypothetical(understanding.text);
  // "刚问了物业 房东是一个央企下面的公司 不是区里的 那还能免吗": a new value of a fact this answer holds, in a message
  // that names no other measure that computes, corrects it, whatever measure the rest of the words resemble.
  const named = dialogsNamed(turn.ctx.dialogs, understanding.text);
  // Only a value stated, not one asked about ("那中型企业也算吗" asks what the notice says), and not beside another
  // measure named ("we also do blockchain work. any support for fintech firms?" asks （十一）).
  const changed = facts.filter((fact) => current.facts.includes(fact) && session.facts[fact] !== undefined
    && found[fact] !== session.facts[fact] && !intentDialog?.facts.includes(fact));
  const stated = changed.length > 0 && !named.some((dialog) => dialog.id !== current.id) ? statedPart(understanding.text) : '';
  const changesKnown = stated !== '' && changed.some((fact) => readAnswer(fact, stated) === found[fact]);
  const corrects = (cues.correction && !ifOnly) || deniesKnown(turn) || changesKnown
    || deniedFigureFact(understanding.text, understanding.entities.money, session.facts, null) !== null;
  // A revenue pair answers the drop. A fact the dialog never asks but its rules read ("其实房子是我个人名下的": a
  // person is no 合法经营企业) is about this answer when it changes it.
  // One side of a revenue pair ("去年同期其实是80万") answers the drop with the other side known.
  const revenueSide = ('revenueBefore' in found || 'revenueAfter' in found) && answersFact('revenueDropPercent', { ...session.facts, ...found });
  const aboutCurrent = current.facts.some((fact) => answersFact(fact, found) || (fact === 'revenueDropPercent' && revenueSide))
    || (facts.length > 0 && changesOutcome(current, session.facts, found));
  // "and with a 3 million loan?", "那300万呢": a new figure for this measure that the other measure the words
  // resemble (a loan → （五）) does not take is a "what if" on this one.
  // "我是朝阳的呢", "个体户呢", "what about a sole trader?", "and for an office?": a fact of this answer put as "and
  // if …" asks for it again.
  // "what about the guarantee fee - … loan 2.5 million, rate 2%" names another measure that computes, and not
  // this one: its figures are that measure's, never a "what if" on this one ("and with a 3 million loan?" names
  // only （五）, which computes nothing, and stays a "what if").
  // A fact of this answer restated in bare words ("房租是总部那边统一交的" after （四）: 房租 names the tenant's measure too)
  // keeps the message on this one, as do facts only this dialog asks (its payer), whichever reading found them.
  // (Not figures: "那贷款担保费呢 我们贷了30万" names another measure, and its amount is no rent.)
  const ownOnly = facts.length > 0 && facts.every((fact) => !isFigure(fact) && current.facts.includes(fact) && !intentDialog?.facts.includes(fact));
  const namesOther = intentDialog !== undefined && intentDialog.id !== current.id && !named.includes(current)
    && named.some((dialog) => dialog.rules.length > 0) && Object.keys(restated).length === 0 && !ownOnly;
  const whatIf = !namesOther && facts.length > 0 && (facts.every((fact) => current.facts.includes(fact) && isFigure(fact) && !intentDialog?.facts.includes(fact))
    || (aboutCurrent && whatAbout(understanding.text)));
  // A clear question about another measure, with no sign of correcting this one, is a new topic.
  // A long statement of this dialog's facts ("其实那两个月我们是自己关门装修的") corrects; only a real question leaves.
  const asks = asksAfterAnswer(understanding.text);
  // "那房东要是给我减了 房东那边有啥好处没有？", "what if my landlord does cut it, what does he get?": a question about another
  // measure that computes, with no fact of this answer in it, asks that measure; its "要是" / "what if" corrects nothing.
  const asksOtherMeasure = facts.length === 0 && asks && intentDialog !== undefined && intentDialog.rules.length > 0 && !deniesKnown(turn);
  const newTopic = intentDialog !== undefined && intentDialog.id !== current.id && (!corrects || asksOtherMeasure) && !whatIf
    && (asks || !aboutCurrent || namesOther) && understanding.ambiguous === null && understanding.intent !== 'out_of_scope';
  if (newTopic) return false;
  // "个体户能享受吗" after the answer asks what the notice says; only a statement or a "what if" corrects.
  if (asks && !corrects && !whatIf) return false;
  // "Who can I phone to actually apply for this?": whom to call, with no fact in it, though a word ("actually") says correcting.
  if (asks && cues.whomToCall && facts.length === 0 && !deniesKnown(turn)) return false;
  // "不好意思 房租其实是四千五" after the guarantee result: a figure said of the rent in a measure that asks none is
  // the rent of the measure answered before, never this one's loan.
  // "搞错了 门店房租是两万四": a word of the premises beside it (门店) is no fact of this measure's either.
  // (A rent by the month this measure's grammar reads as nothing, "房租是2万一个月" after （十三）, is a figure of the rent too.)
  const rentFigure = !isRentMeasure(current) && !current.facts.includes('monthlyRent')
    && (facts.some(isFigure) || (facts.length === 0 && understanding.entities.money.some((m) => m.per === 'month')))
    && facts.every((fact) => isFigure(fact) || !current.facts.includes(fact)) && rentSaid(understanding.text.toLowerCase());
  const earlier = (corrects && !aboutCurrent) || rentFigure ? earlierAnswered(turn, current, rentFigure ? {} : found) : null;
  if (earlier) {
    applyFacts(session, earlier.facts, actions);
    advance(session, earlier.dialog, actions);
    turn.intent = 'correction';
    return true;
  }
  // "我们今年房租是2万一个月" after a job-subsidy result, no rent measure answered: a new rent, not a correction. It is
  // the rent of the rent measure the words name, else the tenant's (the owner is the tenant unless said otherwise).
  if (rentFigure) {
    const rentDialog = intentDialog && isRentMeasure(intentDialog) ? intentDialog : turn.ctx.dialogs.byId.get('rent-tenant');
    if (rentDialog) {
      applyFacts(session, factsFor(turn, rentDialog, null).facts, actions);
      startDialog(session, rentDialog, actions);
      turn.intent = rentDialog.intents[0] ?? turn.intent;
      return true;
    }
  }
  if (facts.length > 0 && (aboutCurrent || corrects)) {
    applyFacts(session, found, actions);
    advance(session, current, actions);
    turn.intent = 'correction';
    return true;
  }
  if (cues.correction && !ifOnly && facts.length === 0 && Object.keys(session.facts).length > 0) {
    // After an answer, "不对吧" / "that's wrong" keeps that answer's measure and whom to ask about it in view.
    const [outcome] = outcomesFor(current, session.facts);
    const measure = current.measures[0];
    actions.push({ type: 'whichWrong', facts: session.facts, ...(measure !== undefined && outcome ? { measure, contacts: outcome.contacts.slice(0, 2) } : {}) });
    turn.intent = 'correction';
    return true;
  }
  return false;
};
