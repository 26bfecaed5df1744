/**
 * The operator answer card: one plain-text block a hotline operator pastes into a ticket. It leads with
 * what a ticket needs at a glance (结论 · 金额 · 联系电话), then 计算过程, 需部门确认, 政策依据, and the
 * clause quotation last, shortened when long (the notice is cited, so the full text is one look-up away).
 * Every answer an operator would paste has one: a rule's result, a check-up, a measure that is
 * information only, a contact look-up and a hand-off. The card is Chinese (the hotline's tickets are);
 * `lang: 'en'` gives the same card in English for a caller who spoke English.
 */
import { loadNotice, measure as measureOf, type Contact } from '../policy/notice.js';
import { noticeIssued } from './notice-issued.js';
import { unitInEnglish } from '../policy/english-names.js';
import { formatYuan } from '../policy/money.js';
import type { Outcome } from '../policy/outcome.js';
import { contactLine } from './contact-text.js';
import { factName, withFactLabels } from './fact-labels.js';
import { heading, measureLabel, outcomeTitle } from './measure-label.js';
import type { Lang } from '../core/reply.js';

/** Longer clause quotations are cut here; the card cites the clause, so the rest is in the notice. */
const CLAUSE_CHARS = 120;

const t = (lang: Lang, zh: string, en: string): string => (lang === 'zh' ? zh : en);
const sep = (lang: Lang): string => t(lang, '；', '; ');
const colon = (lang: Lang): string => t(lang, '：', ': ');

/** What a card is made from: the renderer says which answer it is; the card writes it. */
export type CardSubject =
  | { kind: 'result'; outcomes: readonly Outcome[] }
  | { kind: 'info'; measure: number }
  | { kind: 'contacts'; units: readonly string[]; measure: number | null }
  | { kind: 'handoff'; measure: number | null; summary: string };

function yuan(amount: string, lang: Lang): string {
  return t(lang, `${formatYuan(amount)} 元`, `${formatYuan(amount)} yuan`);
}

/** The arithmetic of the whole amount: every line that is not one month's part, the cap line included. */
export function arithmetic(outcome: Outcome, lang: Lang): string {
  return outcome.breakdown.filter((b) => b.month === undefined).map((b) => b[lang]).join(t(lang, '，', ', '));
}

function missingText(outcome: Outcome, lang: Lang): string {
  return outcome.missing.map((f) => factName(f, lang)).join(t(lang, '、', ', '));
}

function verdict(outcome: Outcome, lang: Lang): string {
  if (outcome.eligible === true) return t(lang, '符合', 'qualifies');
  if (outcome.eligible === false) return t(lang, `不符合（${outcome.reasons[0]?.zh ?? ''}）`, `does not qualify (${outcome.reasons[0]?.en ?? ''})`);
  return t(lang, `尚不能确定，还需了解${missingText(outcome, 'zh')}`, `not yet decided: depends on ${missingText(outcome, 'en')}`);
}

function amountText(outcome: Outcome, lang: Lang): string {
  if (outcome.amount !== null) return yuan(outcome.amount, lang);
  if (outcome.eligible === false) return t(lang, '无', 'none');
  if (outcome.amountNote) return withFactLabels(outcome.amountNote[lang], lang);
  return t(lang, '由部门核定', 'set by the department');
}

function clauseText(measureId: number): string {
  const clause = measureOf(measureId).clause;
  return clause.length <= CLAUSE_CHARS ? clause : `${clause.slice(0, CLAUSE_CHARS)}……（全文见通知${measureLabel(measureId)}）`;
}

/** "西政办发〔2020〕6号（一）（六），北京市西城区人民政府办公室，2020年5月11日" */
function basis(measures: readonly number[], lang: Lang): string {
  const notice = loadNotice();
  const items = [...new Set(measures)].sort((a, b) => a - b);
  if (lang === 'en') {
    const cited = items.length > 0 ? `, item${items.length > 1 ? 's' : ''} ${items.join(', ')}` : '';
    return `Notice ${notice.docNumber}${cited}, ${noticeIssued(lang)}`;
  }
  return `${notice.docNumber}${items.map(measureLabel).join('')}，${noticeIssued(lang)}`;
}

