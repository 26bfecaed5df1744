/**
 * A reply to the question the bot asked is read first as the answer to it; only a message that clearly
 * asks something else leaves the question. A question about another measure in passing gets that measure's
 * short answer and the pending question again (Rasa's "digression") when it is flagged as in passing and
 * neither carries facts for that measure nor asks to work it out; otherwise that dialog starts and this one
 * is offered back when it ends.
 */
import { questionCue } from '../../nlu/text-cues.js';
import { comparesWithOthers } from '../../nlu/asked-not-told.js';
import { factKinds, type FactName } from '../../policy/facts.js';
import { answerAroundMeaningQuestion, answersBesideQuestion } from '../../nlu/question-back.js';
import { promptFor, type Dialog, type DialogSet } from '../dialog-schema.js';
import { contactsForMeasure } from '../topic-contacts.js';
import { MAX_ATTEMPTS } from '../limits.js';
import { correctedLastAnswer, namesSubjectOf, withoutBorrowedAnswer } from '../last-answer-correction.js';
import { advance, answersFact, applyFacts, dialogNamed, dialogsNamed, factsFor, isRentMeasure, namedByRentAlone, reoffer, sayHowRead, startDialog, type Handler } from '../turn.js';
import { answerConversation, conversationIntents } from './conversation.js';

