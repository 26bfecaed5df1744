/**
 * The intent classifier: node-nlp's single-layer neural network over our own features (see
 * intent-features.ts). This is the only file that imports node-nlp.
 *
 * Why the network directly and not NlpManager: NlpManager.process is async and runs node-nlp's whole
 * pipeline (normaliser, tokenizer, stemmer, entity and sentiment steps) at ~0.25–0.4 ms a message; the
 * network is synchronous and, fed our features, classifies in ~0.03 ms (reports/eval.md). We keep
 * node-nlp's scoring (activations squared and normalised) and its "unknown words" signal, which
 * pushes messages made mostly of words never seen in training towards out_of_scope.
 *
 * @example
 *   const classifier = trainClassifier(toUtterances(loadIntents()));
 *   classifier.classify('我的饭馆能免房租吗')[0] // { intent: 'rent_tenant', score: 0.97 }
 *   const again = classifierFromJson(classifier.toJSON());
 */
import classifiers, { type FeatureMap, type NeuralNetworkJson } from 'node-nlp/src/classifiers/index.js';
import langEn from '@nlpjs/lang-en-min';
import type { IntentScore } from './understanding.js';
import { intentFeatures, isPairFeature, type WordStemmer } from './intent-features.js';
import { OUT_OF_SCOPE, type Utterance } from './intents.js';

const { NeuralNetwork } = classifiers;

/** The feature standing for "words the model never saw"; trained to point at out_of_scope. */
const UNKNOWN = '__unknown';

/** Training settings: node-nlp's defaults, with fewer iterations (the loss flattens well before). */
const networkSettings = { iterations: 2000, log: false };

/** A trained classifier. `classify` is synchronous and pure. */
export interface IntentClassifier {
  /** Every intent with a non-zero score, best first; scores sum to 1. */
  classify(text: string): IntentScore[];
  toJSON(): ClassifierJson;
}

/** The serialised classifier: the network's own JSON plus the feature-set version it was trained on. */
export interface ClassifierJson {
  featureVersion: number;
  network: NeuralNetworkJson;
}

/** Bumped whenever intent-features.ts changes what it emits, so an old model is refused. */
export const FEATURE_VERSION = 4;

const englishStemmer = new langEn.StemmerEn();
/** node-nlp's Porter stemmer, shared with the answer fallback (answer-fallback.ts) so both read English alike. */
export const stem: WordStemmer = (word) => englishStemmer.stem(word);

/**
 * The network's forward pass over a feature-major copy of its weights. Same arithmetic as node-nlp's
 * `NeuralNetwork.run` (per intent: bias + Σ weight, then ReLU × alpha), but it touches only the rows of
 * the message's features instead of building lookup objects and closures per intent (3–5× faster
 * than `run` when measured on the held-out messages).
 */
interface Forward {
  intents: string[];
  featureIndex: Map<string, number>;
  /** rows[feature * intents.length + intent] */
  rows: Float32Array;
  bias: Float32Array;
  alpha: number;
}

function toForward(json: NeuralNetworkJson): Forward {
  const features = json.features ?? [];
  const intents = json.intents ?? [];
  const perceptrons = json.perceptrons ?? [];
  const rows = new Float32Array(features.length * intents.length);
  const bias = new Float32Array(intents.length);
  perceptrons.forEach((weights, intent) => {
    for (let f = 0; f < features.length; f += 1) rows[f * intents.length + intent] = weights[f] ?? 0;
    bias[intent] = weights[features.length] ?? 0;
  });
  const featureIndex = new Map(features.map((feature, index) => [feature, index]));
  return { intents, featureIndex, rows, bias, alpha: json.settings.alpha ?? DEFAULT_ALPHA };
}

/** node-nlp's default leaky slope, used when the saved settings do not override it. */
const DEFAULT_ALPHA = 0.07;

function score(forward: Forward, text: string): IntentScore[] {
  const { intents, featureIndex, rows, bias, alpha } = forward;
  const sums = Float32Array.from(bias);
  let unknown = 0;
  const add = (row: number, value: number): void => {
    const offset = row * intents.length;
    for (let i = 0; i < intents.length; i += 1) sums[i] = (sums[i] ?? 0) + value * (rows[offset + i] ?? 0);
  };
  const features = intentFeatures(text, stem);
  const weight = featureWeight(features.length);
  for (const feature of features) {
    const row = featureIndex.get(feature);
    if (row !== undefined) add(row, weight);
    else if (!isPairFeature(feature)) unknown += 1;
  }
  const unknownRow = featureIndex.get(UNKNOWN);
  if (unknown > 0 && unknownRow !== undefined) add(unknownRow, unknownWeight(unknown, featureIndex.size));
  const scores: IntentScore[] = [];
  let total = 0;
  sums.forEach((sum, i) => {
    const intent = intents[i];
    if (sum > 0 && intent !== undefined) {
      const activation = alpha * sum;
      scores.push({ intent, score: activation * activation });
      total += activation * activation;
    }
  });
  if (total === 0) return [{ intent: OUT_OF_SCOPE, score: 1 }];
  for (const entry of scores) entry.score /= total;
  return scores.sort((a, b) => b.score - a.score);
}

/**
 * Like node-nlp's "nonefeature": the first feature never seen in training counts `delta`, each further
 * one 1.2× more, so a message made mostly of unseen words leans to out_of_scope.
 */
function unknownWeight(unknown: number, featureCount: number): number {
  let delta = Math.max(0.05, 24 / featureCount);
  let value = 0;
  for (let i = 0; i < unknown; i += 1) {
    value += delta;
    delta *= 1.2;
  }
  return value;
}

function wrap(json: NeuralNetworkJson): IntentClassifier {
  const forward = toForward(json);
  return {
    classify: (text) => score(forward, text),
    toJSON: () => ({ featureVersion: FEATURE_VERSION, network: json }),
  };
}

function trainingInput(text: string): FeatureMap {
  const features = intentFeatures(text, stem);
  const weight = featureWeight(features.length);
  return Object.fromEntries(features.map((feature) => [feature, weight]));
}

/**
 * Each feature of an n-feature message weighs 1/√n, so a long message is not pushed below zero for
 * every intent by the many common characters it shares with all of them (held-out zh accuracy rose
 * from 92% to 96% with it).
 */
function featureWeight(count: number): number {
  return 1 / Math.sqrt(Math.max(1, count));
}

/** Trains on labelled utterances (both languages in one network: their features never overlap). */
export function trainClassifier(utterances: readonly Utterance[]): IntentClassifier {
  const corpus = utterances.map((u) => ({ input: trainingInput(u.text), output: { [u.intent]: 1 } }));
  corpus.push({ input: { [UNKNOWN]: 1 }, output: { [OUT_OF_SCOPE]: 1 } });
  const network = new NeuralNetwork(networkSettings);
  network.train(corpus);
  return wrap(network.toJSON());
}

/** Restores a classifier saved with `toJSON`; refuses one built with other features. */
export function classifierFromJson(json: ClassifierJson): IntentClassifier {
  if (json.featureVersion !== FEATURE_VERSION) {
    throw new Error(`intent model uses features v${json.featureVersion}, this code v${FEATURE_VERSION}: run npm run build`);
  }
  return wrap(json.network);
}
