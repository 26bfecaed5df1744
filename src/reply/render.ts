/**
 * Actions → the Reply: the only place that writes what the user reads. Short, plain words for a phone;
 * every result names its measure, the amount with its arithmetic, whom to call, and the 2020 period.
 */
import { loadNotice, measure as measureOf, type Bilingual, type Contact } from '../policy/notice.js';
import { formatPercent, formatYuan, yuan } from '../policy/money.js';
import type { Outcome } from '../policy/outcome.js';
import type { Action, Branch } from '../dialog/actions.js';
import { promptFor, type DialogSet } from '../dialog/dialog-schema.js';
import type { Session } from '../dialog/session.js';
import type { Understanding } from '../nlu/understanding.js';
import { answerCard, arithmetic, type CardSubject } from './card.js';
import { contactLine } from './contact-text.js';
import { noticeIssued } from './notice-issued.js';
import { factChips, factName, factsSummary, factValue, withFactLabels } from './fact-labels.js';
import type { FactName } from '../policy/facts.js';
import { heading, measureLabel, outcomeTitle } from './measure-label.js';
import { unitInEnglish } from '../policy/english-names.js';
import { romanisedName } from '../dialog/topic-contacts.js';
import { menuOptions, menuText } from './menu.js';
import { reductionSentence } from './reduction-text.js';
import type { Lang, Reply, ReplyOption } from '../core/reply.js';

interface Draft {
  paragraphs: string[];
  options: ReplyOption[];
  measures: number[];
  results: Outcome[];
  contacts: Contact[];
  /** The answer the card is of, written once every action is rendered (so it lists the reply's contacts). */
  cardSubject: CardSubject | null;
  /** The text is the card itself ("复制版", /card). */
  cardIsText: boolean;
  cardHint: string | null;
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
  return contacts.slice(0, limit).map((c) => contactLine(c, lang)).join(t(lang, '；', '; '));
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
    const how = arithmetic(outcome, lang);
    if (how) lines.push(t(lang, `计算：${how}`, `How: ${how}`));
    const focus = outcome.breakdown.find((b) => b.month !== undefined && b.month === action.focusMonth);
    if (focus) lines.push(focus[lang]);
    if (outcome.amount === null && outcome.amountNote) lines.push(withFactLabels(outcome.amountNote[lang], lang));
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
  const relevant = checkupContacts(outcomes);
  if (relevant.length > 0) lines.push(contactsText(relevant, lang, 4));
  return lines;
}

/**
 * Whom the check-up says to call: the measures that apply or may apply, then those the business came near —
 * failed, yet meeting some of their conditions, and not sending the owner to another measure of the check-up
 * (an unapproved kindergarten is told whom to ask about （三）, not （一）'s line that points to （三）).
 */
function checkupContacts(outcomes: Outcome[]): Contact[] {
  const measures = new Set(outcomes.map((o) => o.measure));
  const near = outcomes
    .filter((o) => o.eligible === false && o.met.length > 0 && !o.alternatives.some((a) => measures.has(a.measure)))
    .sort((a, b) => b.met.length - a.met.length);
  const contacts = [...outcomes.filter((o) => o.eligible !== false), ...near].map((o) => o.contacts[0]).filter((c): c is Contact => c !== undefined);
  return [...new Set(contacts)];
}

/** A mainland mobile number as the notice prints it (18811262060). */
const mobileNumber = /^1[3-9]\d{9}$/;

const aMeasureOf2020 = (lang: Lang): string => t(lang, '（2020年措施，现行政策请咨询部门）', '(a 2020 measure; ask the department what applies today)');

/** A measure as the notice gives it: title, summary, the 2020 period, and whom to call (each on a line when several). */
function measureText(draft: Draft, id: number, contacts: readonly Contact[], lang: Lang): void {
  const m = measureOf(id);
  const lines = [measureTitle(m.id, lang), m.summary[lang], aMeasureOf2020(lang)];
  if (m.contactNote) lines.push(m.contactNote[lang]);
  if (contacts.length > 3) lines.push(t(lang, '联系：', 'Call:'), ...contacts.map((c) => contactLine(c, lang)));
  else lines.push(contactsText(contacts, lang, 3));
  draft.paragraphs.push(lines.join('\n'));
  addMeasures(draft, [m.id]);
  addContacts(draft, contacts);
  draft.cardSubject = { kind: 'info', measure: m.id };
}

