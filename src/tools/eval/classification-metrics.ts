/**
 * Scores for a labelled run of the classifier, in the shape Rasa's `rasa test` prints: accuracy,
 * per-intent precision/recall/F1, and the pairs most often confused.
 *
 * @example
 *   const m = classificationMetrics([{ expected: 'a', predicted: 'a' }, { expected: 'b', predicted: 'a' }]);
 *   m.accuracy // 0.5
 *   m.perIntent.find((s) => s.intent === 'a') // { intent: 'a', support: 1, precision: 0.5, recall: 1, f1: 0.667 }
 */

export interface Prediction {
  expected: string;
  predicted: string;
  text?: string;
}

export interface IntentMetrics {
  intent: string;
  /** Test utterances labelled with this intent. */
  support: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface ConfusedPair {
  expected: string;
  predicted: string;
  count: number;
  /** Up to three of the misread utterances. */
  examples: string[];
}

export interface ClassificationMetrics {
  total: number;
  correct: number;
  accuracy: number;
  perIntent: IntentMetrics[];
  confusedPairs: ConfusedPair[];
}

/** A ratio that is 0 rather than NaN when nothing was counted. */
export function ratio(numerator: number, denominator: number): number {
  return denominator === 0 ? 0 : numerator / denominator;
}

/** Precision and recall of one label (e.g. out_of_scope) over the predictions. */
export function labelMetrics(predictions: readonly Prediction[], label: string): IntentMetrics {
  let truePositive = 0;
  let predictedCount = 0;
  let support = 0;
  for (const p of predictions) {
    if (p.expected === label) support += 1;
    if (p.predicted === label) predictedCount += 1;
    if (p.expected === label && p.predicted === label) truePositive += 1;
  }
  const precision = ratio(truePositive, predictedCount);
  const recall = ratio(truePositive, support);
  return { intent: label, support, precision, recall, f1: ratio(2 * precision * recall, precision + recall) };
}

/** Accuracy, per-intent scores (sorted by name) and confused pairs (most frequent first, at most `pairs`). */
export function classificationMetrics(predictions: readonly Prediction[], pairs = 10): ClassificationMetrics {
  const correct = predictions.filter((p) => p.expected === p.predicted).length;
  const labels = [...new Set(predictions.flatMap((p) => [p.expected, p.predicted]))].sort();
  const confusions = new Map<string, ConfusedPair>();
  for (const p of predictions) {
    if (p.expected === p.predicted) continue;
    const key = `${p.expected}\u0000${p.predicted}`;
    const pair = confusions.get(key) ?? { expected: p.expected, predicted: p.predicted, count: 0, examples: [] };
    pair.count += 1;
    if (p.text !== undefined && pair.examples.length < 3) pair.examples.push(p.text);
    confusions.set(key, pair);
  }
  return {
    total: predictions.length,
    correct,
    accuracy: ratio(correct, predictions.length),
    perIntent: labels.map((label) => labelMetrics(predictions, label)),
    confusedPairs: [...confusions.values()]
      .sort((a, b) => b.count - a.count || a.expected.localeCompare(b.expected))
      .slice(0, pairs),
  };
}
