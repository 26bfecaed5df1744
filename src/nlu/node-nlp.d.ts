/**
 * The small part of node-nlp (CommonJS, untyped) that classifier.ts uses: its single-layer neural
 * network (node-nlp/src/classifiers) and its English stemmer (@nlpjs/lang-en-min, which node-nlp ships).
 * Nothing else in the project imports node-nlp for classification.
 *
 * Why the deep paths: `require('node-nlp')` loads every language, xlsx and the Microsoft recognizers,
 * about 1.3 s of start-up; these two parts load in about 70 ms.
 */
declare module 'node-nlp/src/classifiers/index.js' {
  /** Sparse input: feature name → value. Training output: intent name → 1. */
  export type FeatureMap = Record<string, number>;

  export interface NeuralNetworkSettings {
    iterations?: number;
    errorThresh?: number;
    deltaErrorThresh?: number;
    learningRate?: number;
    momentum?: number;
    alpha?: number;
    log?: boolean;
  }

  export interface NeuralNetworkJson {
    settings: NeuralNetworkSettings;
    features?: string[];
    intents?: string[];
    perceptrons?: number[][];
  }

  export class NeuralNetwork {
    constructor(settings?: NeuralNetworkSettings);
    train(corpus: Array<{ input: FeatureMap; output: FeatureMap }>): { iterations: number; error: number };
    /** Synchronous: one activation per intent, ReLU-scaled (0 when the intent is not supported). */
    run(input: FeatureMap): Record<string, number> | undefined;
    toJSON(): NeuralNetworkJson;
    fromJSON(json: NeuralNetworkJson): void;
  }

  const classifiers: { NeuralNetwork: typeof NeuralNetwork };
  export default classifiers;
}

declare module '@nlpjs/lang-en-min' {
  export class StemmerEn {
    stem(word: string): string;
  }
  const langEn: { StemmerEn: typeof StemmerEn };
  export default langEn;
}