/** After an answer: the offer to work out the owner's own case, one option per dialog that computes it. */
function offerCalculation(draft: Draft, dialogs: DialogSet, intents: readonly string[], lang: Lang): void {
  const offered = intents.map((intent) => dialogs.byIntent.get(intent)).filter((d) => d !== undefined);
  if (offered.length === 0) return;
  draft.paragraphs.push(t(lang, '要按您的情况算一算吗？', 'Shall I work out your own case?'));
  draft.options = offered.map((d) => ({
    label: offered.length === 1 ? t(lang, '按我的情况算一算', 'Work out my case') : t(lang, `算一算：${d.title.zh}`, `Work out: ${d.title.en}`),
    value: `/topic ${d.intents[0] ?? ''}`,
  }));
}

/** "王燕：区财政局 经济建设二科，电话 66218055（（一）（二）…的联系人）" / "王燕 (Wang Yan): …". */
function personText(person: { contact: Contact; measures: number[] }, lang: Lang): string {
  const { contact, measures } = person;
  return t(lang,
    `${contact.person}：${contact.unit} ${contact.office}，电话 ${contact.phone}（通知中${measures.map(measureLabel).join('')}的联系人）`,
    `${contact.person} (${romanisedName(contact.person)}): ${contact.unit} ${contact.office}, phone ${contact.phone} (the contact for item${measures.length > 1 ? 's' : ''} ${measures.join(', ')} of the notice)`);
}

/** The menu of topics, as text and as buttons. */
function showMenu(draft: Draft, lang: Lang): void {
  draft.paragraphs.push(menuText(lang));
  draft.options = menuOptions(lang);
}

