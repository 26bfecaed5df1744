/**
 * The small part of node-nlp (CommonJS, untyped) that classifier.ts uses: its single-layer neural
 * network and its stemmers. Nothing else in the project imports node-nlp.
 */
declare module 'node-nlp' {
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

  export const NlpUtil: {
    getStemmer(locale: string): { stem(word: string): string };
  };

  const nodeNlp: { NeuralNetwork: typeof NeuralNetwork; NlpUtil: typeof NlpUtil };
  export default nodeNlp;
}
