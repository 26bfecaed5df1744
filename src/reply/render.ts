/**
 * Actions → the Reply: the only place that writes what the user reads. Short, plain words for a phone;
 * every result names its measure, the amount with its arithmetic, whom to call, and the 2020 period.
 */
import { loadNotice, measure as measureOf, type Bilingual, type Contact } from '../policy/notice.js';
import { formatYuan } from '../policy/money.js';
import type { Outcome } from '../policy/outcome.js';
import type { Action, Branch } from '../dialog/actions.js';
import { promptFor, type DialogSet } from '../dialog/dialog-schema.js';
import type { Session } from '../dialog/session.js';
import type { Understanding } from '../nlu/understanding.js';
import { answerCard } from './card.js';
import { contactLine } from './contact-text.js';
import { factName, factsSummary, factValue } from './fact-labels.js';
import { heading, measureLabel, outcomeTitle } from './measure-label.js';
import { menuOptions, menuText } from './menu.js';
import type { Lang, Reply, ReplyOption } from '../core/reply.js';

interface Draft {
  paragraphs: string[];
  options: ReplyOption[];
  measures: number[];
  results: Outcome[];
  contacts: Contact[];
  card: string | null;
}

const t = (lang: Lang, zh: string, en: string): string => (lang === 'zh' ? zh : en);

function measureTitle(id: number, lang: Lang): string {
  return heading(id, measureOf(id).title, lang);
}

function addContacts(draft: Draft, contacts: readonly Contact[]): void {
  for (const contact of contacts) if (!draft.contacts.includes(contact)) draft.contacts.push(contact);
}

function addMeasures(draft: Draft, measures: readonly number[]): void {
  for (const m of measures) if (!draft.measures.includes(m)) draft.measures.push(m);
}

/** The first `limit` contacts on one line, separated as the language punctuates. */
function contactList(contacts: readonly Contact[], lang: Lang, limit = 2): string {
  return contacts.slice(0, limit).map(contactLine).join(t(lang, '；', '; '));
}

function contactsText(contacts: readonly Contact[], lang: Lang, limit = 2): string {
  return `${t(lang, '联系：', 'Call: ')}${contactList(contacts, lang, limit)}`;
}

/** The period the answer covered: one measure's own, or the notice's for the check-up's several. */
function periodLine(period: Bilingual, lang: Lang, asksAboutNow: boolean): string {
  if (asksAboutNow) {
    return t(lang,
      `注意：这些措施只适用于${period.zh}，不是今年或现在的房租费用；现行政策请咨询部门。`,
      `Note: these measures covered ${period.en} only, not rent or fees today; ask the department what applies now.`);
  }
  return t(lang, `政策期：${period.zh}（现行政策请咨询部门）`, `Period: ${period.en} (ask the department what applies today)`);
}

function branchText(dialogs: DialogSet, branch: Branch, lang: Lang): string {
  const value = factValue(dialogs, branch.fact, branch.value, lang);
  const result = branch.eligible === true
    ? branch.amount !== null ? t(lang, `可以，${formatYuan(branch.amount)} 元`, `yes, ${formatYuan(branch.amount)} yuan`) : t(lang, '可以', 'yes')
    : branch.eligible === false ? t(lang, '不符合', 'no') : t(lang, '还要看其他条件', 'depends on other conditions');
  return t(lang, `如果${factName(branch.fact, 'zh')}是"${value}"：${result}`, `If ${factName(branch.fact, 'en')} is "${value}": ${result}`);
}

