/**
 * `relief-bot bench` (`npm run bench`): every figure of issue 6 §5 in one run, printed side by side and
 * written to reports/bench.json and reports/bench.md — (a) our pipeline in-process against stock
 * node-nlp on the same messages, (b) POST /api/chat and the WeCom callback under load on loopback,
 * (c) cold start, (d) memory with idle sessions. Loopback only; every loop is bounded; it stops by
 * itself (about two to three minutes).
 *
 * @example
 *   relief-bot bench                          # the full run
 *   relief-bot bench --seconds 2 --sessions 1000 --out /tmp/bench
 */
import type { AutocannonRequest } from 'autocannon';
import { createBot } from '../bot/bot.js';
import { BENCH_CONVERSATIONS, BENCH_TEXTS } from '../tools/bench/bench-mix.js';
import { buildReport, renderBenchMarkdown, renderBenchText, type BenchFigures } from '../tools/bench/bench-report.js';
import { measureColdStart } from '../tools/bench/cold-start.js';
import { runHttpLoad, type HttpLoadSummary } from '../tools/bench/http-load.js';
import { currentLoad, describeMachine } from '../tools/bench/machine.js';
import { benchStockNodeNlp, trainStockNodeNlp } from '../tools/bench/node-nlp-baseline.js';
import { benchPipeline } from '../tools/bench/pipeline-bench.js';
import { startServeChild } from '../tools/bench/serve-child.js';
import { measureSessionMemory } from '../tools/bench/session-memory.js';
import { WECOM_SAMPLE_KEYS, wecomEnv, wecomTextRequest } from '../tools/bench/wecom-load-request.js';
import { loadIntents, toUtterances } from '../nlu/intents.js';
import { parseArgs } from './args.js';
import { UsageError, type CliCommand, type CliIo } from './cli-io.js';
import { reportsDir, writeReport } from './report-files.js';

interface BenchArgs {
  /** Measuring time of each timed part. */
  seconds: number;
  sessions: number[];
  out: string;
}

const usage = `usage: relief-bot bench [--seconds N] [--sessions 10000,100000] [--out DIR]

The speed and memory benchmark (in-process turns, HTTP load, cold start, idle sessions) → DIR/bench.md
(reports/ by default). --seconds: each timed part (1–60, default 8); --sessions: idle session counts.
`;

function benchArgs(args: string[]): BenchArgs {
  const parsed = parseArgs(args, { usage, options: ['seconds', 'sessions', 'out'] });
  const seconds = Number(parsed.options.get('seconds') ?? '8');
  if (!Number.isInteger(seconds) || seconds < 1 || seconds > 60) throw new UsageError('--seconds takes an integer from 1 to 60');
  const sessions = (parsed.options.get('sessions') ?? '10000,100000').split(',').map(Number);
  if (sessions.some((n) => !Number.isInteger(n) || n < 1 || n > 1_000_000)) throw new UsageError('--sessions takes counts from 1 to 1000000, e.g. 10000,100000');
  return { seconds, sessions, out: reportsDir(parsed.options.get('out')) };
}

/** The opening questions of the mix: what each fresh user sends over HTTP. */
const OPENINGS = BENCH_CONVERSATIONS.map((conversation) => conversation[0] ?? '你好');

/** (b): one server child with the WeCom callback configured, both endpoints loaded in turn. */
async function benchHttp(seconds: number, progress: (line: string) => void): Promise<BenchFigures['http']> {
  // Fresh timestamps on every request; the tolerance is still off so a slow machine cannot fail requests.
  // The load comes from one address, so the per-address API limit is off; no load balancer to wait for.
  const server = await startServeChild({
    ...wecomEnv(WECOM_SAMPLE_KEYS),
    WECOM_TIMESTAMP_TOLERANCE_SECONDS: '0',
    API_RATE_LIMIT_PER_MINUTE_PER_ADDRESS: '0',
    SHUTDOWN_GRACE_MS: '0',
  });
  try {
    const load = async (name: string, request: (i: number) => AutocannonRequest): Promise<HttpLoadSummary> => {
      await runHttpLoad({ url: server.url, connections: 50, seconds: 2, request }); // warm-up, not reported
      progress(`(b) ${name}: ${seconds} s at 50 connections`);
      return runHttpLoad({ url: server.url, connections: 50, seconds, request });
    };
    let user = 0;
    const apiChat = await load('POST /api/chat', () => {
      const i = user++;
      return {
        method: 'POST',
        path: '/api/chat',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ sessionId: `load-${i}`, text: OPENINGS[i % OPENINGS.length] }),
      };
    });
    const wecom = await load('POST /wecom/callback', () => {
      const i = user++;
      return wecomTextRequest(WECOM_SAMPLE_KEYS, `wx-load-${i}`, OPENINGS[i % OPENINGS.length] ?? '你好', 10_000_000 + i);
    });
    return { apiChat, wecom };
  } finally {
    await server.stop();
  }
}

async function runBench(options: BenchArgs, io: CliIo): Promise<BenchFigures> {
  const progress = (line: string): void => {
    io.stderr.write(`${line}\n`);
  };
  const machine = describeMachine();
  const startedAt = new Date().toISOString();
  const timed = { durationMs: options.seconds * 1000 };

  progress(`(a) our pipeline: ${options.seconds} s`);
  const pipeline = await benchPipeline(await createBot(), timed);
  progress('(a) stock node-nlp: loading and training');
  const stock = await trainStockNodeNlp(toUtterances(loadIntents()));
  progress(`(a) stock node-nlp: ${options.seconds} s`);
  const nodeNlp = { ...(await benchStockNodeNlp(stock, BENCH_TEXTS, timed)), requireMs: stock.requireMs, trainMs: stock.trainMs, utterances: stock.utterances };

  const http = await benchHttp(options.seconds, progress);
  progress('(c) cold start');
  const coldStart = await measureColdStart({ runs: 3 });
  progress(`(d) memory with ${options.sessions.join(', ')} idle sessions`);
  const memory = await measureSessionMemory(options.sessions);
  return { machine: { ...machine, loadAverage: { start: machine.loadAverage.start, end: currentLoad() } }, startedAt, seconds: options.seconds, pipeline, nodeNlp, http, coldStart, memory };
}

export const run: CliCommand = async (args, io) => {
  const options = benchArgs(args);
  const report = buildReport(await runBench(options, io));
  const written = writeReport(options.out, 'bench', report, renderBenchMarkdown(report));
  io.stdout.write(`${renderBenchText(report)}\n${written}\n`);
  return 0;
};