function renderAction(action: Action, draft: Draft, dialogs: DialogSet, lang: Lang): void {
  const say = (zh: string, en: string) => draft.paragraphs.push(t(lang, zh, en));
  switch (action.type) {
    case 'welcome':
      say('您好！我可以解答西城区《西政办发〔2020〕6号》支持中小微企业的14条措施（2020年）：能享受什么、能拿多少、找谁办。',
        'Hello! I answer questions about Xicheng District notice 西政办发〔2020〕6号: 14 measures that helped small businesses in 2020 — what you could get, how much, and whom to call.');
      showMenu(draft, lang);
      return;
    case 'menu':
      showMenu(draft, lang);
      return;
    case 'aboutNotice': {
      const notice = loadNotice();
      const general = notice.generalContact;
      say(`我解答的是《${notice.docNumber}》（${noticeIssued('zh')}印发）：支持中小微企业应对疫情的14条措施，只适用于${notice.period.zh}；现行政策请咨询 ${contactLine(general)}。`,
        `I answer about ${notice.docNumber} (${noticeIssued('en')}): 14 measures for small businesses in the epidemic, covering only ${notice.period.en}. For what applies now, call ${contactLine(general, 'en')}.`);
      addContacts(draft, [general]);
      return;
    }
    case 'thanks': say('不客气！还有问题随时问我。', 'You are welcome! Ask me anything else about the notice.'); return;
    case 'outOfScope': {
      const general = loadNotice().generalContact;
      say(`抱歉，这个问题《西政办发〔2020〕6号》没有涉及，我不能乱答。其他问题可咨询：${contactLine(general)}。`,
        `Sorry, notice 西政办发〔2020〕6号 does not cover that, so I cannot answer it. For other questions: ${contactLine(general, 'en')}.`);
      showMenu(draft, lang);
      addContacts(draft, [general]);
      return;
    }
    case 'clarify': {
      const choices = [...new Set(action.intents.map((intent) => dialogs.byIntent.get(intent)).filter((d) => d !== undefined))];
      const [only] = choices;
      if (choices.length === 0) {
        say('没太明白您想问哪一项。', 'I did not catch which measure you mean.');
        draft.paragraphs.push(menuText(lang));
        draft.options = menuOptions(lang);
        return;
      }
      // The choices are named in the text too: a channel may show no buttons, and the owner reads what is asked.
      if (choices.length === 1 && only) say(`您是想问"${only.title.zh}"吗？`, `Do you mean "${only.title.en}"?`);
      else {
        const named = (l: Lang) => choices.map((d) => `"${d.title[l]}"`);
        say(`您想问的是哪一个：${named('zh').join('，还是')}？`, `Which one do you mean: ${named('en').join(', or ')}?`);
      }
      draft.options = choices.map((d) => ({ label: d.title[lang], value: `/topic ${d.intents[0] ?? ''}` }));
      addMeasures(draft, choices.flatMap((d) => (d.measures.length === 1 ? d.measures : [])));
      return;
    }
    case 'reset':
      say(action.undoable ? '好的，已重新开始。如果是误操作，回复"撤销"可恢复刚才的对话。' : '好的，已重新开始。',
        action.undoable ? 'OK, starting over. If that was a mistake, say "undo" to get the conversation back.' : 'OK, starting over.');
      if (action.undoable) draft.options.push({ label: t(lang, '撤销，回到刚才', 'Undo, go back'), value: '/undo' });
      return;
    case 'confirmReset':
      say('要清空刚才说的情况、重新开始吗？', 'Clear what you have told me and start over?');
      draft.options = [{ label: t(lang, '是，重新开始', 'Yes, start over'), value: '/reset' }, { label: t(lang, '不用，继续', 'No, carry on'), value: '/keep' }];
      return;
    case 'keptGoing': say('好的，接着来。', 'OK, carrying on.'); return;
    case 'undone': say('已恢复刚才的对话。', 'Restored where we were.'); return;
    case 'complaint': {
      const summary = factsSummary(dialogs, action.facts, lang);
      if (action.objection) {
        say(`理解。这一项的条件是通知定的，我改变不了；您的情况可以直接向负责的部门反映：${contactList(action.contacts, 'zh')}。${summary ? `打电话时可以说：${summary}。` : ''}企业遇到的其他特殊困难，通知第（十四）项写明经区政府决策后协调解决。`,
          `I understand. The conditions are the notice's and I cannot change them; you can put your case to the office in charge: ${contactList(action.contacts, 'en')}.${summary ? ` Tell them: ${summary}.` : ''} Other special difficulties, item 14 says, are resolved case by case after a district government decision.`);
      } else {
        say(`抱歉没能帮上忙。您可以直接找人工：${contactList(action.contacts, 'zh')}。${summary ? `打电话时可以说：${summary}。` : ''}`,
          `Sorry I could not help. You can talk to a person: ${contactList(action.contacts, 'en')}.${summary ? ` Tell them: ${summary}.` : ''}`);
      }
      addContacts(draft, action.contacts.slice(0, 2));
      if (action.measure) addMeasures(draft, [action.measure]);
      return;
    }
    case 'whichWrong': {
      const summary = factsSummary(dialogs, action.facts, lang);
      say(`我理解的情况是：${summary}。哪一项不对？点一下要改的，或直接说正确的（如"是办公用房""月租2万8"）。`,
        `Here is what I understood: ${summary}. Which is wrong? Tap the one to change, or just say the right value (e.g. "it's an office", "rent 28000").`);
      draft.options = (Object.keys(action.facts) as FactName[]).slice(0, 9)
        .map((fact) => ({ label: `${factName(fact, lang)}: ${factValue(dialogs, fact, action.facts[fact], lang)}`, value: `/change ${fact}` }));
      if (action.measure !== undefined && action.contacts && action.contacts.length > 0) {
        say(`都对的话，第${measureLabel(action.measure)}项的结论不变；要核实可以问：${action.contacts.map((c) => contactLine(c, 'zh')).join('；')}`,
          `If all of it is right, the answer for item ${action.measure} stands; to check it, call: ${action.contacts.map((c) => contactLine(c, 'en')).join('; ')}`);
        addMeasures(draft, [action.measure]);
        addContacts(draft, action.contacts);
      }
      return;
    }
    case 'registrationSplit':
      if (action.taxedElsewhere === true) {
        say('您的企业在西城注册、在外区纳税：（一）至（四）要求"在西城区注册纳税"，这种情况由部门认定，下面两种结果都列出。',
          'Registered in Xicheng but paying tax in another district: items 1–4 require a business registered and paying tax in Xicheng, so the department decides; both outcomes are shown below.');
        return;
      }
      say('您的企业注册在外区、在西城纳税：（一）至（四）要求"在西城区注册纳税"，这种情况由部门认定，下面两种结果都列出。',
        'Registered in another district but paying tax in Xicheng: items 1–4 require a business registered and paying tax in Xicheng, so the department decides; both outcomes are shown below.');
      return;
    case 'bareNumber':
      say('收到一个数字，但还不知道它指什么。请说说是什么金额，例如"月租2万，区属国企的门面，能免吗？"',
        'I got a number, but not what it is for. Please say what it is, e.g. "rent 20,000 a month from a district SOE: is it waived?"');
      showMenu(draft, lang);
      return;
    case 'askSide':
      say('您是租房的一方（租户），还是把房子租出去的一方（房东）？', 'Are you the tenant (you rent the premises) or the landlord (you let them)?');
      draft.options = [{ label: t(lang, '我是租户', 'I am the tenant'), value: '/topic rent_tenant' }, { label: t(lang, '我是房东', 'I am the landlord'), value: '/topic rent_landlord' }];
      addMeasures(draft, action.measures);
      return;
    case 'explainFact': {
      const explain = promptFor(dialogs, dialogs.byId.get(action.dialog), action.fact).explain;
      if (explain) say(explain.zh, explain.en);
      return;
    }
    case 'stillNeeded': {
      const names = action.facts.map((fact) => factName(fact, lang)).join(t(lang, '、', ', '));
      say(action.facts.length === 1 ? `还差最后一项就能算出金额：${names}。` : `要算出金额，还需要知道这${action.facts.length}项：${names}。`,
        action.facts.length === 1 ? `One more answer and I can work out the amount: ${names}.` : `To work out the amount I still need ${action.facts.length} answers: ${names}.`);
      return;
    }
    case 'willCheck':
      say('好的，不着急，查到了直接告诉我就行。', 'Sure, no hurry: just tell me when you have it.');
      return;
    case 'sideNoted':
      say(action.side === 'tenant' ? '好的，您是租户（承租方）。' : '好的，您是房东（出租方）。',
        action.side === 'tenant' ? 'OK, you are the tenant.' : 'OK, you are the landlord.');
      return;
    case 'offerCheck': {
      const dialog = dialogs.byId.get(action.dialog);
      if (!dialog) return;
      const [measure] = dialog.measures.length === 1 ? dialog.measures : [];
      if (measure !== undefined && action.contacts.length > 0) {
        say(`${measureTitle(measure, 'zh')}的经办科室：${contactList(action.contacts, 'zh')}`, `${measureTitle(measure, 'en')}, the offices in charge: ${contactList(action.contacts, 'en')}`);
        addMeasures(draft, [measure]);
        addContacts(draft, action.contacts.slice(0, 2));
      }
      say(measure !== undefined ? `要按2020年的政策帮您核对一下，当时能享受多少吗？` : '要按2020年的政策帮您看看，当时能享受哪些措施吗？',
        measure !== undefined ? 'Shall I check what you could have got under it in 2020?' : 'Shall I check which of the 2020 measures you could have got?');
      draft.options = [{ label: t(lang, '好，按2020年核对', 'Yes, check 2020'), value: `/topic ${dialog.intents[0] ?? ''}` }];
      return;
    }
    case 'whatNow':
      if (action.eligible === false) say('按您说的情况，这一项用不上。能做的是下面"可以试试"的办法，也可以问问其他措施：', 'On what you told me, this item does not apply. What you can do is under "Instead" below, and other measures may help:');
      else if (action.eligible === true) say('按您说的情况符合条件，申请找下面的部门：', 'On what you told me, you qualify: apply through the office below.');
      else say('这一项要由部门认定，请直接问下面的部门：', 'The department decides this one: ask the office below.');
      return;
    case 'noAmount': {
      say(`第${measureLabel(action.measure)}项没有规定金额或标准，只写了提供的支持；具体请问负责的科室。`,
        `Item ${action.measure} sets no amount or standard, only the support offered; ask the office in charge.`);
      addMeasures(draft, [action.measure]);
      return;
    }
    case 'periodAnswer': {
      const { measure, period, month, outside } = action;
      const label = measureLabel(measure);
      const monthName = month === null ? '' : new Date(Date.UTC(2020, month - 1, 1)).toLocaleString('en', { month: 'long', timeZone: 'UTC' });
      if (outside) say(`${month}月不在其内：第${label}项只涉及${period.zh}。`, `${monthName} is not covered: item ${measure} covered ${period.en} only.`);
      else say(`第${label}项适用于${period.zh}（现行政策请咨询部门）。`, `Item ${measure} covered ${period.en} (ask the department what applies today).`);
      addMeasures(draft, [measure]);
      return;
    }
    case 'offerTopic': {
      const dialog = dialogs.byId.get(action.dialog);
      if (!dialog) return;
      say(`想算一算"${dialog.title.zh}"，可以点下面的按钮。`, `To work out "${dialog.title.en}", tap the button below.`);
      draft.options = [{ label: t(lang, `算一算：${dialog.title.zh}`, `Work it out: ${dialog.title.en}`), value: `/topic ${dialog.intents[0] ?? ''}` }];
      return;
    }
    case 'showFacts': {
      const summary = factsSummary(dialogs, action.facts, lang);
      say(summary ? `您已告诉我：${summary}` : '您还没有告诉我任何情况。', summary ? `So far: ${summary}` : 'You have not told me anything yet.');
      return;
    }
    case 'noResultYet': say('还没有计算结果。先问一个问题吧，例如"区属国企的门面，月租2万，能免多少？"', 'No answer to copy yet. Ask a question first, e.g. "district SOE shop, rent 20000 a month: how much is waived?"'); return;
    case 'language': say('已切换为中文。', 'Switched to English.'); return;
    case 'periodNotice': {
      const general = loadNotice().generalContact;
      say(`先说明：这份通知的措施只适用于${loadNotice().period.zh}，不涉及今年或现在的房租和费用；现行政策请咨询 ${contactLine(general)}。${action.continues ? '下面按2020年的政策帮您核对。' : ''}`,
        `First: this notice's measures covered ${loadNotice().period.en} only; they do not apply to rent or fees today. For what applies now, call ${contactLine(general, 'en')}.${action.continues ? ' Below, I check against the 2020 measures.' : ''}`);
      addContacts(draft, [general]);
      return;
    }
    case 'changed':
      say(`已更新${factName(action.fact, 'zh')}：${factValue(dialogs, action.fact, action.from, 'zh')} → ${factValue(dialogs, action.fact, action.to, 'zh')}。`,
        `Updated ${factName(action.fact, 'en')}: ${factValue(dialogs, action.fact, action.from, 'en')} → ${factValue(dialogs, action.fact, action.to, 'en')}.`);
      return;
    case 'unchanged':
      say('核对：您说的情况没有变，结果不变（算法见"计算"一行）。', 'Checked: nothing you told me has changed, so the answer stands (the working is on the "How" line).');
      return;
    case 'understood': {
      const { note } = action;
      if (note.kind === 'yearlyRent') {
        say(`按年租金 ${formatYuan(note.yearly)} 元 ÷ 12 = 每月 ${formatYuan(note.monthly)} 元计算。`, `Taking the yearly rent: ${formatYuan(note.yearly)} yuan ÷ 12 = ${formatYuan(note.monthly)} yuan a month.`);
      } else if (note.kind === 'approximate') {
        say(`按约 ${formatYuan(note.value)} 元计算；有准确数字可以再告诉我。`, `Taking about ${formatYuan(note.value)} yuan; tell me the exact figure if you have it.`);
      } else if (note.kind === 'feeAsRate') {
        say(`按担保费 ${formatYuan(note.fee)} 元 ÷ 担保金额 ${formatYuan(note.amount)} 元 = 费率 ${note.rate}% 计算。`,
          `Taking the fee: ${formatYuan(note.fee)} yuan ÷ ${formatYuan(note.amount)} yuan guaranteed = a rate of ${note.rate}%.`);
      } else if (note.kind === 'periodRent') {
        const [zh, en] = note.months === 3 ? ['季度', 'quarterly'] : ['半年', 'half-yearly'];
        say(`按${zh}租金 ${formatYuan(note.amount)} 元 ÷ ${note.months} = 每月 ${formatYuan(note.monthly)} 元计算。`, `Taking the ${en} rent: ${formatYuan(note.amount)} yuan ÷ ${note.months} = ${formatYuan(note.monthly)} yuan a month.`);
      } else if (note.kind === 'areaRent') {
        say(`按每平方米每月 ${formatYuan(note.price)} 元 × ${note.area} 平方米 = 每月 ${formatYuan(note.monthly)} 元计算。`,
          `Taking ${formatYuan(note.price)} yuan per square metre a month × ${note.area} square metres = ${formatYuan(note.monthly)} yuan a month.`);
      } else if (note.kind === 'reductionTotal') {
        say(reductionSentence(note.how, note.total, 'zh'), reductionSentence(note.how, note.total, 'en'));
      } else if (note.kind === 'readBesideQuestion') {
        say(`按"${factName(note.fact, 'zh')}：${factValue(dialogs, note.fact, note.value, 'zh')}"理解，不对请说。`,
          `I read that as "${factName(note.fact, 'en')}: ${factValue(dialogs, note.fact, note.value, 'en')}"; say so if that is wrong.`);
      } else if (note.kind === 'guessed') {
        say(`按"${factValue(dialogs, note.fact, note.value, 'zh')}"理解，不对请说。`, `I read that as "${factValue(dialogs, note.fact, note.value, 'en')}"; say so if that is wrong.`);
      } else {
        say('通知对"少裁员"没有规定具体人数，是否属于少裁员由主管部门认定。', 'The notice sets no number for "few layoffs": the department decides whether yours count as few.');
      }
      return;
    }
    case 'unclearAmount': {
      const { unclear } = action;
      if (unclear.reason === 'disagree' && unclear.pair) {
        const { before, after } = unclear.pair;
        const drop = formatPercent(yuan(before).minus(yuan(after)).div(yuan(before)));
        say(`收入从 ${formatYuan(before)} 元到 ${formatYuan(after)} 元是下降 ${drop}，和您说的"${unclear.text}"对不上。哪个对？请告诉我准确的下降比例或两个收入数。`,
          `Revenue going from ${formatYuan(before)} to ${formatYuan(after)} yuan is a drop of ${drop}, which does not match "${unclear.text}". Which is right? Please give the exact drop or the two revenue figures.`);
      } else if (unclear.reason === 'about') {
        say(`"${unclear.text}"是个大概的数。有确切金额请告诉我（例如 20500）；没有的话再说一次这个约数，我就按它算。`,
          `"${unclear.text}" is a round figure. If you have the exact amount, please type it (e.g. 20500); if not, say the round figure again and I will use it.`);
      } else if (unclear.reason === 'sizeRange') {
        say(`"${unclear.text}"还定不了规模：中型、小型、微型按国家中小企业划型标准，看行业、人数和营业收入认定（通知本身没有另定），这里规模不同结果不同。请选一项；拿不准就再说一次，我把每种情况的结果都列出来。`,
          `"${unclear.text}" does not settle the size: medium, small and micro follow the national SME classification, by industry, headcount and revenue (the notice sets no thresholds of its own), and here the answer depends on it. Please pick one; if you are not sure, say it again and I will show the result for each case.`);
      } else if (unclear.reason === 'closure') {
        say(`"${unclear.text}"：（一）看停业的原因。是按防疫规定（政府、街道、社区要求）停的，还是自己决定停的（如装修、放假、没生意）？拿不准就再说一次，我把两种结果都列出来。`,
          `"${unclear.text}": for Item 1 it matters why. Did you close under the epidemic rules (the government, street office or community told you to), or by your own choice (to refit, for a holiday, no trade)? If you are not sure, say it again and I will show both results.`);
      } else if (unclear.reason === 'soeLevel') {
        say(`"${unclear.text}"：（一）只免西城区属国企（区国资委下属企业）房产的房租，市属国企、央企的不在其内。房东是哪一级的国企？拿不准就再说一次，我把每种情况的结果都列出来。`,
          `"${unclear.text}": Item 1 waives rent only on property of a Xicheng district SOE (under the district SASAC); a city-level or central SOE is not covered. Which level is your landlord? If you are not sure, say it again and I will show the result for each case.`);
      } else if (unclear.reason === 'landlordOwner') {
        say(`"${unclear.text}"：（一）只免西城区属国企（区国资委下属企业）房产的房租。这家公司是谁的：区属国企、市属国企、央企，还是民营企业？拿不准就再说一次，我把每种情况的结果都列出来。`,
          `"${unclear.text}": Item 1 waives rent only on property of a Xicheng district SOE (under the district SASAC). Whose company is it: a district SOE, a city-level or central SOE, or a private firm? If you are not sure, say it again and I will show the result for each case.`);
      } else if (unclear.reason === 'unitless') {
        say(`"${unclear.text}"没有单位：是元还是万元？请带上单位再说一次（例如"150万"）；确实是这个数，就再说一次。`,
          `"${unclear.text}" has no unit: yuan, or 10,000s of yuan (万)? Please say it again with the unit (e.g. 1.5 million); if that is the figure, say it again.`);
      } else if (unclear.reason === 'currency') {
        say(`"${unclear.text}"是${unclear.currency}吗？补贴按人民币计算，请告诉我折合人民币多少元。`, `Is "${unclear.text}" in ${unclear.currency}? The notice counts in yuan: please give the amount in yuan.`);
      } else {
        say(`"${unclear.text}"不是确切金额，请告诉我具体数字（例如 12000）。`, `"${unclear.text}" is not an exact figure; please type the amount, e.g. 12000.`);
      }
      return;
    }
    case 'rejected': say(`${factName(action.fact, 'zh')}的数值超出范围（百分比应在0到100之间，金额不能为负）。`, `The ${factName(action.fact, 'en')} is out of range (a percentage is 0–100; an amount cannot be negative).`); return;
    case 'ask': {
      const dialog = dialogs.byId.get(action.dialog);
      const prompt = promptFor(dialogs, dialog, action.fact);
      const text = action.retry ? prompt.retry[lang] : prompt.ask[lang];
      if (action.resume) say(`继续刚才的问题：${text}`, `Back to your question: ${text}`);
      else if (action.intro && dialog) say(`关于"${dialog.title.zh}"，先确认几个情况。${text}`, `${dialog.title.en} — a few quick questions first. ${text}`);
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
      measureText(draft, m.id, action.contacts ?? (m.contacts.length > 0 ? m.contacts : [loadNotice().generalContact]), lang);
      return;
    }
    case 'measureAnswer': {
      measureText(draft, action.measure, action.contacts, lang);
      offerCalculation(draft, dialogs, action.calculate, lang);
      return;
    }
    case 'directAnswer': {
      const entry = dialogs.answers.find((a) => a.id === action.id);
      if (!entry) return;
      const lines = [entry.answer[lang], ...action.contacts.map((c) => contactLine(c, lang))];
      if (entry.quote && action.measure !== null) {
        lines.push(t(lang, `依据：通知第${measureLabel(action.measure)}项"${entry.quote}"`, `Source: item ${action.measure} of the notice, "${entry.quote}"`));
      }
      lines.push(aMeasureOf2020(lang));
      draft.paragraphs.push(lines.join('\n'));
      if (action.measure !== null) addMeasures(draft, [action.measure]);
      addContacts(draft, action.contacts);
      offerCalculation(draft, dialogs, action.calculate ? [action.calculate] : [], lang);
      if (action.measure !== null) draft.cardSubject = { kind: 'info', measure: action.measure };
      return;
    }
    case 'result': {
      const checkup = action.outcomes.length > 1;
      draft.results.push(...action.outcomes);
      addMeasures(draft, action.outcomes.map((o) => o.measure));
      addContacts(draft, checkup ? checkupContacts(action.outcomes) : action.outcomes.flatMap((o) => o.contacts.slice(0, 2)));
      draft.cardSubject = { kind: 'result', outcomes: action.outcomes };
      if (action.cardRequested) {
        draft.cardIsText = true;
        return;
      }
      const lines = checkup ? checkupText(action.outcomes, lang) : action.outcomes.flatMap((o) => outcomeText(dialogs, o, action, lang));
      const first = action.outcomes[0];
      if (first) lines.push(periodLine(checkup ? loadNotice().period : first.period, lang, action.asksAboutNow));
      draft.paragraphs.push(lines.join('\n'));
      // Text channels have no card on screen: they say how to get it. A console shows `card` and drops this.
      draft.cardHint = t(lang, '（发送"复制版"获取可粘贴到工单的答复单）', '(send "card" for an answer card to copy)');
      draft.paragraphs.push(draft.cardHint);
      return;
    }
    case 'contacts': {
      const lines = action.people ? action.people.map((p) => personText(p, lang))
        : action.units.length > 0 ? [t(lang, `${action.units.join('、')}的联系方式：`, `Contacts for ${action.units.map(unitInEnglish).join(', ')}:`)]
          : action.measure ? [t(lang, `${measureTitle(action.measure, lang)}的联系人：`, `Contacts for ${measureTitle(action.measure, lang)}:`)]
            : [t(lang, '通用咨询：', 'General enquiries:')];
      if (action.mobile) {
        // 区市场监督管理局's two contacts are printed with mobile numbers: say so rather than that there are none.
        const allMobile = action.contacts.length > 0 && action.contacts.every((c) => mobileNumber.test(c.phone));
        lines.unshift(allMobile
          ? t(lang, '通知给这些联系人印的就是手机号，如下。', 'The notice prints mobile numbers for these contacts, as below.')
          : t(lang, '通知没有另列手机号：每位联系人只印了一个联系电话，如下。', 'The notice prints no separate mobile numbers: one contact phone for each person, as below.'));
      }
      // （十四） prints no contact: say so before giving the SME service line.
      const note = action.measure ? measureOf(action.measure).contactNote : undefined;
      if (note && action.measure) lines.splice(0, lines.length, `${measureTitle(action.measure, lang)}${t(lang, '：', ': ')}${note[lang]}`);
      if (!action.people) lines.push(...action.contacts.map((c) => contactLine(c, lang)));
      draft.paragraphs.push(lines.join('\n'));
      addContacts(draft, action.contacts);
      if (action.measure) addMeasures(draft, [action.measure]);
      // "听说有个孟兰老师管书店这块 她电话多少": the person's own measures are what the reply is about, as its text says.
      for (const person of action.people ?? []) addMeasures(draft, person.measures);
      draft.cardSubject = { kind: 'contacts', units: action.units, measure: action.measure };
      return;
    }
    case 'handoff': {
      const summary = factsSummary(dialogs, action.facts, lang);
      say(`人工咨询请拨打：${contactList(action.contacts, 'zh')}。${summary ? `打电话时可以直接说：${summary}。` : ''}`,
        `To talk to a person, call: ${contactList(action.contacts, 'en')}.${summary ? ` Tell them what you told me: ${summary}.` : ''}`);
      addContacts(draft, action.contacts.slice(0, 2));
      if (action.measure) addMeasures(draft, [action.measure]);
      draft.cardSubject = { kind: 'handoff', measure: action.measure, summary: factsSummary(dialogs, action.facts, 'zh') };
      return;
    }
    case 'offerResume': {
      const dialog = dialogs.byId.get(action.dialog);
      say(`要回到刚才的"${dialog?.title.zh ?? ''}"问题吗？`, `Go back to your question about "${dialog?.title.en ?? ''}"?`);
      draft.options = [{ label: t(lang, '继续', 'Continue'), value: '/resume' }, { label: t(lang, '不用了', 'No thanks'), value: '/drop' }];
      return;
    }
    case 'nonText': draft.paragraphs.push(nonTextText(action, lang)); return;
    case 'busy': say('系统繁忙，刚才这条消息没有处理，请稍后重新发送。', 'The service is busy and that message was not processed; please send it again in a moment.'); return;
    case 'rateLimited': say(`消息太多了，请 ${action.retryAfterSeconds} 秒后再试。`, `Too many messages; please try again in ${action.retryAfterSeconds} seconds.`); return;
  }
}