/** One outcome in a few lines: verdict, arithmetic, what the department confirms, whom to call. */
function outcomeText(dialogs: DialogSet, outcome: Outcome, action: Extract<Action, { type: 'result' }>, lang: Lang): string[] {
  const lines = [outcomeTitle(outcome, lang)];
  if (outcome.eligible === true) {
    lines.push(outcome.amount !== null
      ? t(lang, `结论：符合条件，可享受 ${formatYuan(outcome.amount)} 元。`, `Yes: you qualify, ${formatYuan(outcome.amount)} yuan.`)
      : t(lang, '结论：符合条件。', 'Yes: you qualify.'));
  } else if (outcome.eligible === false) {
    lines.push(t(lang, `结论：不符合。${outcome.reasons.map((r) => r.zh).join('；')}。`, `No. ${outcome.reasons.map((r) => r.en).join('; ')}.`));
    for (const alt of outcome.alternatives) lines.push(t(lang, `可以试试：${alt.why.zh}（${measureLabel(alt.measure)}）`, `Instead: ${alt.why.en} (item ${alt.measure})`));
  } else {
    const missing = outcome.missing.map((f) => factName(f, lang)).join(t(lang, '、', ', '));
    lines.push(t(lang, `结论：还要看${missing}。`, `It depends on: ${missing}.`));
    for (const branch of action.branches.filter((b) => b.rule === outcome.rule)) lines.push(branchText(dialogs, branch, lang));
  }
  if (outcome.eligible !== false) {
    const total = outcome.breakdown.find((b) => b.month === undefined);
    if (total) lines.push(t(lang, `计算：${total.zh}`, `How: ${total.en}`));
    const focus = outcome.breakdown.find((b) => b.month !== undefined && b.month === action.focusMonth);
    if (focus) lines.push(focus[lang]);
    if (outcome.amount === null && outcome.amountNote) lines.push(outcome.amountNote[lang]);
    if (outcome.amount === null && outcome.missing.includes('monthlyRent')) {
      lines.push(t(lang, '告诉我月租，我就能算出金额。', 'Tell me the monthly rent and I will work out the amount.'));
    }
    if (outcome.confirmBy.length > 0) {
      lines.push(t(lang, `需部门确认：${outcome.confirmBy.map((c) => c.zh).join('、')}`, `The department confirms: ${outcome.confirmBy.map((c) => c.en).join('; ')}`));
    }
  }
  lines.push(contactsText(outcome.contacts, lang));
  return lines;
}

/** The check-up: one line per measure, then the contacts of those that apply. */
function checkupText(outcomes: Outcome[], lang: Lang): string[] {
  const lines = [t(lang, '根据您说的情况（2020年政策）：', 'From what you told me (2020 measures):')];
  for (const outcome of outcomes) {
    const title = outcomeTitle(outcome, lang);
    if (outcome.eligible === true) {
      lines.push(outcome.amount !== null
        ? t(lang, `✓ ${title}：${formatYuan(outcome.amount)} 元`, `✓ ${title}: ${formatYuan(outcome.amount)} yuan`)
        : t(lang, `✓ ${title}（金额由部门核定）`, `✓ ${title} (the department sets the amount)`));
    } else if (outcome.eligible === false) {
      lines.push(`✗ ${title}${t(lang, '：', ': ')}${outcome.reasons[0]?.[lang] ?? ''}`);
    } else {
      lines.push(t(lang, `？${title}：还要看${outcome.missing.map((f) => factName(f, 'zh')).join('、')}`, `? ${title}: depends on ${outcome.missing.map((f) => factName(f, 'en')).join(', ')}`));
    }
  }
  const relevant = outcomes.filter((o) => o.eligible !== false).map((o) => o.contacts[0]).filter((c): c is Contact => c !== undefined);
  if (relevant.length > 0) lines.push(contactsText([...new Set(relevant)], lang, 4));
  return lines;
}

