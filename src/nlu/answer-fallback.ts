/**
 * The last reader of an answer to a choice question: when the fact's own grammar (button labels, the
 * synonyms of intents/entities.yaml, read-answer.ts) reads nothing, the reply is compared with example
 * answers for each choice (intents/answer-examples.yaml, plus those labels and synonyms), and the choice
 * it is clearly closest to is taken. The reply then says how it was read, so the owner can correct it.
 *
 * Why nearest examples over TF-IDF features and not a trained network: a wrong reading is worse than a
 * retry, and a similarity to a line a person wrote has a meaning a threshold can hold on to (the network's
 * scores always sum to 1, so "asdfgh" still gets a winner). Features are the intent model's own
 * (character pairs for Chinese, stemmed words and word pairs for English: intent-features.ts). Building the
 * index is one pass over a few hundred short lines at load; a guess is a few dot products.
 *
 * Negation is never crossed: a reply with 没/不/not/never… is compared only with example lines that have
 * one, a reply without only with lines without, so "没停过" cannot read like "停了" and "not closed" cannot
 * read like "closed". Questions, "不知道" and greetings are never guessed at (notAnAnswer).
 *
 * @example
 *   const fallback = loadAnswerFallback();
 *   fallback.guess('operatingStatus', 'we kept the doors open the whole time') // { value: 'open', score: 0.6, margin: 0.4 }
 *   fallback.guess('operatingStatus', 'asdfgh') // undefined
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { parseYamlText } from '../lib/yaml-data.js';
import { enumValues, factKinds, isFactName, type FactName } from '../policy/facts.js';
import { stem } from './classifier.js';
import { loadEntitySynonyms, type EntitySynonyms } from './entity-synonyms.js';
import { intentFeatures } from './intent-features.js';
import { normalizeText } from './normalize-text.js';
import { notAnAnswer } from './read-answer.js';

export const answerExamplesFile = fileURLToPath(new URL('../../intents/answer-examples.yaml', import.meta.url));
const factPromptsFile = fileURLToPath(new URL('../../dialogs/_facts.yaml', import.meta.url));

/**
 * A choice scores the mean similarity (cosine, 0–1) of its NEAREST lines to the reply; the best choice must
 * score at least MIN_SCORE and MIN_MARGIN more than the next. Chosen by leave-one-out over the 305 example
 * lines (each guessed from all the others), favouring precision, since a wrong reading costs more than a
 * retry: nearest 2, 0.2 and 0.2 read 52% of them at 95% precision; the nearest line alone was at most 90%
 * precise at any threshold below 0.3 margin, and 0.3 margin read only 37–44%.
 */
/** rankChoices keeps each choice's best two similarities: change it with this. */
const NEAREST = 2;
export const MIN_SCORE = 0.2;
export const MIN_MARGIN = 0.2;

/** One line of evidence for a choice: an example answer, a synonym or a button label. */
export interface AnswerExample {
  fact: FactName;
  value: string;
  text: string;
}

export interface AnswerGuess {
  value: string;
  /** Similarity of the closest line of that choice. */
  score: number;
  /** How much closer than the closest line of any other choice. */
  margin: number;
}

export interface AnswerFallback {
  /** The choice the reply is clearly closest to, or undefined (the question is asked again). */
  guess(fact: FactName, text: string): AnswerGuess | undefined;
  /** The facts it has examples for. */
  facts: readonly FactName[];
}

/** A negation anywhere in the reply: 没, 不, 未, 无, not, never, no one, …n't (不少 "quite a few", 不错, 不久 are none). */
const negationCue = /不(?!少|错|久|仅|但|管)|[没未无别]|\b(?:not|no|never|nobody|none|nothing|neither|nor|without)\b|n't\b/;
/** What is left of a reply once its yes/no and negation words go: "不是", "no", "没有" leave nothing to compare. */
const yesNoWords = /(不是|是的|没有|不|没|是|对|嗯|好|yes|yeah|yep|no|nope|not|ok|okay|[\s\p{P}]+)/gu;

interface Line {
  value: string;
  negated: boolean;
  weights: Map<string, number>;
  norm: number;
}

/**
 * The lines a reply is compared with (those with a negation, or those without), grouped by choice: `values` in
 * the order of each choice's first line, `slotOf[line]` the line's choice there (-1: the other group, or no
 * features).
 */
interface LineGroup {
  values: string[];
  slotOf: Int32Array;
}

