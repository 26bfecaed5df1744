/**
 * (d) Resident memory with many idle sessions (the default in-memory store): a fresh process per
 * count, so one measurement does not inherit the other's heap.
 *
 * @example
 * const rows = await measureSessionMemory([10_000, 100_000]);
 * rows[1].rssMb // 150
 */
import { z } from 'zod';
import { runChildJson } from './child-json.js';
import { round } from './latency-stats.js';

const usage = z.object({ rss: z.number(), heapUsed: z.number() });
const childSchema = z.object({ count: z.number(), createMs: z.number(), kept: z.boolean(), before: usage, after: usage });

export interface SessionMemory {
  sessions: number;
  /** Resident set size after gc, with the sessions. */
  rssMb: number;
  /** The same process before it created them (the bot, the model, the notice). */
  baselineRssMb: number;
  /** JS heap in use after gc, and what each session adds to it. */
  heapUsedMb: number;
  bytesPerSession: number;
  /** How long creating them took (turns through handleTurn). */
  createSeconds: number;
}

const MB = 1024 * 1024;

/** One child process per count, run one after the other. */
export async function measureSessionMemory(counts: readonly number[]): Promise<SessionMemory[]> {
  const rows: SessionMemory[] = [];
  for (const count of counts) {
    const { value } = await runChildJson('session-memory-child.js', [String(count)], childSchema, { nodeArgs: ['--expose-gc'], timeoutMs: 180_000 });
    if (!value.kept) throw new Error(`the memory measurement with ${count} sessions lost its sessions before measuring`);
    rows.push({
      sessions: count,
      rssMb: round(value.after.rss / MB, 1),
      baselineRssMb: round(value.before.rss / MB, 1),
      heapUsedMb: round(value.after.heapUsed / MB, 1),
      bytesPerSession: count > 0 ? Math.round((value.after.heapUsed - value.before.heapUsed) / count) : 0,
      createSeconds: round(value.createMs / 1000, 1),
    });
  }
  return rows;
}
