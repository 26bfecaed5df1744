/**
 * A correction of the answer given last, in words the synonyms do not list: "搞错了，房租是分店自己掏的" and
 * "I got that backwards, the branch pays its rent" are read by the grammar of the fact answered last
 * (paysRent), and a bare "说反了" / "I had it the other way round" turns that yes/no (or choice of two) round. Only a message
 * that says it corrects something is read this way: out of context "我们自己也想问问" says nothing about rent.
 * A message that denies a value already known ("不是办公用房", "it's not an office, it's our showroom") corrects
 * that fact, whichever came last: it is read by that fact's grammar, and a choice of two denied is the other one.
 */
import { enumValues, factKinds, type FactName, type Facts } from '../policy/facts.js';
import { readAnswer, statesRentPayer } from '../nlu/read-answer.js';
import { normalizeText } from '../nlu/normalize-text.js';
import { readFacts } from '../nlu/extract-facts.js';
import type { Turn } from './turn.js';

/**
 * The corrected value of the fact answered last, when the message gives one the synonyms did not find.
 * @example
 *   // paysRent answered false, then "说反了，租金是门店自己交": { paysRent: true }
 */
export function correctedLastAnswer(turn: Turn, found: Facts): Facts {
  const { cues } = turn.understanding;
  const denied = deniedKnown(turn);
  if (!(cues.correction || cues.reversal || denied.length > 0)) return {};
  // Facts only restated as known ("门店是分公司", said again beside the payer corrected) change nothing: the sweep still runs.
  const changesAny = (Object.keys(found) as FactName[]).some((fact) => found[fact] !== turn.session.facts[fact]);
  return lastAnswerCorrected(turn, found) ?? (changesAny ? {} : sweptCorrection(turn, denied));
}

/**
 * After the answer, a fact of it restated in bare words, with no word of correcting ("房租是总部那边统一交的",
 * "培训那会儿没搞起来", "we only have a business licence"): the same sweep as a correction, for a message that
 * asks nothing and whose synonyms found no fact, for the facts whose subject it names.
 * @example
 *   // paysRent known true after a chain-store result, then "房租是总部那边统一交的": { paysRent: false }
 */
export function restatedAfterAnswer(turn: Turn): Facts {
  // With no word of correcting, only a fact whose subject is named: "这政策还管用不" names no closure, whatever
  // the closure grammar hears in 政策.
  return sweptCorrection(turn, [], true);
}

/** Whether the message denies a value already known ("不是办公用房" when the premises are an office): it corrects. */
export function deniesKnown(turn: Turn): boolean {
  return deniedKnown(turn).length > 0;
}

/** Known facts whose value the message denies by their synonyms. */
function deniedKnown(turn: Turn): FactName[] {
  const denied = turn.understanding.entities.denied ?? {};
  return (Object.keys(denied) as FactName[]).filter((fact) => denied[fact] === turn.session.facts[fact]);
}

/**
 * An aside that names the other party only to say it merely passes things on: "总部只是帮着转一下", "HQ just
 * forwards it". The correction is the rest ("房租其实是我们店自己的账上出的").
 */
const aside = /只是|只不过|仅仅|不过是|只负责|(?<![a-z])(?:just|only|merely|simply)(?![a-z])/i;
const clauseBreak = /[，,。;；!！?？、]|(?<=\p{Script=Han})\s+(?=\p{Script=Han})/u;

/** The text without its asides, or null when it has none (or is nothing but asides). */
function withoutAsides(text: string): string | null {
  const clauses = text.split(clauseBreak);
  const kept = clauses.filter((clause) => !aside.test(clause));
  return kept.length === clauses.length || kept.join('').trim() === '' ? null : kept.join('，');
}

/** A fact read by its grammar in the correction: its main clauses first, then the whole message. */
function readCorrection(fact: FactName, text: string): string | boolean | undefined {
  const main = withoutAsides(text);
  return (main === null ? undefined : readAnswer(fact, main)) ?? readAnswer(fact, text);
}