interface FactIndex {
  lines: Line[];
  idf: Map<string, number>;
  /** Weight of a feature no line of the fact has: as rare as can be, so unknown words pull the score down. */
  unknownIdf: number;
  /**
   * Feature → the lines that have it and its weight there. A reply shares a feature with a few of the hundreds
   * of lines (a thousand for landlordType, synonyms and their misspellings included); every other line's
   * similarity is 0, so only these are scored.
   */
  postings: Map<string, Array<{ line: number; weight: number }>>;
  plain: LineGroup;
  negated: LineGroup;
  /** Scratch dot products, one per line, all 0 between guesses. */
  dots: Float64Array;
}

function featuresOf(text: string): string[] {
  return intentFeatures(text, stem);
}

function vector(features: readonly string[], idf: (feature: string) => number): { weights: Map<string, number>; norm: number } {
  const weights = new Map<string, number>();
  let squares = 0;
  for (const feature of features) {
    const weight = idf(feature);
    weights.set(feature, weight);
    squares += weight * weight;
  }
  return { weights, norm: Math.sqrt(squares) };
}

function indexFact(examples: readonly AnswerExample[]): FactIndex {
  const featureLists = examples.map((example) => featuresOf(example.text));
  const documentFrequency = new Map<string, number>();
  for (const features of featureLists) for (const feature of features) documentFrequency.set(feature, (documentFrequency.get(feature) ?? 0) + 1);
  const count = examples.length;
  const idf = new Map<string, number>();
  for (const [feature, df] of documentFrequency) idf.set(feature, Math.log(1 + count / df));
  const unknownIdf = Math.log(1 + count);
  const lines = examples.map((example, i) => ({
    value: example.value,
    negated: negationCue.test(normalizeText(example.text)),
    ...vector(featureLists[i] ?? [], (feature) => idf.get(feature) ?? unknownIdf),
  }));
  const postings = new Map<string, Array<{ line: number; weight: number }>>();
  lines.forEach((line, i) => {
    for (const [feature, weight] of line.weights) {
      const list = postings.get(feature);
      if (list) list.push({ line: i, weight });
      else postings.set(feature, [{ line: i, weight }]);
    }
  });
  return { lines, idf, unknownIdf, postings, plain: lineGroup(lines, false), negated: lineGroup(lines, true), dots: new Float64Array(lines.length) };
}

function lineGroup(lines: readonly Line[], negated: boolean): LineGroup {
  const values: string[] = [];
  const slotOf = new Int32Array(lines.length).fill(-1);
  lines.forEach((line, i) => {
    if (line.negated !== negated || line.norm === 0) return;
    let slot = values.indexOf(line.value);
    if (slot < 0) slot = values.push(line.value) - 1;
    slotOf[i] = slot;
  });
  return { values, slotOf };
}

/**
 * Each choice of the group and the mean of its NEAREST (two) best similarities to the query, best first (on a
 * tie, the choice whose first line comes first). A line sharing no feature with the query has similarity 0.
 * Sums are made in the order the feature-by-feature scan of every line made them, so the figures are the same.
 */
function rankChoices(index: FactIndex, group: LineGroup, query: { weights: Map<string, number>; norm: number }): Array<[string, number]> {
  const { lines, postings, dots } = index;
  const touched: number[] = [];
  for (const [feature, weight] of query.weights) {
    for (const posting of postings.get(feature) ?? []) {
      if (group.slotOf[posting.line] === -1) continue;
      const dot = dots[posting.line] ?? 0;
      if (dot === 0) touched.push(posting.line);
      dots[posting.line] = dot + weight * posting.weight;
    }
  }
  const best = new Float64Array(group.values.length);
  const second = new Float64Array(group.values.length);
  for (const line of touched) {
    const slot = group.slotOf[line] ?? -1;
    const score = (dots[line] ?? 0) / (query.norm * (lines[line]?.norm ?? 1));
    dots[line] = 0;
    if (score > (best[slot] ?? 0)) { second[slot] = best[slot] ?? 0; best[slot] = score; }
    else if (score > (second[slot] ?? 0)) second[slot] = score;
  }
  return group.values.map((value, slot): [string, number] => [value, (0 + (best[slot] ?? 0) + (second[slot] ?? 0)) / NEAREST])
    .sort((a, b) => b[1] - a[1]);
}

export interface AnswerFallbackOptions {
  minScore?: number;
  minMargin?: number;
}

