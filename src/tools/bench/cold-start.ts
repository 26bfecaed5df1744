/**
 * (c) Cold start to first answer, two ways: the installed command (`relief-bot ask "..."`, wall time
 * from spawn to exit, the median of a few runs), and a fresh process timing each phase of building
 * the bot and its first turn (cold-start-child.ts).
 *
 * @example
 * const cold = await measureColdStart({ runs: 3 });
 * cold.askMedianMs // 900
 */
import { z } from 'zod';
import { runChildJson, runProcess } from './child-json.js';
import { round } from './latency-stats.js';
import { BIN } from './serve-child.js';

const childSchema = z.object({
  processStartToScriptMs: z.number(),
  processStartToFirstAnswerMs: z.number(),
  phases: z.record(z.string(), z.number()),
  cpuMs: z.number(),
  answered: z.boolean(),
});

export interface ColdStart {
  /** `node bin/relief-bot.js ask "<question>"`: each run's wall time, spawn to exit. */
  askRunsMs: number[];
  askMedianMs: number;
  /** In a fresh process: from process start to the first reply. */
  firstAnswerMs: number;
  /** CPU time (user + system) that process spent up to its second turn. */
  cpuMs: number;
  /** Where the time goes, phase by phase (ms). */
  phases: Record<string, number>;
}

export const COLD_START_QUESTION = '区属国企的门面，月租2万';

/** Measures both; bounded by `runs` and a time limit per process. */
export async function measureColdStart(options: { runs: number }): Promise<ColdStart> {
  const askRunsMs: number[] = [];
  for (let i = 0; i < options.runs; i += 1) {
    const { wallMs } = await runProcess([BIN, 'ask', COLD_START_QUESTION], 60_000);
    askRunsMs.push(round(wallMs, 1));
  }
  const { value } = await runChildJson('cold-start-child.js', [], childSchema, { timeoutMs: 60_000 });
  if (!value.answered) throw new Error('the cold-start process did not get an answer to its first question');
  const sorted = [...askRunsMs].sort((a, b) => a - b);
  return {
    askRunsMs,
    askMedianMs: sorted[Math.floor(sorted.length / 2)] ?? 0,
    firstAnswerMs: round(value.processStartToFirstAnswerMs, 1),
    cpuMs: round(value.cpuMs, 1),
    phases: Object.fromEntries(Object.entries({ 'node start-up to script': value.processStartToScriptMs, ...value.phases }).map(([k, v]) => [k, round(v, 1)])),
  };
}
