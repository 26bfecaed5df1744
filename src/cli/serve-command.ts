/**
 * `relief-bot serve [--port N] [--host H]` (= `npm start`): the HTTP API, the operator console, the
 * WeCom callbacks and the Telegram bot, as configured by environment variables (see .env.example).
 * Structured logs (pino, one JSON object per line) go to stdout; the one human line saying where it
 * listens goes to stderr, so stdout stays machine-readable. SIGTERM or SIGINT stops it gracefully
 * (turns in flight finish) and it exits 0; a second signal exits at once.
 *
 * @example
 *   PORT=9000 relief-bot serve          # http://127.0.0.1:9000
 *   relief-bot serve --host 0.0.0.0     # reachable from other machines
 */
import { pino } from 'pino';
import { ConfigError, loadConfig } from '../app/config.js';
import { startServer } from '../app/server.js';
import { parseArgs } from './args.js';
import { UsageError, type CliIo } from './cli-io.js';

const help = `usage: relief-bot serve [--port N] [--host H]

Serves the HTTP API (POST /api/chat, GET /api/measures), the operator console at /, GET /healthz,
the WeCom callbacks and the Telegram bot when configured. Configuration comes from environment
variables (see .env.example); --port and --host override PORT and HOST.
`;

/** After a clean stop, anything still holding the event loop open (a stuck socket) gets this long. */
const EXIT_GRACE_MS = 2_000;

/**
 * Starts the server and keeps it running until `untilStopped` resolves, then stops it; returns the exit
 * code. `run` passes the process signals; tests pass their own promise.
 */
export async function serve(args: string[], io: CliIo, untilStopped: () => Promise<string>): Promise<number> {
  const parsed = parseArgs(args, { usage: help, options: ['port', 'host'] });
  const port = parsed.options.get('port');
  const host = parsed.options.get('host');
  let config;
  try {
    config = loadConfig({ ...io.env, ...(port !== undefined ? { PORT: port } : {}), ...(host !== undefined ? { HOST: host } : {}) });
  } catch (error) {
    if (error instanceof ConfigError) throw new UsageError(`${error.message}\n(see .env.example; --port and --host override PORT and HOST)`);
    throw error;
  }
  const logger = pino({ level: config.logLevel, timestamp: pino.stdTimeFunctions.isoTime }, io.stdout as { write(text: string): void });
  const running = await startServer(config, logger).catch((error: unknown) => {
    throw listenProblem(error, config.host, config.port) ?? error;
  });
  io.stderr.write(`relief-bot listening on ${running.url} (${running.channels.join(', ')}); console at ${running.url}/\n`);
  const reason = await untilStopped();
  logger.info({ event: 'signal', signal: reason }, 'shutting down');
  await running.shutdown();
  return 0;
}

/** A port in use or not allowed is the operator's to fix: one line, no stack trace. */
function listenProblem(error: unknown, host: string, port: number): UsageError | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'EADDRINUSE') return new UsageError(`${host}:${port} is already in use; choose another port with PORT or --port`);
  if (code === 'EACCES') return new UsageError(`not allowed to listen on ${host}:${port}; ports below 1024 need privileges, use e.g. --port 8080`);
  if (code === 'EADDRNOTAVAIL') return new UsageError(`${host} is not an address of this machine; set HOST or --host (e.g. 127.0.0.1 or 0.0.0.0)`);
  return null;
}

/** Resolves with the first SIGTERM or SIGINT; a second one exits at once (an operator pressing Ctrl+C twice). */
function firstSignal(): Promise<string> {
  return new Promise((resolve) => {
    const onSignal = (signal: NodeJS.Signals): void => {
      process.off('SIGTERM', onSignal);
      process.off('SIGINT', onSignal);
      process.once('SIGTERM', () => process.exit(1));
      process.once('SIGINT', () => process.exit(1));
      resolve(signal);
    };
    process.on('SIGTERM', onSignal);
    process.on('SIGINT', onSignal);
  });
}

/** Runs `serve` until SIGTERM or SIGINT; returns the exit code. */
export async function run(args: string[], io: CliIo): Promise<number> {
  const code = await serve(args, io, firstSignal);
  // Everything was closed; if some handle still keeps the process alive, do not hang a deploy on it.
  setTimeout(() => process.exit(code), EXIT_GRACE_MS).unref();
  return code;
}
