/**
 * Enum and boolean facts named in a message, from the synonyms in intents/entities.yaml: 饭馆 →
 * industry: catering, 区属国企 → landlordType: districtSoe, 没裁员 → layoffs: none, 不是连锁 →
 * chainBranch: false. Rules (longest phrase per fact, negation, last value wins) are described at the
 * top of the YAML file, where the staff who edit it will read them.
 *
 * @example
 *   const extract = createFactExtractor(loadEntitySynonyms());
 *   extract('我们是区属国企的门面，开饭馆的') // { landlordType: 'districtSoe', premisesUse: 'business', industry: 'catering' }
 */
import { nodeFor, prefixTrie, valuesAlong, wordAt } from '../lib/prefix-trie.js';
import type { Facts } from '../policy/facts.js';
import { clauseBefore, normalizeText } from './normalize-text.js';
import { rhetoricalWho } from './extract-yes-no.js';
import { loadEntitySynonyms, type EntitySynonyms, type SynonymPhrase } from './entity-synonyms.js';
import { clauseChar, tieCloserZh, tieEn, tieOpener, tieWord } from './tie-words.js';
import { inOwnPremises, letsPremises } from './own-premises.js';

export type FactExtractor = (text: string, normalized?: string) => Facts;

/** Where a fact was named: the phrase, and the negation before it when there is one ("不是连锁"). */
export interface FactSpan {
  fact: string;
  start: number;
  end: number;
}

export interface FactReading {
  facts: Facts;
  spans: FactSpan[];
  /** The values a negation stands before ("不是办公用房", "not an office" → { premisesUse: 'office' }). */
  denied: Facts;
}

/**
 * How far back a negation is looked for: the longest negation plus a few filler words. Bounded, so a
 * message of many phrases in one long clause is read in linear time (looking back to the clause start
 * for each phrase was quadratic).
 */
const negationWindow = 24;

/** Everything up to a space between two Chinese characters: the clause before it ended there. */
const spacedClause = /^.*\p{Script=Han}\s+(?=\p{Script=Han})/u;
const spacedBefore = /\p{Script=Han}\s+$/u;
const han = /\p{Script=Han}/u;

interface Hit {
  entry: SynonymPhrase;
  start: number;
  end: number;
}

/** Builds the matcher once: the phrases in a prefix trie (createFactReader), so a message is scanned once. */
export function createFactExtractor(synonyms: EntitySynonyms): FactExtractor {
  const read = createFactReader(synonyms);
  return (text, normalized) => read(text, normalized).facts;
}