function contactsLine(contacts: readonly Contact[], lang: Lang): string {
  return `${t(lang, '联系电话', 'Phone')}${colon(lang)}${contacts.map((c) => contactLine(c, lang)).join(sep(lang)) || t(lang, '无', 'none')}`;
}

function line(lang: Lang, zh: string, en: string, value: string): string {
  return `${t(lang, zh, en)}${colon(lang)}${value}`;
}

/** One rule's answer: its verdict, amount and phone first, then how, what the department checks, why. */
function singleResult(outcome: Outcome, contacts: readonly Contact[], lang: Lang): string[] {
  const lines = [
    `${t(lang, '【政策答复单】', '[Answer card] ')}${outcomeTitle(outcome, lang)}`,
    line(lang, '结论', 'Conclusion', verdict(outcome, lang)),
    line(lang, '金额', 'Amount', amountText(outcome, lang)),
    contactsLine(contacts, lang),
  ];
  const how = arithmetic(outcome, lang);
  if (how) {
    const months = outcome.breakdown.filter((b) => b.month !== undefined).map((b) => b[lang]).join(sep(lang));
    lines.push(line(lang, '计算过程', 'Arithmetic', months ? `${how}${t(lang, `（${months}）`, ` (${months})`)}` : how));
  }
  if (outcome.met.length > 0) lines.push(line(lang, '已满足', 'Met', outcome.met.map((c) => c[lang]).join(sep(lang))));
  if (outcome.reasons.length > 1) lines.push(line(lang, '不符合原因', 'Not met', outcome.reasons.map((c) => c[lang]).join(sep(lang))));
  if (outcome.eligible !== false) lines.push(line(lang, '需部门确认', 'The department confirms', outcome.confirmBy.map((c) => c[lang]).join(sep(lang)) || t(lang, '无', 'nothing')));
  lines.push(line(lang, '政策期', 'Period', outcome.period[lang]));
  lines.push(line(lang, '政策依据', 'Basis', basis([outcome.measure], lang)));
  lines.push(line(lang, '条款原文', 'Clause (Chinese)', clauseText(outcome.measure)));
  return lines;
}

/** A check-up: one line per measure (✓ amount, ？ what is missing, ✗ the reason); no clause quotations. */
function checkupResult(outcomes: readonly Outcome[], contacts: readonly Contact[], lang: Lang): string[] {
  const yes = outcomes.filter((o) => o.eligible === true).length;
  const open = outcomes.filter((o) => o.eligible === null).length;
  const no = outcomes.length - yes - open;
  const lines = [
    t(lang, '【政策答复单】政策体检', '[Answer card] Check-up'),
    line(lang, '结论', 'Conclusion', t(lang, `符合 ${yes} 项，待确认 ${open} 项，不符合 ${no} 项`, `${yes} apply, ${open} to be decided, ${no} do not apply`)),
  ];
  for (const outcome of outcomes) {
    const title = outcomeTitle(outcome, lang);
    if (outcome.eligible === true) {
      const how = arithmetic(outcome, lang);
      lines.push(`✓ ${title}${colon(lang)}${amountText(outcome, lang)}${how ? t(lang, `（${how}）`, ` (${how})`) : ''}`);
    } else if (outcome.eligible === false) lines.push(`✗ ${title}${colon(lang)}${outcome.reasons[0]?.[lang] ?? ''}`);
    else lines.push(`？${title}${colon(lang)}${t(lang, '还需了解', 'depends on ')}${missingText(outcome, lang)}`);
  }
  lines.push(contactsLine(contacts, lang));
  const confirm = outcomes.filter((o) => o.eligible !== false && o.confirmBy.length > 0)
    .map((o) => `${t(lang, measureLabel(o.measure), `item ${o.measure}: `)}${o.confirmBy.map((c) => c[lang]).join(t(lang, '、', ', '))}`);
  if (confirm.length > 0) lines.push(line(lang, '需部门确认', 'The department confirms', confirm.join(sep(lang))));
  lines.push(line(lang, '政策期', 'Period', loadNotice().period[lang]));
  lines.push(line(lang, '政策依据', 'Basis', basis(outcomes.map((o) => o.measure), lang)));
  return lines;
}