/** Actions after which the card on screen no longer shows the current answer: the caller starts over or a question is open again. */
function clearsCard(actions: readonly Action[]): boolean {
  return actions.some((a) => a.type === 'reset' || a.type === 'changed' || a.type === 'giveUp' || (a.type === 'ask' && !a.resume && !a.retry));
}

/** The words for a message the bot cannot read: what to do instead, with an example question. */
function nonTextText(action: Extract<Action, { type: 'nonText' }>, lang: Lang): string {
  return action.what === 'edit'
    ? t(lang, '我不会处理修改过的消息。请把改好的问题重新发一条。', 'I do not act on edited messages. Please send the corrected question as a new message.')
    : t(lang, '抱歉，我只能看懂文字。请直接打字提问，例如："我的门面月租2万，房租能免吗？"',
      'Sorry, I can only read text. Please type your question, e.g. "My shop rent is 20,000 a month; can it be waived?"');
}

/**
 * The reply to a message the bot cannot read, in the user's language, without a turn: adapters answer
 * pictures, voice notes and edits with it, so the words stay here with all the others.
 * @example renderNonText('media', 'en').text // 'Sorry, I can only read text. ...'
 */
export function renderNonText(what: Extract<Action, { type: 'nonText' }>['what'], lang: Lang): Reply {
  return {
    text: nonTextText({ type: 'nonText', what }, lang), lang, intent: 'non_text', confidence: 0,
    measures: [], awaiting: null, options: [], results: [], contacts: [], card: null,
  };
}

/**
 * Renders one turn's actions as the reply. `session` is the session after the turn (read, never changed).
 * @example render(actions, session, understanding, dialogs).text
 */
export function render(actions: readonly Action[], session: Session, understanding: Pick<Understanding, 'intent' | 'confidence'>, dialogs: DialogSet): Reply {
  const lang = session.lang;
  const draft: Draft = { paragraphs: [], options: [], measures: [], results: [], contacts: [], cardSubject: null, cardIsText: false, cardHint: null };
  for (const action of actions) renderAction(action, draft, dialogs, lang);
  const card = draft.cardSubject ? answerCard(draft.cardSubject, draft.contacts) : null;
  if (card && draft.cardIsText) draft.paragraphs.push(card);
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
    card,
    cardEn: draft.cardSubject && lang === 'en' ? answerCard(draft.cardSubject, draft.contacts, 'en') : null,
    cardCleared: card === null && clearsCard(actions),
    cardHint: draft.cardHint,
    // A busy or rate-limited reply is rendered without the user's session: it says nothing about the facts.
    ...(actions.some((a) => a.type === 'busy' || a.type === 'rateLimited') ? {} : { facts: factChips(dialogs, session.facts, lang) }),
  };
}
