/**
 * The synonyms file intents/entities.yaml: which words name which canonical fact value, and which words
 * negate them. Validated by zod and against src/policy/facts.ts when loaded, so a typo in a fact name or
 * value, or one phrase given two values of a fact, stops start-up with the path of the bad entry.
 *
 * @example
 *   const synonyms = loadEntitySynonyms();
 *   synonyms.phrases.find((p) => p.phrase === '饭馆') // { fact: 'industry', value: 'catering', phrase: '饭馆', english: false }
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseYamlText } from '../lib/yaml-data.js';
import { z } from 'zod';
import { enumValues, factKinds, isFactName, type FactName } from '../policy/facts.js';
import { abbreviatedForms, mistypedForms } from './english-abbreviations.js';
import { normalizeText } from './normalize-text.js';

export const entitySynonymsFile = fileURLToPath(new URL('../../intents/entities.yaml', import.meta.url));

const words = z.array(z.string().trim().min(1)).default([]);
const lists = z.object({ zh: words, en: words }).strict();
const fileSchema = z.object({
  negation: z.object({ zh: words, en: words, filler: words }).strict(),
  facts: z.record(z.string(), z.record(z.string(), lists)),
  notFact: z.record(z.string(), lists).default({}),
}).strict();

/**
 * One phrase, normalised, and the fact value it names. Booleans are true/false, enums their value; null for
 * a phrase that holds a word of the fact without naming it ("head office" is not an office).
 */
export interface SynonymPhrase {
  fact: FactName;
  value: string | boolean | null;
  phrase: string;
  /** English phrases match whole words only. */
  english: boolean;
}

export interface EntitySynonyms {
  phrases: SynonymPhrase[];
  negation: { zh: string[]; en: string[]; filler: string[] };
}

/** Parses and checks the synonyms YAML; throws an Error naming the bad entry. */
export function parseEntitySynonyms(text: string, source = 'entities.yaml'): EntitySynonyms {
  const data = parseYamlText(text, fileSchema, source);
  const phrases: SynonymPhrase[] = [];
  const shortened: SynonymPhrase[] = [];
  const owner = new Map<string, string>();
  for (const [fact, values] of Object.entries(data.facts)) {
    if (!isFactName(fact)) throw new Error(`${source}: facts.${fact}: not a fact name in src/policy/facts.ts`);
    for (const [rawValue, lists] of Object.entries(values)) {
      const value = readValue(fact, rawValue, source);
      for (const [english, list] of [[false, lists.zh], [true, lists.en]] as const) {
        for (const word of list) {
          const phrase = normalizeText(word);
          const key = `${fact}\u0000${phrase}`;
          const previous = owner.get(key);
          if (previous !== undefined && previous !== String(value)) {
            throw new Error(`${source}: facts.${fact}: "${word}" is listed under both ${previous} and ${String(value)}`);
          }
          owner.set(key, String(value));
          phrases.push({ fact, value, phrase, english });
          // "dist soe", and "distrct soe" as typed in a hurry: matched after every phrase written out.
          if (english) shortened.push(...[...abbreviatedForms(phrase), ...mistypedForms(phrase)].map((form) => ({ fact, value, phrase: form, english })));
          // "bakery" is "bakeries" in the plural; an -s or -es ending is matched as the text is read.
          if (english && /[^aeiou]y$/.test(phrase)) phrases.push({ fact, value, phrase: `${phrase.slice(0, -1)}ies`, english });
        }
      }
    }
  }
  // "dist soe", "govt guarantor": after every phrase written out, so a listed phrase always keeps its own value.
  for (const entry of shortened) {
    const key = `${entry.fact}\u0000${entry.phrase}`;
    if (owner.has(key)) continue;
    owner.set(key, String(entry.value));
    phrases.push(entry);
  }
  for (const [fact, list] of Object.entries(data.notFact)) {
    if (!isFactName(fact)) throw new Error(`${source}: notFact.${fact}: not a fact name in src/policy/facts.ts`);
    for (const [english, words] of [[false, list.zh], [true, list.en]] as const) {
      for (const word of words) phrases.push({ fact, value: null, phrase: normalizeText(word), english });
    }
  }
  const { zh, en, filler } = data.negation;
  return { phrases, negation: { zh: zh.map(normalizeText), en: en.map(normalizeText), filler: filler.map(normalizeText) } };
}

function readValue(fact: FactName, raw: string, source: string): string | boolean | null {
  const kind = factKinds[fact];
  if (kind === 'boolean') {
    if (raw === 'true' || raw === 'false') return raw === 'true';
    throw new Error(`${source}: facts.${fact}.${raw}: a boolean fact takes "true" or "false"`);
  }
  if (kind === 'enum' && enumValues[fact]?.includes(raw)) return raw;
  if (kind === 'enum') throw new Error(`${source}: facts.${fact}.${raw}: expected one of ${enumValues[fact]?.join(' | ')}`);
  throw new Error(`${source}: facts.${fact}: a ${kind} fact is read by its extractor, not from synonyms`);
}

/** Reads and checks intents/entities.yaml (or another file). */
export function loadEntitySynonyms(file: string = entitySynonymsFile): EntitySynonyms {
  return parseEntitySynonyms(readFileSync(file, 'utf8'), file);
}