/** Like createFactExtractor, and says where each fact was named. */
export function createFactReader(synonyms: EntitySynonyms): (text: string, normalized?: string) => FactReading {
  // The phrases in a prefix trie (lib/prefix-trie.ts): at each position of the message the walk down it meets the
  // phrases that can start there. The lists hold thousands of phrases, hundreds of them starting with the same
  // letters ("dis": district and its misspellings), so an index by first characters alone left this scan the
  // costliest step of a turn. A node keeps its phrases in the longest-first order of the sorted list, and its
  // Chinese phrases apart too, for positions inside an English word (no English phrase starts there).
  const root = prefixTrie<PhraseBucket>();
  for (const entry of [...synonyms.phrases].sort((a, b) => b.phrase.length - a.phrase.length)) {
    const bucket = (nodeFor(root, entry.phrase).value ??= { all: [], chinese: [] });
    bucket.all.push(entry);
    if (!entry.english) bucket.chinese.push(entry);
  }
  const negated = buildNegationPattern(synonyms.negation);

  return (text, normalized = normalizeText(text)) => {
    const hits: Hit[] = [];
    const passed: PhraseBucket[] = [];
    for (let start = 0; start < normalized.length; start += 1) {
      // The buckets along the walk, shortest phrases first; tried longest first, as in one list sorted by length.
      if (valuesAlong(root, normalized, start, passed).length === 0) continue;
      // An English phrase is a whole word: none starts inside a word.
      const midWord = isWordChar(normalized.charAt(start - 1));
      for (let i = passed.length - 1; i >= 0; i -= 1) {
        for (const entry of (midWord ? passed[i]?.chinese : passed[i]?.all) ?? []) {
          if (!wordAt(entry.phrase, normalized, start)) continue;
          let end = start + entry.phrase.length;
          // An English phrase is a whole word, in the plural too: "hair salons", "our branches".
          if (entry.english) end += pluralEnding(normalized, end);
          if (entry.english && isWordChar(normalized.charAt(end))) continue;
          hits.push({ entry, start, end });
        }
      }
    }
    const facts: Record<string, string | boolean> = {};
    const denied: Record<string, string> = {};
    const affirmed: Array<{ fact: string; value: string | boolean; phrase: string }> = [];
    const deniedPhrase: Record<string, string> = {};
    const tieSaid = tieWord.test(normalized);
    const asked: Array<{ fact: string; value: string | boolean }> = [];
    const spans: FactSpan[] = [];
    for (const hit of longestPerFact(hits)) {
      // Owners type a space for a comma between Chinese words: in "不是 房租总部付的" the 不是 answers the question.
      const clause = clauseBefore(normalized, hit.start, Math.max(0, hit.start - negationWindow));
      const before = spacedBefore.test(clause) && han.test(normalized.charAt(hit.start)) ? '' : clause.replace(spacedClause, '');
      // "那会儿谁不是延期开学": a rhetorical "who didn't?" says everyone did.
      const found = negated.exec(before);
      // "no actually head office pays the rent": the "no" answers the question; "actually" starts what is so.
      const negation = found && !rhetoricalWho.test(before.slice(0, found.index)) && !noThenActually.test(found[0]) ? found : null;
      const { fact, value } = hit.entry;
      const after = normalized.slice(hit.end, hit.end + 40);
      const isNegated = negation !== null || (typeof value === 'string' && othersOwn.test(after))
        || (fact === 'premisesUse' && locatedElsewhere.test(after));
      // "head office" holds the word office without naming the premises: it only hides the shorter phrase.
      if (value === null) continue;
      // "说是跟员工培训挂钩", "the one tied to staff training": the measure's condition, not the owner's case.
      if (tieSaid && measureTiedTo(normalized, hit.start, hit.end)) continue;
      spans.push({ fact, start: hit.start - (negation ? before.length - negation.index : 0), end: hit.end });
      // "员工培训我们其实还没组织呢": Chinese names the topic first and denies it after, in the same clause.
      if (!isNegated && value === true && deniedAfter.test(normalized.slice(hit.end, hit.end + 16))) facts[fact] = false;
      else if (!isNegated && askedWhetherItCounts.test(before) && asQuestion.test(normalized.slice(hit.end, hit.end + 8))) asked.push({ fact, value });
      else if (!isNegated) { facts[fact] = value; affirmed.push({ fact, value, phrase: hit.entry.phrase }); }
      else if (typeof value === 'boolean') facts[fact] = !value;
      else {
        // 不是区属国企 tells us nothing about who the landlord is; "a shop, not an office" keeps the shop.
        if (facts[fact] === value) delete facts[fact];
        denied[fact] = value;
        deniedPhrase[fact] = hit.entry.phrase;
      }
    }
    // "其实是后头办公用的屋子 不是门脸儿 门脸儿是自个儿家的": the value denied is named again only as the topic of
    // another clause; the answer is the other value the message names.
    for (const [fact, value] of Object.entries(denied)) {
      if (facts[fact] !== value) continue;
      const other = affirmed.filter((hit) => hit.fact === fact && hit.value !== value).pop();
      if (other) facts[fact] = other.value;
      // "不算培训机构，就是兴趣班", "not a school, just classes for fun": the owner's own word for the business is set apart
      // from the kind denied, though the table puts both under it: the kind is not known (asked, if a dialog needs it).
      else if (affirmed.some((hit) => hit.fact === fact && hit.value === value && hit.phrase !== deniedPhrase[fact])) delete facts[fact];
    }
    // "we're a franchisee, HQ only takes a management fee, is that company-run?": the value asked about is the owner's
    // only when nothing else the message says gives the fact.
    for (const { fact, value } of asked) if (facts[fact] === undefined) facts[fact] = value;
    // "the company bought the shop unit years ago", "门面是我们自己买的": told in a story, not by a listed phrase. Only
    // with a word of buying or owning ("租金从门店自己的账上走" is a store paying its own rent).
    if (facts.landlordType === undefined && ownershipWord.test(normalized) && inOwnPremises(normalized)) facts.landlordType = 'ownPremises';
    // "we own the building and let it to shops": an owner who lets the premises is their landlord, not a business in them.
    if (facts.landlordType === 'ownPremises' && letsPremises.test(normalized)) delete facts.landlordType;
    return { facts: facts as Facts, spans, denied: denied as Facts };
  };
}

