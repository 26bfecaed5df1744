/**
 * The baseline for (a): stock node-nlp, as a project would use it out of the box: `NlpManager` for zh
 * and en, trained on the same intents/*.yaml utterances, with its NER on (forceNER: the builtin Microsoft
 * recognizers for numbers, money, dates...) running on every message.
 *
 * This is the one file besides src/nlu/classifier.ts that loads node-nlp: the baseline is by
 * definition the whole stock package, loaded through its main entry, which the bot never does.
 *
 * @example
 * const stock = await trainStockNodeNlp(toUtterances(loadIntents()));
 * const summary = await benchStockNodeNlp(stock, BENCH_TEXTS, { durationMs: 5_000 });
 */
import { createRequire } from 'node:module';
import type { Utterance } from '../../nlu/intents.js';
import type { LatencySummary } from './latency-stats.js';
import { timedRounds, type TimedLoopOptions } from './pipeline-bench.js';

/** The part of node-nlp's NlpManager used here (node-nlp is CommonJS and untyped). */
interface NlpManager {
  addDocument(locale: string, utterance: string, intent: string): void;
  train(): Promise<unknown>;
  process(utterance: string): Promise<{ intent?: unknown; entities?: unknown }>;
}

type NlpManagerClass = new (settings: Record<string, unknown>) => NlpManager;

export interface StockNodeNlp {
  manager: NlpManager;
  /** `require('node-nlp')`: every language, the builtin recognizers, xlsx... */
  requireMs: number;
  trainMs: number;
  utterances: number;
}

function loadNlpManager(): NlpManagerClass {
  const loaded: unknown = createRequire(import.meta.url)('node-nlp');
  const NlpManager = (loaded as { NlpManager?: unknown }).NlpManager;
  if (typeof NlpManager !== 'function') throw new Error('node-nlp does not export NlpManager');
  return NlpManager as NlpManagerClass;
}

/** Loads node-nlp and trains an NlpManager (zh + en, default settings, logging off) on the utterances. */
export async function trainStockNodeNlp(utterances: readonly Utterance[]): Promise<StockNodeNlp> {
  const t0 = performance.now();
  const NlpManager = loadNlpManager();
  const requireMs = performance.now() - t0;
  // forceNER: run the builtin recognizers on every message even though no custom entity is defined;
  // without it NlpManager skips NER entirely and the baseline would not be the stock pipeline.
  const manager = new NlpManager({ languages: ['zh', 'en'], autoSave: false, forceNER: true, nlu: { log: false } });
  for (const utterance of utterances) manager.addDocument(utterance.lang, utterance.text, utterance.intent);
  const t1 = performance.now();
  await manager.train();
  return { manager, requireMs, trainMs: performance.now() - t1, utterances: utterances.length };
}

export interface StockBenchResult extends LatencySummary {
  /** Entities the builtin NER found over one pass of the texts: shows it was really on. */
  entitiesPerPass: number;
}

/** Messages per second and latency of `manager.process` on the texts, one at a time. */
export async function benchStockNodeNlp(stock: StockNodeNlp, texts: readonly string[], options: TimedLoopOptions): Promise<StockBenchResult> {
  let entitiesPerPass = 0;
  for (const text of texts) {
    const result = await stock.manager.process(text);
    if (Array.isArray(result.entities)) entitiesPerPass += result.entities.length;
  }
  const summary = await timedRounds(options, async () => {
    const latencies: number[] = [];
    for (const text of texts) {
      const t0 = performance.now();
      await stock.manager.process(text);
      latencies.push(performance.now() - t0);
    }
    return latencies;
  });
  return { ...summary, entitiesPerPass };
}
