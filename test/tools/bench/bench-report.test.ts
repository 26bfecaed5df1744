import { describe, expect, it } from 'vitest';
import { buildReport, renderBenchMarkdown, renderBenchText, type BenchFigures } from '../../../src/tools/bench/bench-report.js';

const latency = { count: 1000, perSecond: 5000, meanMs: 0.2, p50Ms: 0.15, p99Ms: 0.9, cpuP50Ms: 0.14, cpuP99Ms: 0.8 };
const load = { connections: 50, seconds: 8, requests: 20000, requestsPerSecond: 2500, p50Ms: 18, p99Ms: 40, non2xx: 0, errors: 0, timeouts: 0 };
const figures: BenchFigures = {
  machine: { cpu: 'Test CPU', cores: 2, memoryGb: 4, node: 'v20.0.0', os: 'linux', loadAverage: { start: 0.5, end: 0.7 } },
  startedAt: '2020-02-20T00:00:00.000Z',
  seconds: 8,
  pipeline: latency,
  nodeNlp: { ...latency, perSecond: 250, p99Ms: 40, entitiesPerPass: 12, requireMs: 1200, trainMs: 9000, utterances: 2000 },
  http: { apiChat: load, wecom: { ...load, requestsPerSecond: 900 } },
  coldStart: { askRunsMs: [900, 950, 1200], askMedianMs: 950, firstAnswerMs: 700, cpuMs: 500, phases: { 'first turn': 150 } },
  memory: [
    { sessions: 10_000, rssMb: 110, baselineRssMb: 95, heapUsedMb: 20, bytesPerSession: 1000, createSeconds: 1 },
    { sessions: 100_000, rssMb: 240, baselineRssMb: 95, heapUsedMb: 150, bytesPerSession: 1400, createSeconds: 10 },
  ],
};

describe('bench report', () => {
  const report = buildReport(figures);

  it('gives the ratio to stock node-nlp and checks each target of the issue against the figures', () => {
    expect(report.speedupOverNodeNlp).toBe(20);
    const met = Object.fromEntries(report.targets.map((t) => [t.name, t.met]));
    expect(met).toEqual({
      'in-process p99': true,
      'in-process vs stock node-nlp': true,
      '/api/chat throughput': true,
      '/api/chat p99': true,
      'cold start to first answer (ask)': true,
      'resident memory, 100,000 idle sessions': false,
    });
  });

  it('prints the machine and both pipelines side by side, and marks a missed target', () => {
    const text = renderBenchText(report);
    expect(text).toContain('Test CPU, 2 cores, 4 GB, node v20.0.0');
    expect(text).toMatch(/relief-bot handleTurn\s+5,000/);
    expect(text).toMatch(/stock node-nlp NlpManager.process\s+250/);
    expect(text).toMatch(/resident memory, 100,000 idle sessions\s+≤ 200 MB\s+240 MB\s+MISSED/);
    expect(renderBenchMarkdown(report)).toContain('| POST /api/chat | 50 | 2,500 | 18 | 40 | 0 / 0 / 0 |');
  });
});