/** Builds the per-fact indexes from the lines given; pure. */
export function createAnswerFallback(examples: readonly AnswerExample[], options: AnswerFallbackOptions = {}): AnswerFallback {
  const minScore = options.minScore ?? MIN_SCORE;
  const minMargin = options.minMargin ?? MIN_MARGIN;
  const byFact = new Map<FactName, AnswerExample[]>();
  for (const example of examples) {
    const list = byFact.get(example.fact);
    if (list) list.push(example);
    else byFact.set(example.fact, [example]);
  }
  const indexes = new Map<FactName, FactIndex>();
  for (const [fact, list] of byFact) indexes.set(fact, indexFact(list));

  return {
    facts: [...indexes.keys()],
    guess(fact, text) {
      const index = indexes.get(fact);
      const normalized = normalizeText(text).trim();
      if (!index || normalized.length === 0 || notAnAnswer.test(normalized)) return undefined;
      if (normalized.replace(yesNoWords, '').length === 0) return undefined;
      const negated = negationCue.test(normalized);
      const query = vector(featuresOf(text), (feature) => index.idf.get(feature) ?? index.unknownIdf);
      if (query.norm === 0) return undefined;
      const [top, second] = rankChoices(index, negated ? index.negated : index.plain, query);
      if (!top) return undefined;
      const margin = top[1] - (second?.[1] ?? 0);
      if (top[1] < minScore || margin < minMargin) return undefined;
      return { value: top[0], score: top[1], margin };
    },
  };
}

const words = z.array(z.string().trim().min(1)).default([]);
const examplesSchema = z.record(z.string(), z.record(z.string(), z.object({ zh: words, en: words }).strict()));
const promptsSchema = z.record(z.string(), z.object({
  choices: z.array(z.object({ value: z.union([z.string(), z.boolean()]), zh: z.string(), en: z.string() }).passthrough()).optional(),
}).passthrough());

/** Parses and checks the examples file: every fact an enum fact, every choice one of its values. */
export function parseAnswerExamples(text: string, source = 'answer-examples.yaml'): AnswerExample[] {
  const data = parseYamlText(text, examplesSchema, source);
  const examples: AnswerExample[] = [];
  for (const [fact, values] of Object.entries(data)) {
    if (!isFactName(fact) || factKinds[fact] !== 'enum') throw new Error(`${source}: ${fact}: not an enum fact in src/policy/facts.ts`);
    for (const [value, lists] of Object.entries(values)) {
      if (!enumValues[fact]?.includes(value)) throw new Error(`${source}: ${fact}.${value}: expected one of ${enumValues[fact]?.join(' | ')}`);
      for (const line of [...lists.zh, ...lists.en]) examples.push({ fact, value, text: line });
    }
  }
  return examples;
}

/** The examples, plus the synonyms and button labels of the same facts: every line that names a choice. */
export function answerLines(examples: readonly AnswerExample[], synonyms: EntitySynonyms, promptsText: string): AnswerExample[] {
  const facts = new Set(examples.map((example) => example.fact));
  const lines = [...examples];
  for (const phrase of synonyms.phrases) {
    if (facts.has(phrase.fact) && typeof phrase.value === 'string') lines.push({ fact: phrase.fact, value: phrase.value, text: phrase.phrase });
  }
  const prompts = parseYamlText(promptsText, promptsSchema, factPromptsFile);
  for (const fact of facts) {
    for (const choice of prompts[fact]?.choices ?? []) {
      if (typeof choice.value === 'string') lines.push({ fact, value: choice.value, text: choice.zh }, { fact, value: choice.value, text: choice.en });
    }
  }
  return lines;
}

/** Reads intents/answer-examples.yaml, the synonyms and dialogs/_facts.yaml, and builds the fallback. */
export function loadAnswerFallback(file: string = answerExamplesFile): AnswerFallback {
  const examples = parseAnswerExamples(readFileSync(file, 'utf8'), file);
  return createAnswerFallback(answerLines(examples, loadEntitySynonyms(), readFileSync(factPromptsFile, 'utf8')));
}

let defaultFallback: AnswerFallback | undefined;

/**
 * The default fallback's guess (built on first use from the repository's files).
 * @example guessAnswer('layoffs', '大家都还在') // { value: 'none', ... }
 */
export function guessAnswer(fact: FactName, text: string): AnswerGuess | undefined {
  defaultFallback ??= loadAnswerFallback();
  return defaultFallback.guess(fact, text);
}
