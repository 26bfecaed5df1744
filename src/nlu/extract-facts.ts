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
import type { Facts } from '../policy/facts.js';
import { clauseBefore, normalizeText } from './normalize-text.js';
import { loadEntitySynonyms, type EntitySynonyms, type SynonymPhrase } from './entity-synonyms.js';

export type FactExtractor = (text: string, normalized?: string) => Facts;

interface Hit {
  entry: SynonymPhrase;
  start: number;
  end: number;
}

/** Builds the matcher once: phrases bucketed by first character, so a message is scanned once. */
export function createFactExtractor(synonyms: EntitySynonyms): FactExtractor {
  const byFirstChar = new Map<string, SynonymPhrase[]>();
  for (const entry of [...synonyms.phrases].sort((a, b) => b.phrase.length - a.phrase.length)) {
    const first = entry.phrase.charAt(0);
    byFirstChar.set(first, [...(byFirstChar.get(first) ?? []), entry]);
  }
  const negated = buildNegationPattern(synonyms.negation);

  return (text, normalized = normalizeText(text)) => {
    const hits: Hit[] = [];
    for (let start = 0; start < normalized.length; start += 1) {
      for (const entry of byFirstChar.get(normalized.charAt(start)) ?? []) {
        if (!normalized.startsWith(entry.phrase, start)) continue;
        const end = start + entry.phrase.length;
        if (entry.english && (isWordChar(normalized.charAt(start - 1)) || isWordChar(normalized.charAt(end)))) continue;
        hits.push({ entry, start, end });
      }
    }
    const facts: Record<string, string | boolean> = {};
    for (const hit of longestPerFact(hits)) {
      const isNegated = negated.test(clauseBefore(normalized, hit.start, 0));
      const { fact, value } = hit.entry;
      if (!isNegated) facts[fact] = value;
      else if (typeof value === 'boolean') facts[fact] = !value;
      // 不是区属国企 tells us nothing about who the landlord is; "a shop, not an office" keeps the shop.
      else if (facts[fact] === value) delete facts[fact];
    }
    return facts as Facts;
  };
}

/** Within one fact, keep the longest of overlapping hits; return the survivors in text order. */
function longestPerFact(hits: Hit[]): Hit[] {
  const kept: Hit[] = [];
  const byLength = [...hits].sort((a, b) => (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  for (const hit of byLength) {
    const overlaps = kept.some((other) => other.entry.fact === hit.entry.fact && hit.start < other.end && other.start < hit.end);
    if (!overlaps) kept.push(hit);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function isWordChar(char: string): boolean {
  return /[a-z0-9]/.test(char);
}

const escape = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A negation word, then only filler words or spaces, up to the phrase. */
function buildNegationPattern(negation: EntitySynonyms['negation']): RegExp {
  const alternatives = (list: string[]): string => [...list].sort((a, b) => b.length - a.length).map(escape).join('|');
  const zh = alternatives(negation.zh);
  const en = alternatives(negation.en);
  const filler = alternatives(negation.filler);
  const cue = [zh && `(?:${zh})`, en && `(?:^|[^a-z])(?:${en})`].filter(Boolean).join('|');
  return new RegExp(`(?:${cue})(?:\\s|${filler || '(?!)'})*$`);
}

let defaultExtractor: FactExtractor | undefined;

/**
 * Facts named in the text, using intents/entities.yaml (read and checked on first use).
 * @example extractFacts('没裁员') // { layoffs: 'none' }
 */
export function extractFacts(text: string, normalized?: string): Facts {
  defaultExtractor ??= createFactExtractor(loadEntitySynonyms());
  return defaultExtractor(text, normalized);
}
