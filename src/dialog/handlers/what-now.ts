/**
 * "那怎么办", "啥都没有吗", "so nothing at all? what can she do then", "what are my options?" right after a result: the
 * owner asks what is left to do. The answer is the result again, led by one line that says what it means for them
 * (not covered: what they can do instead, with the clause's own alternatives; covered or for the department:
 * whom to call), and, when the measure does not apply, the check-up offered for the other measures. Never the
 * not-covered refusal or the bare menu while a result is on screen.
 */
import { answeredDialog, dialogsNamed, outcomesFor, resultAction, type Handler } from '../turn.js';

const whatNowZh = /(?:那|那我|那我们|我|我们|那她|那他)?(?:该|应该|要|能)?(?:怎么办|咋办|怎么整|咋整|怎么弄|咋弄)|(?:还有|有没有)(?:别的|其他|其它|啥|什么)(?:办法|路子|出路|招)|就没(?:有)?(?:办法|招|路子)了|没(?:辙|戏)了?|(?:啥|什么|一点)(?:都|也)(?:没有|没|拿不到|享受不了|用不上)|一分(?:钱)?(?:都|也)(?:没有|拿不到)|就这样了|只能[^，,。？?]{1,14}?(?:是吧|对吧|了吧|吗|呗)/;
const whatNowEn = /(?<![a-z])(?:what (?:can|could|should|do) (?:i|we|she|he|they|the caller) do(?: (?:then|now|instead|about it))?|what (?:i|we|she|he|they) (?:can|could|should) do|so nothing(?: at all)?|nothing at all|any other (?:way|ways|option|options|route|routes)|what are (?:my|our|her|his|their) options|what now|what else can (?:i|we|she|he|they) do|so what do (?:i|we) do|so (?:i|we|she|he|they) (?:can )?only|so the only (?:way|option|thing))(?![a-z])/;

/** "so what, i just go ask the landlord nicely?", "那我只能去跟房东商量？": asked, the way left is the landlord. */
const askLandlordAsked = /(?<![a-z])(?:i|we|she|he|they)\s+(?:just|should|have to|need to|can only|must)\s+(?:go\s+(?:and\s+)?)?(?:ask|talk to|negotiate with|beg)\s+(?:the|my|our|her|his|their)\s+landlord|(?:只能|就|只好|得|要)(?:去)?(?:跟|找|和|求)房东(?:商量|谈|说|协商|求)/;

/**
 * "哦没事 我看岔了 数是对的", "never mind, my mistake, it's right" after a result (or after "不对" was asked which fact is
 * wrong): the doubt taken back. The answer stands and is shown again.
 */
const doubtTakenBack = /看岔了|看错了|搞错了是我|(?:数|结果|算的|这个)(?:是|都是)?对的|没问题了|(?<![a-z])(?:never ?mind|my (?:mistake|bad)|i misread|it'?s (?:right|correct) after all|you'?re right|that'?s right then)(?![a-z])/i;

export const whatNow: Handler = (turn) => {
  const { understanding, session, actions, ctx } = turn;
  const current = answeredDialog(turn);
  if (!current) return false;
  const { cues, entities, text } = understanding;
  if (cues.checkup || cues.broadAsk || cues.whomToCall || Object.keys(entities.facts).length > 0 || entities.money.length > 0) return false;
  const lower = text.toLowerCase();
  if (doubtTakenBack.test(lower) && !cues.question) {
    actions.push({ type: 'unchanged' });
    actions.push(resultAction(current, session, outcomesFor(current, session.facts), false));
    turn.intent = 'check';
    return true;
  }
  const landlordLeft = askLandlordAsked.test(lower) && cues.question;
  if (!whatNowZh.test(lower) && !whatNowEn.test(lower) && !landlordLeft) return false;
  // "那担保费呢 怎么办" names a measure of its own: that one's question.
  const named = dialogsNamed(ctx.dialogs, text);
  if (named.length > 0 && !named.includes(current)) return false;
  const outcomes = outcomesFor(current, session.facts);
  const first = outcomes[0];
  if (!first) return false;
  actions.push({ type: 'whatNow', eligible: first.eligible });
  actions.push(resultAction(current, session, outcomes, false));
  const checkup = ctx.dialogs.byId.get('checkup');
  if (first.eligible === false && checkup && current.id !== checkup.id) actions.push({ type: 'offerTopic', dialog: checkup.id });
  turn.intent = 'follow_up';
  return true;
};