/** The answer given last, read again by its grammar, or turned round by "说反了"; null when neither says a new value. */
function lastAnswerCorrected(turn: Turn, found: Facts): Facts | null {
  const { session, understanding } = turn;
  const fact = session.lastAnswered ?? null;
  const known = fact ? session.facts[fact] : undefined;
  if (!fact || known === undefined || fact in found) return null;
  // "不对吧，听说是全免的，怎么我们只减一半？" after the layoffs answer: a long message that never names the subject of the
  // answer given last (layoffs) is about something else, whatever its grammar hears in "减一半". A short one ("错了 是很多")
  // is that answer again.
  const subject = subjectNamed[fact];
  const aboutIt = !subject || understanding.text.trim().length <= shortCorrectionChars || subject.test(normalizeText(understanding.text));
  const read = aboutIt ? readCorrection(fact, understanding.text) : undefined;
  if (read !== undefined) return read === known ? null : ({ [fact]: read } as Facts);
  if (!understanding.cues.reversal) return null;
  if (factKinds[fact] === 'boolean') return { [fact]: !known } as Facts;
  return otherOfTwo(fact, known);
}

/** A correction this short ("错了 是很多", "no, a few") needs no subject: it is the last answer again. */
const shortCorrectionChars = 12;

/** A choice of two (business or office) turned round or denied is the other one. */
function otherOfTwo(fact: FactName, known: unknown): Facts | null {
  const values = enumValues[fact] ?? [];
  const other = values.length === 2 ? values.find((value) => value !== known) : undefined;
  return other !== undefined ? ({ [fact]: other } as Facts) : null;
}

/**
 * Facts whose grammar is specific enough to read in any correction: "I think we actually closed because the
 * district told us to" changes how the business operated, whichever question came last. (The payer's and the
 * premises' grammars hear "we" and "店" in almost anything, so they are read only as the answer given last,
 * or when the message denies the value known.)
 */
const sweptFacts: readonly FactName[] = ['operatingStatus', 'landlordType'];

/**
 * Facts whose grammar is specific once the message names their subject: "培训那会儿没搞起来" (training),
 * "开学没往后推 照常开的" (the opening), "no education bureau approval", "我们是加盟人家品牌的", "担保公司是市里的",
 * "we let go of most of our staff". Swept like the facts above, but only when the subject itself is named: the
 * grammars' verbs (搞了, 办了) and bare counts alone say nothing.
 */
const subjectNamed: Partial<Record<FactName, RegExp>> = {
  organizesTraining: /培训|办班|课程|网课|讲座|(?<![a-z])(?:train|trained|training|course|courses|workshops?)(?![a-z])/,
  openingDelayed: /开学|开园|开课|复课|返园|返校|停课|(?<![a-z])(?:opening|reopen\w*|term|delay\w*|postpone\w*)(?![a-z])/,
  approvedByEducationCommission: /教委|审批|办学许可|办园许可|营业执照|(?<![a-z])(?:approv\w*|licen[cs]e\w*|permit)(?![a-z])/,
  chainBranch: /加盟|直营|分公司|分店|品牌|牌子|单独开|独立|(?<![a-z])(?:franchis\w*|branch\w*|brand|jia ?meng|independent\w*)(?![a-z])/,
  districtInstitution: /担保(?:公司|机构|方)|(?<![a-z])(?:guarantor|guarantee (?:company|institution|firm|agency))(?![a-z])/,
  layoffs: /裁|辞退|开除|解雇|(?<![a-z])(?:let (?:\w+ )?go|laid off|lay off|layoffs?|fired|sacked|redundan\w*)(?![a-z])/,
  // 营业额 and 营业执照 are takings and a licence, not whether the business was open ("我们营业额掉得厉害").
  operatingStatus: /关门|停业|歇业|营业(?!额|收入|执照)|开门|开着|关了|停了|装修|(?<![a-z])(?:closed|shut|stayed open|renovat\w*|refurbish\w*|redecorat\w*)(?![a-z])/,
  landlordType: /房东|业主|产权|(?<![a-z])(?:landlord|owned by|belongs to)(?![a-z])/,
  // Staff or takings told as the size ("我们两百多号人", "we have about 400 employees").
  enterpriseSize: /规模|员工|职工|号人|[\d一二两三四五六七八九十百千]多?个?人(?!家)|营业额|营收|(?<![a-z])(?:staff|employees|workers|headcount|turnover)(?![a-z])/,
};

/** Whether the text names the subject of a fact ("裁员" of layoffs, "培训" of the training): said, it is about that fact. */
export function namesSubjectOf(fact: FactName, text: string): boolean {
  return subjectNamed[fact]?.test(normalizeText(text)) === true;
}

/**
 * A "what if" put as a trade ("如果是卖衣服的呢", "要是我们是开健身房的呢", "那我们要是开的美发店呢", "what if we were a clothing store?"): the
 * trade without its frame, read by the industry grammar. Only a trade's own shape counts (卖/做/开 … 的, … 店/馆,
 * "a … store"), so "要是一直开着呢" names none.
 */