function renderAction(action: Action, draft: Draft, dialogs: DialogSet, lang: Lang): void {
  const say = (zh: string, en: string) => draft.paragraphs.push(t(lang, zh, en));
  switch (action.type) {
    case 'welcome':
      say('您好！我可以解答西城区《西政办发〔2020〕6号》支持中小微企业的14条措施（2020年）：能享受什么、能拿多少、找谁办。',
        'Hello! I answer questions about Xicheng District notice 西政办发〔2020〕6号: 14 measures that helped small businesses in 2020 — what you could get, how much, and whom to call.');
      draft.paragraphs.push(menuText(lang));
      draft.options = menuOptions(lang);
      return;
    case 'menu':
      draft.paragraphs.push(menuText(lang));
      draft.options = menuOptions(lang);
      return;
    case 'thanks': say('不客气！还有问题随时问我。', 'You are welcome! Ask me anything else about the notice.'); return;
    case 'outOfScope': {
      const general = loadNotice().generalContact;
      say(`抱歉，这个问题《西政办发〔2020〕6号》没有涉及，我不能乱答。其他问题可咨询：${contactLine(general)}。`,
        `Sorry, notice 西政办发〔2020〕6号 does not cover that, so I cannot answer it. For other questions: ${contactLine(general)}.`);
      draft.paragraphs.push(menuText(lang));
      draft.options = menuOptions(lang);
      addContacts(draft, [general]);
      return;
    }
    case 'clarify': {
      const choices = action.intents.map((intent) => dialogs.byIntent.get(intent)).filter((d) => d !== undefined);
      say('您想问的是哪一个？', 'Which one do you mean?');
      draft.options = choices.map((d) => ({ label: d.title[lang], value: `/topic ${d.intents[0] ?? ''}` }));
      return;
    }
    case 'reset': say('好的，已重新开始。', 'OK, starting over.'); return;
    case 'showFacts': {
      const summary = factsSummary(dialogs, action.facts, lang);
      say(summary ? `您已告诉我：${summary}` : '您还没有告诉我任何情况。', summary ? `So far: ${summary}` : 'You have not told me anything yet.');
      return;
    }
    case 'noResultYet': say('还没有计算结果。先问一个问题吧，例如"区属国企的门面，月租2万，能免多少？"', 'No answer to copy yet. Ask a question first, e.g. "district SOE shop, rent 20000 a month: how much is waived?"'); return;
    case 'language': say('已切换为中文。', 'Switched to English.'); return;
    case 'periodNotice': {
      const general = loadNotice().generalContact;
      say(`先说明：这份通知的措施只适用于${loadNotice().period.zh}，不涉及今年或现在的房租和费用；现行政策请咨询 ${contactLine(general)}。下面按2020年的政策帮您核对。`,
        `First: this notice's measures covered ${loadNotice().period.en} only, not rent or fees today; for what applies now, call ${contactLine(general)}. Below, I check against the 2020 measures.`);
      addContacts(draft, [general]);
      return;
    }
    case 'changed':
      say(`已更新${factName(action.fact, 'zh')}：${factValue(dialogs, action.fact, action.from, 'zh')} → ${factValue(dialogs, action.fact, action.to, 'zh')}。`,
        `Updated ${factName(action.fact, 'en')}: ${factValue(dialogs, action.fact, action.from, 'en')} → ${factValue(dialogs, action.fact, action.to, 'en')}.`);
      return;
    case 'rejected': say(`${factName(action.fact, 'zh')}的数值超出范围（百分比应在0到100之间，金额不能为负）。`, `The ${factName(action.fact, 'en')} is out of range (a percentage is 0–100; an amount cannot be negative).`); return;
    case 'ask': {
      const dialog = dialogs.byId.get(action.dialog);
      const prompt = promptFor(dialogs, dialog, action.fact);
      const text = action.retry ? prompt.retry[lang] : prompt.ask[lang];
      if (action.resume) say(`继续刚才的问题：${text}`, `Back to your question: ${text}`);
      else if (action.intro && dialog) say(`关于"${dialog.title.zh}"，先确认几个情况。${text}`, `About ${dialog.title.en.toLowerCase()}: a few quick questions. ${text}`);
      else draft.paragraphs.push(text);
      draft.options = (prompt.choices ?? []).map((c) => ({ label: c[lang], value: `/answer ${action.fact} ${String(c.value)}` }));
      addMeasures(draft, dialog?.measures ?? []);
      return;
    }
    case 'giveUp':
      say(`这个问题先跳过。可以直接咨询：${contactList(action.contacts, 'zh')}`,
        `Let's skip that one. You can ask the department directly: ${contactList(action.contacts, 'en')}`);
      addContacts(draft, action.contacts.slice(0, 2));
      return;
    case 'info': {
      const m = measureOf(action.measure);
      const contacts = m.contacts.length > 0 ? m.contacts : [loadNotice().generalContact];
      const lines = [measureTitle(m.id, lang), m.summary[lang], t(lang, '（2020年措施，现行政策请咨询部门）', '(a 2020 measure; ask the department what applies today)')];
      if (m.contactNote) lines.push(m.contactNote[lang]);
      lines.push(contactsText(contacts, lang, 3));
      draft.paragraphs.push(lines.join('\n'));
      addMeasures(draft, [m.id]);
      addContacts(draft, contacts.slice(0, 3));
      return;
    }
    case 'result': {
      if (action.cardRequested) {
        const card = answerCard(action.outcomes);
        draft.paragraphs.push(card);
        draft.card = card;
        draft.results.push(...action.outcomes);
        addMeasures(draft, action.outcomes.map((o) => o.measure));
        addContacts(draft, action.outcomes.flatMap((o) => o.contacts));
        return;
      }
      const checkup = action.outcomes.length > 1;
      const lines = checkup ? checkupText(action.outcomes, lang) : action.outcomes.flatMap((o) => outcomeText(dialogs, o, action, lang));
      const first = action.outcomes[0];
      if (first) lines.push(periodLine(checkup ? loadNotice().period : first.period, lang, action.asksAboutNow));
      lines.push(t(lang, '（发送"复制版"或 /card 获取可复制的答复单）', '(send /card for a copyable answer card)'));
      draft.paragraphs.push(lines.join('\n'));
      draft.results.push(...action.outcomes);
      addMeasures(draft, action.outcomes.map((o) => o.measure));
      addContacts(draft, checkup ? action.outcomes.filter((o) => o.eligible !== false).flatMap((o) => o.contacts.slice(0, 1)) : action.outcomes.flatMap((o) => o.contacts.slice(0, 2)));
      draft.card = answerCard(action.outcomes);
      return;
    }
    case 'contacts': {
      const lines = action.units.length > 0
        ? [t(lang, `${action.units.join('、')}的联系方式：`, `Contacts for ${action.units.join(', ')}:`)]
        : action.measure ? [t(lang, `${measureTitle(action.measure, lang)}的联系人：`, `Contacts for ${measureTitle(action.measure, lang)}:`)]
          : [t(lang, '通用咨询：', 'General enquiries:')];
      lines.push(...action.contacts.map(contactLine));
      draft.paragraphs.push(lines.join('\n'));
      addContacts(draft, action.contacts);
      if (action.measure) addMeasures(draft, [action.measure]);
      return;
    }
    case 'handoff': {
      const summary = factsSummary(dialogs, action.facts, lang);
      say(`人工咨询请拨打：${contactList(action.contacts, 'zh')}。${summary ? `打电话时可以直接说：${summary}。` : ''}`,
        `To talk to a person, call: ${contactList(action.contacts, 'en')}.${summary ? ` Tell them what you told me: ${summary}.` : ''}`);
      addContacts(draft, action.contacts.slice(0, 2));
      if (action.measure) addMeasures(draft, [action.measure]);
      return;
    }
    case 'offerResume': {
      const dialog = dialogs.byId.get(action.dialog);
      say(`要回到刚才的"${dialog?.title.zh ?? ''}"问题吗？`, `Go back to your question about "${dialog?.title.en ?? ''}"?`);
      draft.options = [{ label: t(lang, '继续', 'Continue'), value: '/resume' }, { label: t(lang, '不用了', 'No thanks'), value: '/drop' }];
      return;
    }
    case 'busy': say('系统繁忙，刚才这条消息没有处理，请稍后重新发送。', 'The service is busy and that message was not processed; please send it again in a moment.'); return;
    case 'rateLimited': say(`消息太多了，请 ${action.retryAfterSeconds} 秒后再试。`, `Too many messages; please try again in ${action.retryAfterSeconds} seconds.`); return;
  }
}

/**
 * Renders one turn's actions as the reply. `session` is the session after the turn (read, never changed).
 * @example render(actions, session, understanding, dialogs).text
 */
export function render(actions: readonly Action[], session: Session, understanding: Pick<Understanding, 'intent' | 'confidence'>, dialogs: DialogSet): Reply {
  const lang = session.lang;
  const draft: Draft = { paragraphs: [], options: [], measures: [], results: [], contacts: [], card: null };
  for (const action of actions) renderAction(action, draft, dialogs, lang);
  return {
    text: draft.paragraphs.join('\n\n'),
    lang,
    intent: understanding.intent,
    confidence: understanding.confidence,
    measures: draft.measures,
    awaiting: session.awaiting,
    options: draft.options,
    results: draft.results,
    contacts: draft.contacts,
    card: draft.card,
  };
}