/** "X是啥", "X是怎么回事", "what's the X thing?": asks what a measure is, not whether the owner's case gets it. */
const whatIsIt = /是什么|是啥|是怎么回事|怎么回事|是干嘛的|是干什么的|^\s*(?:(?:hold on|wait|sorry|hmm|ok|okay|and|so)[,\s]+)*(?:what'?s|what is|what are|what does)\b/i;

/** The other measure's dialog of a look-up weighed against it (["procurement", "contact_lookup"]), else undefined. */
function contactOfMeasureWeighed(dialogs: DialogSet, ambiguous: readonly string[] | null, currentId: string): Dialog | undefined {
  if (!ambiguous || ambiguous.length !== 2 || !ambiguous.includes('contact_lookup')) return undefined;
  const other = dialogs.byIntent.get(ambiguous.find((i) => i !== 'contact_lookup') ?? '');
  return other && other.id !== currentId ? other : undefined;
}

export const pendingQuestion: Handler = (turn) => {
  const { understanding, actions, session, current, awaiting, ctx } = turn;
  if (!awaiting || !current) return false;
  // "quick one, what is the job subsidy about?" weighed between the measure and a contact look-up: the measure its
  // words name, among the two weighed, is the one asked about.
  const named = understanding.ambiguous === null ? undefined : dialogNamed(ctx.dialogs, understanding.text);
  const settledByName = named !== undefined && named.id !== current.id && understanding.ambiguous?.some((i) => named.intents.includes(i)) === true;
  // "before I forget, who should I talk to about selling to government purchasers?" weighed between （七） and a look-up:
  // whom to call about a measure is that measure's question either way (its answer gives the contacts).
  const lookedUp = !settledByName && understanding.cues.whomToCall ? contactOfMeasureWeighed(ctx.dialogs, understanding.ambiguous, current.id) : undefined;
  const settled = settledByName || lookedUp !== undefined;
  const intentDialog = settledByName ? named : lookedUp ?? turn.intentDialog;
  const weighed = understanding.ambiguous === null || settled;
  const { cues, entities, intent } = understanding;
  const filled = factsFor(turn, current, awaiting);
  sayHowRead(turn, filled);
  // "刚才说反了" mid-way corrects the answer before this question, not this one.
  const corrected = answersFact(awaiting, filled.facts) ? {} : correctedLastAnswer(turn, filled.facts);
  // (A new object: the reading is shared with the other handlers of the turn.)
  const found = withoutBorrowedAnswer(turn, { ...filled.facts, ...corrected }, awaiting);
  const factCount = Object.keys(found).length;
  // A long statement ("we kept every teacher") is no question: only a question word or mark, an aside, a
  // request to work something out, or the other measure's topic named ("first tell me about my rent")
  // leaves the question asked for another measure's dialog.
  const asks = questionCue.test(understanding.text);
  // "承担是啥意思？房租是店里出的" in the chain store's questions: rent is said in every rent measure's questions, so a word
  // of rent alone names no other rent measure.
  const namesIntentDialog = intentDialog !== undefined && dialogNamed(ctx.dialogs, understanding.text)?.id === intentDialog.id
    && !(intentDialog.id !== current.id && isRentMeasure(current) && namedByRentAlone(ctx.dialogs, understanding.text, intentDialog));
  const asksOther = asks || cues.digression || cues.calculate || namesIntentDialog;
  // "is this the same deal as normal shops get, or different?" at any question: the kind compared with is what is
  // asked, no value of the owner's. A question about this measure gets its text and the question again; one about
  // another measure is weighed below.
  const compares = comparesWithOthers(understanding.text);
  // ("分公司跟加盟有啥区别？" asks what the question's choices mean: explained below, not an aside.)
  const askedOnly = asks && compares && !cues.askMeaning;
  // "我们这种街边店跟商场里的店一样吗？" may read as the chain stores' question: the kind compared with is not the owner's,
  // so only that measure's own topic words ("连锁店补贴") take the comparison there.
  const aboutThisMeasure = intentDialog === undefined || intentDialog.id === current.id || intentDialog.rules.length === 0 || !weighed
    || (compares && !namesIntentDialog);
  if (askedOnly && aboutThisMeasure) {
    for (const measure of current.measures) actions.push({ type: 'info', measure });
    reoffer(session, actions);
    turn.intent = 'aside';
    return true;
  }
  // "分公司跟加盟有啥区别？" at the branch question asks what it means: the words of both options are in it, so
  // it answers nothing. The question is explained (from the clause) and asked again with its choices.
  // "什么叫区属国企？" asked at another question is about the term it names: that fact is explained, and the
  // question asked is put again as it was.
  // "审批认定是啥意思？我们有办学许可证，教委发的", "干洗，这算哪类？": the owner asked and answered; the question is
  // explained in one line, the answer taken and said back (the owner was unsure what it meant), and the dialog goes on.
  const answeredAfterAsking = cues.askMeaning && asks && !namesIntentDialog
    && !(answersFact(awaiting, found) && answersBesideQuestion(understanding.text, awaiting, entities))
    ? answerAroundMeaningQuestion(understanding.text, awaiting) : undefined;
  if (answeredAfterAsking !== undefined) {
    if (promptFor(ctx.dialogs, current, awaiting).explain !== undefined) actions.push({ type: 'explainFact', dialog: current.id, fact: awaiting });
    applyFacts(session, { ...found, [awaiting]: answeredAfterAsking }, actions);
    actions.push({ type: 'understood', note: { kind: 'readBesideQuestion', fact: awaiting, value: answeredAfterAsking } });
    advance(session, current, actions);
    turn.intent = 'answer';
    return true;
  }
  if (cues.askMeaning && asks && !namesIntentDialog && !(answersFact(awaiting, found) && answersBesideQuestion(understanding.text, awaiting, entities))) {
    const termOf = (Object.keys(entities.facts) as FactName[])
      .find((fact) => fact !== awaiting && promptFor(ctx.dialogs, current, fact).explain !== undefined);
    actions.push({ type: 'explainFact', dialog: current.id, fact: termOf ?? awaiting },
      { type: 'ask', dialog: current.id, fact: awaiting, retry: termOf === undefined, resume: false, intro: false });
    turn.intent = 'clarify_question';
    return true;
  }
  // "wait, can I still apply now?" in the middle of the questions, no other measure named: the engine has said the
  // notice covered 2020 (noteAboutNow); the question asked stands, for this measure, not the check-up of every one.
  if (cues.aboutNow && asks && factCount === 0 && !dialogNamed(ctx.dialogs, understanding.text) && actions.some((a) => a.type === 'periodNotice')) {
    actions.push({ type: 'ask', dialog: current.id, fact: awaiting, retry: false, resume: false, intro: false });
    turn.intent = 'about_now';
    return true;
  }
  // "我就想知道大概能给多少钱 德外那个店一个月房租九千": a wish beside a value of this dialog's own (the rent) answers it,
  // whatever dialog the classifier heard, unless the owner names that other measure by its words.
  const namedNow = dialogsNamed(ctx.dialogs, understanding.text);
  const namesNoOther = namedNow.every((d) => d.id === current.id || (isRentMeasure(current) && namedByRentAlone(ctx.dialogs, understanding.text, d)));
  // ("我们也是房东，给租户减了5万租金，有补贴吗？" carries a fact only the other measure asks, the reduction: that one.)
  const carriesOthers = () => intentDialog !== undefined && intentDialog.id !== current.id
    && Object.keys(factsFor(turn, intentDialog, null).facts).some((fact) => !current.facts.includes(fact as never));
  // "裁员这个他们会查社保记录吗？…我们有个店员是自己辞职走的" at the layoffs question: the question's own subject named, and
  // answered, keeps the message on it, whatever measure 社保 names.
  const answersOwnSubject = answersFact(awaiting, found) && namesSubjectOf(awaiting, understanding.text);
  const givesOwnFact = (namesNoOther || answersOwnSubject) && (Object.keys(found) as FactName[]).some((fact) => current.facts.includes(fact as never)) && !carriesOthers();
  const otherComputing = intentDialog !== undefined && intentDialog.id !== current.id && intentDialog.rules.length > 0
    && weighed && asksOther && !givesOwnFact;

  // "Can a small business get its guarantee fee halved?" asked about the size: a question naming the other
  // measure's topic, not this one's, is about that measure, though a word of it answers the question asked.
  const namesOther = otherComputing && asks && namesIntentDialog;
  if (otherComputing && (!answersFact(awaiting, found) || namesOther)) {
    // A question about another benefit that carries its facts ("我们也是房东，减了5万租金，有补贴吗?"), or
    // asks to work it out, starts that dialog; a bare question in passing is answered briefly.
    const forOther = factsFor(turn, intentDialog, null);
    // In an aside, the kind of business the measure is for ("by the way is there anything for incubators?") names
    // the measure: it is no fact of the owner's case.
    const namesKind = (fact: string): boolean => cues.digression && fact === intentDialog.facts[0] && factKinds[fact as FactName] === 'enum';
    const carriesFacts = Object.keys(forOther.facts).some((fact) => intentDialog.facts.includes(fact as never) && !current.facts.includes(fact as never) && !namesKind(fact));
    // Only a question flagged as in passing ("顺便问下", "by the way") gets the brief answer; one about the
    // owner's own case ("我们也是房东，有补贴吗？") goes into that measure.
    // A question asking what the measure is ("担保费减半是啥意思", "what's the guarantee fee thing?") is in passing too.
    const whatItIs = cues.askMeaning || cues.conditions || whatIsIt.test(understanding.text);
    if (carriesFacts || cues.calculate || (!cues.digression && !whatItIs)) {
      applyFacts(session, forOther.facts, actions);
      startDialog(session, intentDialog, actions);
      return true;
    }
    for (const measure of intentDialog.measures) actions.push({ type: 'info', measure });
    actions.push({ type: 'offerTopic', dialog: intentDialog.id });
    reoffer(session, actions);
    return true;
  }
  const unclear = filled.unclear.find((u) => u.fact === awaiting);
  if (unclear && !answersFact(awaiting, found) && session.attempts + 1 < MAX_ATTEMPTS) {
    // "一万多", "$3000", "100万到50万，降了九成": say why the figure cannot be used and ask the question again.
    session.attempts += 1;
    applyFacts(session, found, actions);
    actions.push({ type: 'unclearAmount', unclear }, { type: 'ask', dialog: current.id, fact: awaiting, retry: false, resume: false, intro: false });
    turn.intent = 'answer';
    return true;
  }
  // "两百来号人" again, after being asked which size: the department decides (each case is shown).
  for (const fact of filled.unsure) if (!session.unsure.includes(fact)) session.unsure.push(fact);
  // "顺便问一下，我们学校资金紧，能找银行贷款吗": a question about a measure the notice only describes; its
  // "学校" answers nothing asked, so it gets that measure's text and the question again, like any side question.
  const infoAside = intentDialog !== undefined && intentDialog.rules.length === 0 && intentDialog.id !== current.id
    && asksOther && weighed && !answersFact(awaiting, found)
    // "那我们要是开的美发店呢": a "what if" changing a known fact of this dialog is about this dialog, not an aside.
    && !(cues.correction && (Object.keys(found) as FactName[]).some((fact) => current.facts.includes(fact) && session.facts[fact] !== undefined && session.facts[fact] !== found[fact]));
  if (factCount > 0 && !infoAside) {
    applyFacts(session, found, actions);
    advance(session, current, actions);
    turn.intent = Object.keys(corrected).length > 0 ? 'correction' : 'answer';
    return true;
  }
  // "不清楚 得问问会计", "let me check with my accountant": the owner will come back with it; the question stays.
  if (cues.willCheck && !session.unsure.includes(awaiting)) {
    actions.push({ type: 'willCheck' }, { type: 'ask', dialog: current.id, fact: awaiting, retry: false, resume: false, intro: false });
    turn.intent = 'answer';
    return true;
  }
  // "不知道", or an answer that leaves it to the department (registered elsewhere, taxed here).
  if (entities.unsure || session.unsure.includes(awaiting)) {
    if (!session.unsure.includes(awaiting)) session.unsure.push(awaiting);
    advance(session, current, actions);
    turn.intent = 'answer';
    return true;
  }
  // A "cancel" reading that asks to stop was confirmed by resetRequest; any other is an attempt at the answer.
  // Thanks, hello or "a person, please" only when the words say so: the classifier reads "SME" as hello.
  const saidInWords = intent === 'thanks' || intent === 'greeting' ? cues.courtesy : intent === 'handoff' ? cues.humanAsked : true;
  const asksSomethingElse = (conversationIntents.has(intent) && intent !== 'cancel' && saidInWords) || asksOther;
  // "另外问一下 创新券是找谁申请" weighed between （八） and a look-up is settled by the measure its words name.
  const sideQuestion = intent !== 'out_of_scope' && !current.intents.includes(intent) && filled.rejected.length === 0 && asksSomethingElse
    && weighed;
  // "wait, what is the innovation voucher?": its "wait" interrupts to ask; it corrects nothing.
  if (cues.correction && !(sideQuestion && asks) && filled.rejected.length === 0 && Object.keys(session.facts).length > 0) {
    // "不对" mid-way: which of the facts so far is wrong? The pending question stays.
    actions.push({ type: 'whichWrong', facts: session.facts });
    turn.intent = 'correction';
    return true;
  }
  if (sideQuestion) {
    if (intentDialog) {
      for (const measure of intentDialog.measures) actions.push({ type: 'info', measure });
    } else answerConversation(turn);
    reoffer(session, actions);
    return true;
  }
  session.attempts += 1;
  turn.intent = 'answer';
  if (session.attempts >= MAX_ATTEMPTS) {
    session.givenUp.push(awaiting);
    actions.push({ type: 'giveUp', dialog: current.id, fact: awaiting, contacts: contactsForMeasure(ctx.dialogs, current.measures[0] ?? 14, session.facts) });
    advance(session, current, actions);
  } else {
    actions.push({ type: 'ask', dialog: current.id, fact: awaiting, retry: true, resume: false, intro: false });
  }
  return true;
};
