/**
 * Every entity in one message: money, percentages, the revenue pair, months, yes/no, layoffs told in
 * numbers and facts named by their synonyms. The text is normalised once (full-width digits and
 * punctuation, traditional characters, case) and each extractor reads the same normalised string;
 * offsets still point into the user's text because normalisation never changes its length.
 *
 * @example
 *   extractEntities('区属国企的门面，每月两万五')
 *   // money: [{ value: '25000', per: 'month', ... }], facts: { landlordType: 'districtSoe', premisesUse: 'business' }, ...
 */
import { countTenants } from './read-reduction.js';
import type { Entities } from './understanding.js';
import type { Facts } from '../policy/facts.js';
import { normalizeText } from './normalize-text.js';
import { extractMoney } from './extract-money.js';
import { extractPercents } from './extract-percent.js';
import { extractRevenuePair } from './extract-revenue-pair.js';
import { extractMonths } from './extract-months.js';
import { extractYesNo } from './extract-yes-no.js';
import { readFacts, type FactSpan } from './extract-facts.js';
import { extractLayoffs } from './extract-layoffs.js';
import { readRegistration } from './extract-registration.js';
import { extractSize } from './extract-size.js';
import { readTraining } from './read-training.js';
import { districtGuarantor, withoutGuarantorClauses } from './extract-guarantor.js';
import { closedPerRules } from './extract-closure.js';
import { landlordKindSaid, rentBorneInTheEnd, rentPayerClause } from './read-answer.js';
import { correctedTail } from './retraction.js';
import { labelledFacts } from './labelled-facts.js';

/** Runs every extractor on one message. Pure apart from reading entities.yaml once, and never throws on text. */
export function extractEntities(text: string, normalized: string = normalizeText(text)): Entities {
  const all = extractAll(text, normalized);
  // "办公，不对不对，是门店", "district SOE, no wait, central": the facts named after the marker win; the figures are
  // sorted out by the dialog, which sees every mention.
  for (const { start, end } of correctedTail(normalized)) {
    const corrected = extractAll(text.slice(start, end), normalized.slice(start, end));
    if (Object.keys(corrected.facts).length === 0 && corrected.yesNo === null) continue;
    return {
      ...all,
      facts: { ...all.facts, ...corrected.facts },
      yesNo: corrected.yesNo ?? all.yesNo,
      unsure: corrected.unsure,
      yesNoScope: corrected.yesNo === null ? all.yesNoScope : corrected.yesNoScope,
      layoffCount: corrected.layoffCount ?? all.layoffCount,
      denied: { ...all.denied, ...corrected.denied },
    };
  }
  return all;
}

/** "单家最高500万那个", "the cap of 5 million": the notice's own cap quoted, no figure of the owner's. */
const capQuoted = /(?:单家(?:机构)?最高|最高不超过|最高|上限(?:是|为)?|封顶|(?<![a-z])(?:capped at|cap of|cap is|maximum of|max(?:imum)? is|up to a max(?:imum)? of))\s*$/;

