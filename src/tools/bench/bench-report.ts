/**
 * The benchmark's figures as one object (reports/bench.json), the targets of issue 6 checked against
 * them (reported, not asserted), and the same as text for the terminal and Markdown for reports/bench.md.
 *
 * @example
 * const report = buildReport(figures);
 * process.stdout.write(renderBenchText(report));
 */
import type { ColdStart } from './cold-start.js';
import type { HttpLoadSummary } from './http-load.js';
import { round } from './latency-stats.js';
import type { Machine } from './machine.js';
import type { StockBenchResult, StockNodeNlp } from './node-nlp-baseline.js';
import type { PipelineBench } from './pipeline-bench.js';
import type { SessionMemory } from './session-memory.js';

export interface BenchFigures {
  machine: Machine;
  startedAt: string;
  seconds: number;
  pipeline: PipelineBench;
  nodeNlp: StockBenchResult & Pick<StockNodeNlp, 'requireMs' | 'trainMs' | 'utterances'>;
  http: { apiChat: HttpLoadSummary; wecom: HttpLoadSummary };
  coldStart: ColdStart;
  memory: SessionMemory[];
}

export interface TargetCheck {
  name: string;
  target: string;
  measured: string;
  met: boolean;
}

export interface BenchReport extends BenchFigures {
  /** Our turns per second ÷ stock node-nlp's messages per second. */
  speedupOverNodeNlp: number;
  targets: TargetCheck[];
}

/** Adds the ratio and the target checks. */
export function buildReport(figures: BenchFigures): BenchReport {
  const speedup = figures.nodeNlp.perSecond > 0 ? round(figures.pipeline.perSecond / figures.nodeNlp.perSecond, 1) : 0;
  const api = figures.http.apiChat;
  const largest = [...figures.memory].sort((a, b) => b.sessions - a.sessions)[0];
  const targets: TargetCheck[] = [
    { name: 'in-process p99', target: '≤ 2 ms', measured: `${figures.pipeline.p99Ms} ms (CPU ${figures.pipeline.cpuP99Ms} ms)`, met: figures.pipeline.p99Ms <= 2 },
    { name: 'in-process vs stock node-nlp', target: '≥ 10×', measured: `${speedup}×`, met: speedup >= 10 },
    { name: '/api/chat throughput', target: '≥ 2,000 req/s', measured: `${fmt(api.requestsPerSecond)} req/s`, met: api.requestsPerSecond >= 2000 },
    { name: '/api/chat p99', target: '≤ 50 ms', measured: `${api.p99Ms} ms`, met: api.p99Ms <= 50 },
    { name: 'cold start to first answer (ask)', target: '≤ 1 s', measured: `${fmt(figures.coldStart.askMedianMs)} ms`, met: figures.coldStart.askMedianMs <= 1000 },
  ];
  if (largest) {
    targets.push({
      name: `resident memory, ${fmt(largest.sessions)} idle sessions`,
      target: '≤ 200 MB',
      measured: `${largest.rssMb} MB`,
      met: largest.rssMb <= 200,
    });
  }
  return { ...figures, speedupOverNodeNlp: speedup, targets };
}

function fmt(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}

function machineLine(m: Machine): string {
  const load = m.loadAverage.end === null ? `${m.loadAverage.start}` : `${m.loadAverage.start} → ${m.loadAverage.end}`;
  return `${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB, node ${m.node}, ${m.os}; load average ${load}`;
}

