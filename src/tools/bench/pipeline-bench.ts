/**
 * (a) Our pipeline in-process: handleTurn on the fixed mix, one turn at a time, each conversation from
 * a fresh user, so every turn pays for the session read/write, the lock, understanding, the dialog step
 * and rendering, as a real turn does.
 *
 * @example
 * const summary = await benchPipeline(await createBot(), { durationMs: 5_000 });
 * summary.p99Ms // 0.6
 */
import type { Bot } from '../../bot/bot.js';
import { BENCH_CONVERSATIONS } from './bench-mix.js';
import { summarize, type LatencySummary } from './latency-stats.js';

export interface TimedLoopOptions {
  /** Measuring stops after this much wall time (checked between conversations). */
  durationMs: number;
  /** Rounds of the whole mix run first and not counted, so the JIT has compiled the hot paths. */
  warmupRounds?: number;
  /** A hard cap on measured operations, so the loop is bounded whatever the clock does. */
  maxOperations?: number;
}

/** Runs `round(r)` (one pass over the mix, returning its latencies) until the time or the cap is reached. */
export async function timedRounds(options: TimedLoopOptions, round: (r: number) => Promise<number[]>): Promise<LatencySummary> {
  const warmup = options.warmupRounds ?? 3;
  const cap = options.maxOperations ?? 1_000_000;
  for (let r = 0; r < warmup; r += 1) await round(-1 - r);
  const samples: number[] = [];
  const started = performance.now();
  for (let r = 0; performance.now() - started < options.durationMs && samples.length < cap; r += 1) {
    samples.push(...(await round(r)));
  }
  return summarize(samples, performance.now() - started);
}

export interface PipelineBench extends LatencySummary {
  /**
   * The same turns in CPU time (process.cpuUsage, all threads): what the turn itself costs. On a
   * shared machine wall-clock tails also hold the time the OS gave other processes mid-turn.
   */
  cpuP50Ms: number;
  cpuP99Ms: number;
}

/** Turns per second and latency of `bot.handleTurn` on the mix, in wall-clock and CPU time. */
export async function benchPipeline(bot: Bot, options: TimedLoopOptions): Promise<PipelineBench> {
  const cpuMs: number[] = [];
  const wall = await timedRounds(options, async (r) => {
    const latencies: number[] = [];
    for (const [c, conversation] of BENCH_CONVERSATIONS.entries()) {
      const userId = `bench-${r}-${c}`;
      for (const text of conversation) {
        const cpu0 = process.cpuUsage();
        const t0 = performance.now();
        await bot.handleTurn({ channel: 'api', userId, text });
        latencies.push(performance.now() - t0);
        const cpu = process.cpuUsage(cpu0);
        if (r >= 0) cpuMs.push((cpu.user + cpu.system) / 1000);
      }
    }
    return latencies;
  });
  const cpu = summarize(cpuMs, 0);
  return { ...wall, cpuP50Ms: cpu.p50Ms, cpuP99Ms: cpu.p99Ms };
}