function extractAll(text: string, normalized: string): Entities {
  const money = extractMoney(text, normalized).filter((m) => !capQuoted.test(normalized.slice(Math.max(0, m.start - 16), m.start)));
  const { yesNo, unsure } = extractYesNo(text, normalized);
  const named = readFacts(text, normalized);
  const layoffs = extractLayoffs(text, normalized);
  const facts: Facts = { ...named.facts };
  const size = named.facts.enterpriseSize === undefined ? extractSize(normalized) : null;
  if (size) facts.enterpriseSize = size;
  const guarantor = named.facts.districtInstitution === undefined ? districtGuarantor(normalized) : null;
  if (guarantor !== null) facts.districtInstitution = guarantor;
  // "我们组织了培训", "we held training for staff": training told as done, which no set phrase lists with its aspect.
  const training = named.facts.organizesTraining === undefined ? readTraining(normalized) : null;
  if (training !== null) facts.organizesTraining = training;
  if (named.facts.operatingStatus === undefined && closedPerRules(normalized)) facts.operatingStatus = 'closedPerRules';
  // "总部先垫付，再从门店账上扣", "HQ pays first and charges it back to the branch": the one it ends with bears the rent.
  // "房东是朝阳区属国企", "二房东从区属国企包下来转租给我们": 区属国企 said, but not the owner's landlord; "owned by the xicheng
  // government, some property company of theirs": the government's company, a district SOE (read-answer.ts).
  const landlord = landlordKindSaid(facts.landlordType, normalized);
  if (landlord !== undefined) facts.landlordType = landlord;
  // "我们饭馆能拿连锁直营那个房租补贴吗": the measure asked for by its name says nothing of whether the store is a branch.
  if (facts.chainBranch === true && namesOnlyTheMeasure(normalized)) delete facts.chainBranch;
  const borne = rentBorneInTheEnd(normalized);
  if (borne !== undefined) facts.paysRent = borne;
  // "西城注册 房租自己交 连锁补贴怎么算": the payer said with the rent first, which no synonym lists in that order.
  // A payer named in its clause beats a bare "交房租" synonym there too ("总部统一交房租": the head office pays).
  const payer = borne === undefined ? rentPayerClause(normalized) : undefined;
  if (payer !== undefined) facts.paysRent = payer;
  // "- opening delayed: no, …" in a pasted list: each line's own reading beats the whole message's.
  Object.assign(facts, labelledFacts(text));
  const spans = [...named.spans];
  if (facts.premisesUse === 'office' && named.denied.premisesUse !== 'business' && officeIsARoom(normalized, spans)) facts.premisesUse = 'business';
  if (layoffs) {
    // A count or a share is the owner's own account: it beats a looser synonym in the same message.
    facts.layoffs = layoffs.level;
    spans.push({ fact: 'layoffs', start: layoffs.start, end: layoffs.end });
  }
  const { start: _start, end: _end, ...layoffCount } = layoffs ?? { start: 0, end: 0 };
  return {
    money,
    percents: extractPercents(text, normalized),
    revenuePair: extractRevenuePair(text, money, normalized),
    months: extractMonths(text, normalized),
    monthCount: readMonthCount(normalized),
    tenantCount: countTenants(normalized),
    // A zero said at the start or anywhere, in a message with no other figure.
    zeroAmount: !/[1-9]/.test(normalized) && (zeroAmount.test(normalized.trim()) || zeroSaid.test(normalized)),
    yesNo,
    unsure,
    yesNoScope: yesNo === null ? null : scopeOfYesNo(normalized, spans),
    layoffCount: layoffs ? layoffCount as Entities['layoffCount'] : null,
    // "朝阳一家担保公司": the guarantor's district, not the owner's registration.
    ...withRegistration(facts, readRegistration(facts.districtInstitution === false ? withoutGuarantorClauses(normalized) : text)),
    denied: named.denied,
  };
}

/** （四） named as a measure: "连锁直营门店的房租补贴", "连锁直营那个补贴", "the chain store rent subsidy". */
const chainMeasureName = /连锁(?:直营)?(?:门店|店)?(?:的|那个|这个|那项)?\s*(?:房租|租金)?\s*(?:补贴|补助|政策)|(?<![a-z])(?:the\s+)?chain(?:[- ]store)?s?\s+(?:branch\s+)?(?:rent\s+)?(?:subsidy|subsidies|support|scheme)(?![a-z])/g;
/** Words of a branch said of the owner's own store. */
const branchWords = /分公司|分店|直营|连锁|总部|总公司|集团|(?<![a-z])(?:branch|branches|chain|corporate|head ?office|headquarters|hq|company[- ](?:run|owned|operated)|directly)(?![a-z])/;

/** Whether the branch words of the text are only the name of （四） (see chainMeasureName). */
function namesOnlyTheMeasure(normalized: string): boolean {
  const rest = normalized.replace(chainMeasureName, ' ');
  return rest !== normalized && !branchWords.test(rest);
}

/**
 * Words that make an office one room of the premises: "后面有间小办公室", "楼上一个办公室", "with a small office at the back",
 * and the part of the place it takes: "前面门店后面办公", "门面后办公", "门店兼办公", "楼上办公", "a shop plus an office",
 * "a shopfront with a back office".
 */
const roomBefore = /(?:有间|有个|有一间|有一个|带个|带一个|附带|还有|另有|又有|也有|兼|兼做|兼着|带|加|连着)\s*(?:小|的)?\s*$|(?:后面|后边|后头|后屋|里面|里边|里头|里间|里屋|楼上|二楼|阁楼|上面)(?:是|的|做|用来|用作|当|作为)?\s*(?:小|的)?\s*$|(?:店|铺|门市|门面)后\s*$|(?:with|has|have|plus|and)\s+(?:(?:a|an|one|our|the)\s+)?(?:small\s+|little\s+|tiny\s+)?(?:back\s+|rear\s+)?$/;
/** After the office: "office in the back", "an office upstairs", "offices behind the shop". */
const roomAfter = /^\s*(?:room\s+|space\s+)?(?:is\s+)?(?:in the back|at the back|out back|round the back|upstairs|behind|on the (?:first|second|upper|top) floor|above)(?![a-z])/;
const officeSpan = /^(?:办公|写字楼|office)/;

/**
 * "前面是门市卖茶叶 后面有间小办公室", "前面门店后面办公", "a shop with a small office at the back", "shop in front, office
 * upstairs": a shop named beside an office that is one of its rooms or one part of the place is the premises' use. The
 * notice waives the rent of premises rented "从事生产经营活动" and halves it for premises rented 用于办公用房: a shop's
 * back room or upper floor is where the trade is run, not premises rented as an office (a separate office lease is
 * another premises; the owner says so and it is asked as such). A shop and an office named with no part of the place
 * between them ("一半卖货一半办公", "以前门店 现在办公") are left to the words as they are.
 */
