/**
 * A follow-up about the measure just answered or under way, naming no topic of its own: "免的是哪两个月",
 * "which months does it cover?", "那4月份的呢". Mid-dialog the question asked comes again after the answer. The notice is the only source: the measure's period (and, after a result, that
 * month's part of it, or that the month is outside it), with the result shown again — never the not-covered
 * refusal while a measure is in context. A question about today after a result ("is this still available?",
 * "2026年还能申请吗") gets the engine's note that the notice covered 2020, then the 2020 answer again. Questions with an answer in dialogs/_answers.yaml ("要准备啥材料",
 * "这个钱什么时候到账", "一个人给多少钱") are answered before this, by the direct-answer handler.
 */
import { findRule } from '../../policy/rules/index.js';
import { dialogsOfMeasure, promptFor, type Dialog, type DialogSet } from '../dialog-schema.js';
import { hasAnswer } from '../session.js';
import { answersFact, dialogNamed, factsFor, outcomesFor, reoffer, resultAction, type Handler, type Turn } from '../turn.js';

/** "那4月份的呢", "and april?": a month asked about with no question word but its 呢 / "and … ?". */
const trailingAsk = /呢\s*[?？]?\s*$|^\s*(and|what about|how about)\b/i;

/** "有没有截止时间", "是不是只有两个月": a question by its A-not-A form. */
export const aNotA = /(\p{Script=Han})[不没]\1/u;
/** "今年还减半不", "还能免没": a question by the 不 / 没 that ends it. */
export const endsInNot = /(?<=\p{Script=Han})(?:不|没|没有)\s*[?？]?\s*$/u;

/**
 * The computing dialog of the measure in context: the dialog in progress or last answered, else the one of
 * the measure last answered (a direct answer, an offer to check it).
 */
export function dialogInContext(turn: Turn): Dialog | undefined {
  const { current, session, ctx } = turn;
  if (current && current.rules.length > 0 && current.measures.length === 1) return current;
  const measure = session.lastMeasure ?? null;
  if (measure === null) return undefined;
  return dialogsOfMeasure(ctx.dialogs, measure).find((d) => d.rules.length > 0);
}

/**
 * Whether the text says a word of the dialog's own title: "现在贷款还能减半吗" after （六） 融资担保费减半 ("减半"), "is the fee
 * still halved now?" ("halved"). Two characters of the Chinese title, or an English word of four letters or more.
 */
function echoesTitle(dialog: Dialog, text: string): boolean {
  const lower = text.toLowerCase();
  const zh = dialog.title.zh.replace(/[^\p{Script=Han}]/gu, '');
  for (let at = 0; at + 2 <= zh.length; at += 1) if (lower.includes(zh.slice(at, at + 2))) return true;
  return dialog.title.en.toLowerCase().split(/[^a-z]+/).some((word) => word.length >= 4 && new RegExp(`(?<![a-z])${word}(?![a-z])`).test(lower));
}

/**
 * Whether the words naming the other dialog are all words of this dialog's own questions: after a （六） result
 * "现在贷款还能减半吗" names 贷款 (a （五） word), but the guaranteed loan is what （六） asked about ("担保贷款金额是多少？"),
 * so the question stays on （六）; "现在还能找银行贷款吗" names 银行 too, a topic of its own.
 */
export function askedOf(set: DialogSet, dialog: Dialog, named: Dialog, text: string): boolean {
  const lower = text.toLowerCase();
  const words = named.topicWords.filter((word) => lower.includes(word.toLowerCase()));
  const prompts = dialog.facts.map((fact) => { const { ask } = promptFor(set, dialog, fact); return `${ask.zh} ${ask.en}`.toLowerCase(); }).join(' ');
  return words.length > 0 && words.every((word) => prompts.includes(word.toLowerCase()));
}

export const followUp: Handler = (turn) => {
  const { understanding, session, actions, ctx } = turn;
  const { cues, entities, text } = understanding;
  if (cues.whomToCall || Object.keys(entities.facts).length > 0 || entities.money.length > 0) return false;
  // Mid-dialog, a message that answers the question asked is that answer.
  const { awaiting, current } = turn;
  if (awaiting !== null && (!current || answersFact(awaiting, factsFor(turn, current, awaiting).facts))) return false;
  const month = entities.months.length === 1 ? entities.months[0] ?? null : null;
  const asks = cues.question || aNotA.test(text) || endsInNot.test(text);
  // "is this still available?", "2026年还能申请吗" after a result: the 2020 answer stays in view, its period said.
  const stillAsked = cues.aboutNow && asks && awaiting === null;
  if (!(cues.askPeriod && asks) && !(month !== null && (asks || trailingAsk.test(text))) && !stillAsked) return false;
  const dialog = dialogInContext(turn);
  if (!dialog) return false;
  // "那稳岗补贴是哪几个月" names a topic of its own: a new question, not a follow-up.
  const named = dialogNamed(ctx.dialogs, text);
  // Either reading keeps the question on this measure: its words are this measure's own questions' (askedOf), or a
  // question about today says a word of its title ("今年还减半不", "is the fee still halved on a bank loan now?").
  if (named && !named.measures.some((m) => dialog.measures.includes(m)) && !askedOf(ctx.dialogs, dialog, named, text)
    && !(stillAsked && named.rules.length === 0 && echoesTitle(dialog, text))) return false;
  const measure = dialog.measures[0] ?? 0;
  const answered = session.dialog === dialog.id && hasAnswer(session);
  if (stillAsked && month === null && !cues.askPeriod && !answered) return false;
  const outcomes = answered ? outcomesFor(dialog, session.facts) : [];
  const outcome = outcomes[0] ?? findRule(dialog.rules[0] ?? '')?.evaluate(session.facts);
  if (!outcome) return false;
  const months = outcome.breakdown.flatMap((line) => (line.month === undefined ? [] : [line.month]));
  const outside = month !== null && months.length > 0 && !months.includes(month);
  // A month of the result ("那4月份的呢") is its own line of the result shown again; anything else gets the period first.
  const noticed = stillAsked && actions.some((action) => action.type === 'periodNotice');
  if (!noticed && (month === null || outside || !answered || months.length === 0)) actions.push({ type: 'periodAnswer', measure, period: outcome.period, month, outside });
  if (answered) actions.push(resultAction(dialog, session, outcomes, false));
  reoffer(session, actions);
  turn.intent = 'follow_up';
  return true;
};
