/**
 * The machine a benchmark ran on, printed with the figures (they mean little without it), including
 * the load average: on a shared machine other work inflates every wall-clock figure.
 *
 * @example
 * describeMachine() // { cpu: 'AMD EPYC', cores: 2, memoryGb: 23.5, node: 'v20.20.2', ... }
 */
import { cpus, loadavg, platform, release, totalmem } from 'node:os';
import { round } from './latency-stats.js';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGb: number;
  node: string;
  os: string;
  /** 1-minute load average when the run started and ended. */
  loadAverage: { start: number; end: number | null };
}

export function describeMachine(): Machine {
  const cores = cpus();
  return {
    cpu: cores[0]?.model.trim() ?? 'unknown',
    cores: cores.length,
    memoryGb: round(totalmem() / 1024 ** 3, 1),
    node: process.version,
    os: `${platform()} ${release()}`,
    loadAverage: { start: round(loadavg()[0] ?? 0, 2), end: null },
  };
}

/** The current 1-minute load average. */
export function currentLoad(): number {
  return round(loadavg()[0] ?? 0, 2);
}