const tradeWhatIf = /^(?:那|那么)?(?:我们|我|咱们?|俺们?)?(?:如果|要是|假如|假设|万一|若是|换成)(?:说)?(?:我们|我|咱们?|俺们?)?(?:是|做|开)?的?((?:卖|做|开|搞)\p{Script=Han}{1,5}的|\p{Script=Han}{1,5}(?:店|馆|厂|公司|行|铺|工作室))(?:的话)?\s*(?:呢|怎么样|会怎样|咋样)?\s*[?？]?\s*$|^(?:and |so |ok )?(?:what if|and if|suppose|say|how about if|what about if) (?:we(?:'re| are| were)|i(?:'m| am| was| were)|it(?:'s| is| was| were)) (?:a|an) ([a-z]+(?: [a-z]+)? (?:store|shop|restaurant|company|firm|business|salon|studio|gym|agency|bakery|bar|cafe))\s*[?]?\s*$/iu;

/** The trade a "what if" names, read as the industry, or undefined. */
function tradeNamed(text: string): string | boolean | undefined {
  const match = tradeWhatIf.exec(text.trim());
  const trade = match?.[1] ?? match?.[2];
  return trade === undefined ? undefined : readFacts(trade).facts.industry ?? readAnswer('industry', trade);
}

/** The one known fact the correction gives a new value by its grammar; none when it gives two or none. */
function sweptCorrection(turn: Turn, denied: readonly FactName[], bySubjectOnly = false): Facts {
  const { session, understanding } = turn;
  const trade = session.facts.industry !== undefined ? tradeNamed(understanding.text) : undefined;
  if (trade !== undefined && trade !== session.facts.industry) return { industry: trade } as Facts;
  // A payer said with words of rent and paying ("门店房租是分公司自己的账户支付的", "不对，房租是我们自己付的") is specific enough too.
  const normalized = normalizeText(understanding.text);
  const payer: FactName[] = session.facts.paysRent !== undefined && statesRentPayer(normalized) ? ['paysRent'] : [];
  const named = (Object.keys(subjectNamed) as FactName[]).filter((fact) => session.facts[fact] !== undefined && subjectNamed[fact]?.test(normalized));
  const changes = (swept: readonly FactName[]): Facts[] => swept.flatMap((fact) => {
    const known = session.facts[fact];
    if (known === undefined) return [];
    const read = readCorrection(fact, understanding.text);
    if (read !== undefined) return read !== known ? [{ [fact]: read } as Facts] : [];
    const other = denied.includes(fact) ? otherOfTwo(fact, known) : null;
    return other ? [other] : [];
  });
  // A fact whose subject the message names ("房租是总部那边统一交的": the payer) is the one it corrects, whatever the
  // broader grammars also hear in it (统一 as a rule to close).
  // The payer, said with words of rent and paying, is the most specific of them.
  for (const subject of [payer, named]) {
    const bySubject = changes(subject);
    if (bySubject.length === 1) return bySubject[0] ?? {};
  }
  if (bySubjectOnly) return {};
  const changed = changes([...new Set([...sweptFacts, ...payer, ...denied])]);
  return changed.length === 1 ? changed[0] ?? {} : {};
}

/**
 * The facts of a correction made while a question is pending, without an answer to that question read from
 * the correction's own words: in "来电人更正：房子其实是办公用的" the 办公 changes the premises; it does not also
 * say the business stayed open (operatingStatus' grammar hears 办公 as working). An answer the pending
 * question's grammar still reads with the corrected fact's words left out ("不对 是办公用的 一直开着") stays.
 */
export function withoutBorrowedAnswer(turn: Turn, found: Facts, awaiting: FactName): Facts {
  const { understanding, session } = turn;
  const value = found[awaiting];
  if (!understanding.cues.correction || value === undefined || awaiting in understanding.entities.facts) return found;
  const kind = factKinds[awaiting];
  if (kind === 'money' || kind === 'percent') return found;
  const changed = (Object.keys(found) as FactName[])
    .filter((fact) => fact !== awaiting && session.facts[fact] !== undefined && session.facts[fact] !== found[fact]);
  if (changed.length === 0) return found;
  let text = understanding.text;
  for (const span of readFacts(text).spans) {
    if (changed.includes(span.fact as FactName)) text = `${text.slice(0, span.start)}${' '.repeat(span.end - span.start)}${text.slice(span.end)}`;
  }
  if (text === understanding.text || readAnswer(awaiting, text) !== undefined) return found;
  const { [awaiting]: _borrowed, ...rest } = found;
  return rest as Facts;
}