const ownershipWord = /买|盖的|建的|自有|产权|房本|(?<![a-z])(?:bought|purchased|own|owned)(?![a-z])/;

/** "is that", "does this count as", "这算", "算不算": what comes next is asked about, not said of the owner's business. */
const askedWhetherItCounts = /(?:(?:^|[^a-z])(?:is|would|could) (?:that|this|it)(?: be| still be| count as)?|(?:^|[^a-z])(?:does|do|would) (?:that|this|it|we) (?:count|qualify) as|这算|这种算|这样算|那算|算不算|这属于|这是不是)\s*(?:a |an |the )?$/;
/** The phrase ends a question: a question mark or 吗/么/呢 right after it. */
const asQuestion = /^\s*(?:吗|么|呢|嘛)?\s*[?？]|^\s*(?:吗|么|呢|嘛)/;
/** The phrases of one node of the trie: all of them, and the Chinese ones alone. */
interface PhraseBucket {
  all: SynonymPhrase[];
  chinese: SynonymPhrase[];
}

/**
 * Within one fact, keep the longest of overlapping hits; return the survivors in text order. Each fact
 * marks the characters its kept hits cover, so checking a hit costs its own length (phrases are short),
 * not the number of hits kept so far.
 */
function longestPerFact(hits: Hit[]): Hit[] {
  const kept: Hit[] = [];
  const covered = new Map<string, Set<number>>();
  const byLength = [...hits].sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  for (const hit of byLength) {
    let marks = covered.get(hit.entry.fact);
    if (!marks) covered.set(hit.entry.fact, (marks = new Set()));
    let overlaps = false;
    for (let at = hit.start; at < hit.end && !overlaps; at += 1) overlaps = marks.has(at);
    if (overlaps) continue;
    for (let at = hit.start; at < hit.end; at += 1) marks.add(at);
    kept.push(hit);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** How many letters of a plural ending follow an English phrase ending at `end`: "s", "es" (branches), or none. */
function pluralEnding(normalized: string, end: number): number {
  const wordEndsAfter = (letters: number): boolean => !isWordChar(normalized.charAt(end + letters));
  const last = normalized.charAt(end - 1);
  if (!/[a-z]/.test(last)) return 0;
  if (/[sxh]/.test(last) && normalized.startsWith('es', end) && wordEndsAfter(2)) return 2;
  return normalized.charAt(end) === 's' && wordEndsAfter(1) ? 1 : 0;
}

function isWordChar(char: string): boolean {
  return /[a-z0-9]/.test(char);
}

const escape = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A no right after a yes-phrase, with no pause between ("员工培训没组织", "延期开学压根没有"): only subjects and
 * adverbs may stand between; 没错, 没问题 are assent.
 */
/** "跟…挂钩", "和…有关": a fact word inside names what a measure is tied to (tiedBefore, then tiedAfter within the clause). */
const tiedBefore = new RegExp(`${tieOpener}${clauseChar}{0,6}$|(?<![a-z])${tieEn} (?:the |your |their )?(?:[a-z-]+ )?$`);
const tiedAfter = new RegExp(`^${clauseChar}{0,4}?${tieCloserZh}`);

function measureTiedTo(normalized: string, start: number, end: number): boolean {
  const before = normalized.slice(Math.max(0, start - 30), start);
  if (!tiedBefore.test(before)) return false;
  return /[a-z]/.test(normalized.charAt(start)) || tiedAfter.test(normalized.slice(end, end + 8));
}

const deniedAfter = /^(?:我们|咱们|我|其实|当时|那会儿|那时候|还|都|也|就|根本|压根|确实|倒是)*(?:没有|没|未|不曾|从没)(?!错|问题|毛病|变)/;

/**
 * A value said to be someone else's right after it: "楼下临街那个门店是别人家的", "the shop downstairs is someone else's":
 * the owner names it to set it apart from their own, so it is denied like a 不是 before it.
 */
const othersOwn = /^(?:其实|倒|那|则)?(?:是|属于|归)(?:别人|人家|别家|隔壁|邻居|另一家|另外一家|旁边那家|其他人|别的(?:公司|商户|店))(?:家)?的?|^(?:不是我们的|不是我家的|不归我们)|^\s*(?:is|are|was|belongs? to|belonged to)\s+(?:someone else'?s?|somebody else'?s?|another (?:shop|business|tenant|company|firm)|the neighbou?rs?'?s?|next door)|^\s*(?:isn'?t|is not|wasn'?t) ours/;

/**
 * Premises said to be somewhere else right after they are named: "the shop itself is somewhere else", "门店在别的地方",
 * "店面在另外一个地方": the owner names them to set them apart from the unit asked about ("the unit we rent from them
 * is actually our office"), so they are denied like a 不是 before them.
 */
const locatedElsewhere = /^(?:本身|自己|其实|则|倒是?|呢)?(?:是)?(?:在|开在)(?:别的地方|别处|别地儿?|另外?一个地方|另一处|另外的地方|其他地方|外面|隔壁|对面|另一栋|别的楼|另一条街|别的街|马路对面|街对面)|^(?:其实|倒)?(?:并)?不在(?:这儿|这里|这边|这栋|这个楼|这)|^\s*(?:itself |proper )?(?:is|are|was|were|'s)\s+(?:actually |located |based )?(?:somewhere else|elsewhere|(?:in|at) (?:a |another |a different |an? other )(?:place|location|building|address|street|spot|site)|across the (?:street|road)|down the (?:street|road)|next door)/;

/** An English "no" answering the question, then "actually": what follows is asserted, not denied. */
const noThenActually = /^[^a-z]?no[\s,.!]+actually(?![a-z])/;

/** A negation word, then only filler words or spaces, up to the phrase. */
function buildNegationPattern(negation: EntitySynonyms['negation']): RegExp {
  const alternatives = (list: string[]): string => [...list].sort((a, b) => b.length - a.length).map(escape).join('|');
  const zh = alternatives(negation.zh);
  const en = alternatives(negation.en);
  const filler = alternatives(negation.filler);
  const cue = [zh && `(?:${zh})`, en && `(?:^|[^a-z])(?:${en})`].filter(Boolean).join('|');
  return new RegExp(`(?:${cue})(?:\\s|${filler || '(?!)'})*$`);
}

let defaultReader: ((text: string, normalized?: string) => FactReading) | undefined;

/**
 * Facts named in the text, using intents/entities.yaml (read and checked on first use).
 * @example extractFacts('没裁员') // { layoffs: 'none' }
 */
export function extractFacts(text: string, normalized?: string): Facts {
  return readFacts(text, normalized).facts;
}

/** Facts named in the text and where. @example readFacts('不是连锁').spans // [{ fact: 'chainBranch', start: 0, end: 4 }] */
export function readFacts(text: string, normalized?: string): FactReading {
  defaultReader ??= createFactReader(loadEntitySynonyms());
  return defaultReader(text, normalized);
}