/** A measure the notice states without a computable amount: what it offered and whom to call. */
function infoCard(measureId: number, contacts: readonly Contact[], lang: Lang): string[] {
  const m = measureOf(measureId);
  const lines = [
    `${t(lang, '【政策答复单】', '[Answer card] ')}${heading(m.id, m.title, lang)}`,
    line(lang, '结论', 'Conclusion', t(lang, '政策说明，是否适用及金额由部门核定', 'information: the department decides who qualifies and how much')),
    line(lang, '金额', 'Amount', t(lang, '通知未规定个案金额', 'the notice sets no amount per business')),
    contactsLine(contacts, lang),
    line(lang, '内容', 'What it offered', m.summary[lang]),
  ];
  if (m.contactNote) lines.push(m.contactNote[lang]);
  lines.push(line(lang, '政策期', 'Period', t(lang, '2020年（现行政策请向部门咨询）', '2020 (ask the department what applies today)')));
  lines.push(line(lang, '政策依据', 'Basis', basis([m.id], lang)));
  lines.push(line(lang, '条款原文', 'Clause (Chinese)', clauseText(m.id)));
  return lines;
}

function contactsCard(units: readonly string[], measureId: number | null, contacts: readonly Contact[], lang: Lang): string[] {
  const about = units.length > 0
    ? units.map((u) => (lang === 'zh' ? u : unitInEnglish(u))).join(t(lang, '、', ', '))
    : measureId !== null ? heading(measureId, measureOf(measureId).title, lang) : t(lang, '通用咨询', 'general enquiries');
  return [
    `${t(lang, '【联系方式】', '[Contacts] ')}${about}`,
    contactsLine(contacts, lang),
    line(lang, '政策依据', 'Basis', basis(measureId !== null ? [measureId] : [], lang)),
  ];
}

function handoffCard(measureId: number | null, summary: string, contacts: readonly Contact[], lang: Lang): string[] {
  return [
    `${t(lang, '【转人工】', '[Hand-off] ')}${measureId !== null ? heading(measureId, measureOf(measureId).title, lang) : t(lang, '通用咨询', 'general enquiries')}`,
    line(lang, '转接部门', 'Put through to', contacts.map((c) => contactLine(c, lang)).join(sep(lang)) || t(lang, '无', 'none')),
    line(lang, '来电人情况', "Caller's situation", summary || t(lang, '未说明', 'not stated')),
    line(lang, '政策依据', 'Basis', basis(measureId !== null ? [measureId] : [], lang)),
  ];
}

/**
 * The card for one answer; `contacts` are the ones the reply lists, so the card and a contacts panel agree.
 * @example answerCard({ kind: 'result', outcomes: [rentWaiver.evaluate(facts)] }, outcome.contacts)
 */
export function answerCard(subject: CardSubject, contacts: readonly Contact[], lang: Lang = 'zh'): string {
  switch (subject.kind) {
    case 'result': {
      const [only] = subject.outcomes;
      return (subject.outcomes.length === 1 && only ? singleResult(only, contacts, lang) : checkupResult(subject.outcomes, contacts, lang)).join('\n');
    }
    case 'info': return infoCard(subject.measure, contacts, lang).join('\n');
    case 'contacts': return contactsCard(subject.units, subject.measure, contacts, lang).join('\n');
    case 'handoff': return handoffCard(subject.measure, subject.summary, contacts, lang).join('\n');
  }
}

/** The card's last line when the answer was filed (src/review): a hotline ticket cites it. */
export const answerIdLine = (answerId: string): string => `答复编号：${answerId}`;