/** The rows of the side-by-side tables, shared by the text and Markdown renderings. */
function sections(r: BenchReport): Array<{ title: string; head: string[]; rows: string[][] }> {
  const p = r.pipeline;
  const n = r.nodeNlp;
  return [
    {
      title: '(a) in-process, one turn at a time, fixed mix of questions and follow-up answers',
      head: ['', 'turns/s', 'mean ms', 'p50 ms', 'p99 ms', 'measured'],
      rows: [
        ['relief-bot handleTurn', fmt(p.perSecond), String(p.meanMs), String(p.p50Ms), String(p.p99Ms), `${fmt(p.count)} turns`],
        ['stock node-nlp NlpManager.process', fmt(n.perSecond), String(n.meanMs), String(n.p50Ms), String(n.p99Ms), `${fmt(n.count)} messages`],
        ['ratio', `${r.speedupOverNodeNlp}×`, '', '', '', ''],
        ['relief-bot handleTurn, CPU time', '', '', String(p.cpuP50Ms), String(p.cpuP99Ms), 'process.cpuUsage per turn'],
      ],
    },
    {
      title: '(b) HTTP on loopback, server in a child process, autocannon',
      head: ['endpoint', 'connections', 'req/s', 'p50 ms', 'p99 ms', 'non-2xx / errors / timeouts'],
      rows: [
        ['POST /api/chat', String(r.http.apiChat.connections), fmt(r.http.apiChat.requestsPerSecond), String(r.http.apiChat.p50Ms), String(r.http.apiChat.p99Ms), `${r.http.apiChat.non2xx} / ${r.http.apiChat.errors} / ${r.http.apiChat.timeouts}`],
        ['POST /wecom/callback (encrypted)', String(r.http.wecom.connections), fmt(r.http.wecom.requestsPerSecond), String(r.http.wecom.p50Ms), String(r.http.wecom.p99Ms), `${r.http.wecom.non2xx} / ${r.http.wecom.errors} / ${r.http.wecom.timeouts}`],
      ],
    },
    {
      title: '(c) cold start to first answer',
      head: ['measure', 'ms'],
      rows: [
        [`relief-bot ask (median of ${r.coldStart.askRunsMs.length}: ${r.coldStart.askRunsMs.join(', ')})`, fmt(r.coldStart.askMedianMs)],
        ['fresh process: start → first reply', fmt(r.coldStart.firstAnswerMs)],
        ['fresh process: CPU time (user + system)', fmt(r.coldStart.cpuMs)],
        ...Object.entries(r.coldStart.phases).map(([phase, ms]) => [`  ${phase}`, String(ms)]),
      ],
    },
    {
      title: '(d) resident memory with idle sessions (in-memory store, after gc)',
      head: ['sessions', 'RSS MB', 'RSS before MB', 'heap MB', 'heap bytes/session', 'created in s'],
      rows: r.memory.map((m) => [fmt(m.sessions), String(m.rssMb), String(m.baselineRssMb), String(m.heapUsedMb), fmt(m.bytesPerSession), String(m.createSeconds)]),
    },
    {
      title: 'targets (issue 6; reported, not asserted)',
      head: ['target', 'wanted', 'measured', ''],
      rows: r.targets.map((t) => [t.name, t.target, t.measured, t.met ? 'met' : 'MISSED']),
    },
  ];
}

/** Aligned columns for the terminal. */
export function renderBenchText(r: BenchReport): string {
  const out = [`relief-bot bench, ${r.startedAt}`, `machine: ${machineLine(r.machine)}`, ''];
  for (const section of sections(r)) {
    out.push(section.title);
    const table = [section.head, ...section.rows];
    const widths = section.head.map((_, i) => Math.max(...table.map((row) => [...(row[i] ?? '')].length)));
    for (const row of table) out.push(`  ${row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ').trimEnd()}`);
    out.push('');
  }
  out.push(`stock node-nlp: require ${fmt(r.nodeNlp.requireMs)} ms, training on ${fmt(r.nodeNlp.utterances)} utterances ${fmt(r.nodeNlp.trainMs)} ms, builtin NER found ${r.nodeNlp.entitiesPerPass} entities per pass`);
  return `${out.join('\n')}\n`;
}

/** The same as a Markdown document. */
export function renderBenchMarkdown(r: BenchReport): string {
  const out = ['# relief-bot bench', '', `Run ${r.startedAt} with \`npm run bench\`.`, '', `Machine: ${machineLine(r.machine)}.`, ''];
  for (const section of sections(r)) {
    out.push(`## ${section.title}`, '', `| ${section.head.join(' | ')} |`, `|${section.head.map(() => ' --- ').join('|')}|`);
    for (const row of section.rows) out.push(`| ${row.map((cell) => cell.replace(/\|/g, '\\|')).join(' | ')} |`);
    out.push('');
  }
  out.push(
    `Stock node-nlp: \`require('node-nlp')\` ${fmt(r.nodeNlp.requireMs)} ms; training on ${fmt(r.nodeNlp.utterances)} utterances ${fmt(r.nodeNlp.trainMs)} ms; its builtin NER found ${r.nodeNlp.entitiesPerPass} entities per pass over the mix.`,
    '',
  );
  return out.join('\n');
}