function officeIsARoom(normalized: string, spans: FactSpan[]): boolean {
  const premises = spans.filter((span) => span.fact === 'premisesUse');
  const offices = premises.filter((span) => officeSpan.test(normalized.slice(span.start, span.end)));
  if (offices.length === 0 || offices.length === premises.length) return false;
  return offices.every((span) => roomBefore.test(normalized.slice(Math.max(0, span.start - 16), span.start))
    || roomAfter.test(normalized.slice(span.end, span.end + 24)));
}

/**
 * Another district named as the registration is registeredInXicheng: false, Xicheng named as it ("工商税务都在西城")
 * true, unless the synonyms said otherwise.
 */
function withRegistration(facts: Entities['facts'], { where: registration, taxedHere }: ReturnType<typeof readRegistration>): Pick<Entities, 'facts' | 'registrationSplit' | 'registrationTaxedElsewhere'> {
  if (registration === 'elsewhere' && facts.registeredInXicheng === undefined) return { facts: { ...facts, registeredInXicheng: false } };
  if (registration === 'here' && facts.registeredInXicheng === undefined) return { facts: { ...facts, registeredInXicheng: true } };
  if (registration === 'split') {
    const { registeredInXicheng: _dropped, ...rest } = facts;
    return taxedHere ? { facts: rest, registrationSplit: true } : { facts: rest, registrationSplit: true, registrationTaxedElsewhere: true };
  }
  return { facts };
}

const monthCountWords: Record<string, number> = { 一: 1, 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 俩: 2, 仨: 3, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, both: 2 };
/** "两个月", "俩月" (两月, 仨月: a count, where 二月 and 三月 are February and March), "for two months", "a two-month rent holiday", "both months". */
const monthCount = /(?<![\d一二两三四五六])(\d|一|两|二|三|四|五|六|俩|仨)\s*个月|(?<![\d一二两三四五六])(俩|仨|两)\s*月|(?<![a-z])(\d|one|two|three|four|five|six|both)(?:\s+|-)months?(?![a-z])/g;
/** "其实最后没减成 就是延期收了 没少收", "we ended up only deferring it": no reduction said anywhere in a message with no figure. */
const zeroSaid = /没(?:有)?(?:减|免|减免|少收)(?:成|下来|过|掉)|一分(?:钱)?(?:都|也)?没(?:减|免|少)|没少收|(?:只是|就是|只|光)(?:延期|推迟|缓)(?:收|交|付)?|(?<![a-z])(?:only|just) (?:deferred|postponed|delayed)(?![a-z])/;
/** "没减", "0", "一分没免", "nothing", "nothing reduced, 0, only pay later": the amount asked is zero (no other figure). */
const zeroAmount = /^(?:(?:nothing|none|zero|0|零(?=\s*(?:元|块)?\s*(?:$|[，,。.\s])))(?:\s+(?:reduced|cut|waived))?|没(?:有)?(?:减|免|减免|给)(?:过|免)?|一分(?:钱)?(?:都|也)?没(?:减|免|给)|no reduction|(?:we\s+)?(?:didn'?t|did not|never)\s+(?:reduce|cut|waive|lower)(?:\s+(?:it|the rent|anything|any rent))?)(?![a-z\d])/;

/**
 * The months a span covers. "一个月" is as often a rate ("一个月18万左右 免了三个月", "18万一个月，减了俩月") as a
 * span, so a later count of more than one wins over it.
 */
function readMonthCount(normalized: string): number | null {
  let one: number | null = null;
  for (const match of normalized.matchAll(monthCount)) {
    const word = match[1] ?? match[2] ?? match[3] ?? '';
    const count = /^\d$/.test(word) ? Number(word) : monthCountWords[word] ?? null;
    if (count !== null && count !== 1) return count;
    one ??= count;
  }
  return one;
}

/**
 * The fact whose words carry the yes/no, or null when it stands apart. The yes/no is read again with
 * every fact's words (and the negation before them) blanked out: if it disappears, it belonged to the
 * fact that starts the message ("一个没辞" → layoffs; "不是，总部付的" keeps its 不是).
 */
function scopeOfYesNo(normalized: string, spans: FactSpan[]): string | null {
  if (spans.length === 0) return null;
  // Spans are UTF-16 offsets: blank by code unit, in one pass over the text.
  const blank = new Uint8Array(normalized.length);
  for (const span of spans) blank.fill(1, span.start, span.end);
  let blanked = '';
  for (let at = 0; at < normalized.length; at += 1) blanked += blank[at] ? ' ' : normalized.charAt(at);
  if (extractYesNo(blanked, blanked).yesNo !== null) return null;
  const firstSpan = [...spans].sort((a, b) => a.start - b.start)[0];
  return firstSpan?.fact ?? null;
}
