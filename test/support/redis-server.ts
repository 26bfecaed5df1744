// A real redis-server for the tests that need one: started on a free loopback port in a temp dir,
// with persistence off, and stopped (or restarted on the same port) on demand.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Redis } from 'ioredis';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { describeWithPeer } from './peers.js';
import { connectRedis, type RedisConnectionOptions } from '../../src/infra/redis-connection.js';

export interface RedisServer {
  /** redis://127.0.0.1:<port> */
  url: string;
  port: number;
  /** Stops the server (SIGTERM, waits for exit) and removes its temp dir. Idempotent. */
  stop(): Promise<void>;
  /** Stops it if running, then starts it again on the same port (empty unless started `persistent`). */
  restart(): Promise<void>;
  /** Stops the process (SIGTERM, waits for exit) but keeps its data dir, so the test can act while Redis is down. */
  halt(): Promise<void>;
  /** Starts it again on the same port after `halt()` or `crash()`. */
  start(): Promise<void>;
  /** Freezes the process (SIGSTOP): connections stay open but nothing is answered, like a hung host. */
  pause(): void;
  /** Unfreezes it (SIGCONT). */
  resume(): void;
  /** Kills it at once (SIGKILL), as a crash would: connections drop with commands unanswered. */
  crash(): Promise<void>;
}

/** `describe` for tests that need a real Redis: skipped or failed when it is missing, as test/support/peers.ts decides. */
export function describeWithRedis(name: string, body: () => void): void {
  describeWithPeer('redis-server', name, body);
}

/**
 * Inside {@link describeWithRedis}: one redis-server for the block, emptied before each test, and a
 * `connect()` that opens a client (one per simulated bot instance) closed after the block.
 */
export function useRedisServer(): { server(): RedisServer; connect(options?: RedisConnectionOptions): Promise<Redis> } {
  let server: RedisServer | undefined;
  const clients: Redis[] = [];
  const current = (): RedisServer => {
    if (server === undefined) throw new Error('the redis-server has not started');
    return server;
  };
  async function connect(options?: RedisConnectionOptions): Promise<Redis> {
    const client = await connectRedis(current().url, options);
    clients.push(client);
    return client;
  }
  let admin: Redis | undefined;
  beforeAll(async () => {
    server = await startRedisServer();
    admin = await connect();
  });
  beforeEach(async () => {
    if (admin === undefined) return;
    // A test that restarted the server leaves this client reconnecting by itself.
    await whenReady(admin);
    await admin.flushall();
  });
  afterAll(async () => {
    for (const client of clients) client.disconnect();
    await server?.stop();
  });
  return { server: current, connect };
}

/** Resolves once the client is connected and ready (after a restart it reconnects by itself). */
export function whenReady(client: Redis, timeoutMs = 10_000): Promise<void> {
  if (client.status === 'ready') return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the Redis client was not ready within ${timeoutMs} ms`)), timeoutMs);
    client.once('ready', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

export interface RedisServerOptions {
  /**
   * Keep the data across `restart()` (append-only file, fsync on every write), as a production Redis
   * would: for tests where a conversation must continue after Redis comes back. Off by default.
   */
  persistent?: boolean;
}

/** Starts a redis-server on a free loopback port; call `stop()` in afterAll. */
export async function startRedisServer(options: RedisServerOptions = {}): Promise<RedisServer> {
  const dir = mkdtempSync(join(tmpdir(), 'relief-redis-'));
  const port = await freePort();
  let child: ChildProcess | undefined;

  async function start(): Promise<void> {
    mkdirSync(dir, { recursive: true });
    const proc = spawn(
      'redis-server',
      [
        '--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--loglevel', 'warning',
        ...(options.persistent ? ['--appendonly', 'yes', '--appendfsync', 'always'] : ['--appendonly', 'no']),
      ],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    child = proc;
    let stderr = '';
    proc.stderr?.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const deadline = Date.now() + 10_000;
    while (!(await answersPing(port))) {
      if (proc.exitCode !== null) throw new Error(`redis-server exited with ${proc.exitCode}: ${stderr}`);
      if (Date.now() > deadline) throw new Error(`redis-server did not answer on port ${port} within 10 s: ${stderr}`);
      await sleep(20);
    }
  }

  /** Ends the process; its data dir stays (a persistent server reloads it on the next start). */
  async function halt(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    const proc = child;
    child = undefined;
    if (proc !== undefined && proc.exitCode === null && proc.signalCode === null) {
      const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
      proc.kill(signal);
      // A frozen process cannot act on SIGTERM until it runs again.
      if (signal !== 'SIGKILL') proc.kill('SIGCONT');
      await exited;
    }
  }

  async function stop(): Promise<void> {
    await halt();
    rmSync(dir, { recursive: true, force: true });
  }

  function signal(name: NodeJS.Signals): void {
    if (child === undefined) throw new Error('redis-server is not running');
    child.kill(name);
  }

  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    stop: () => stop(),
    async restart() {
      await halt();
      await start();
    },
    pause: () => signal('SIGSTOP'),
    resume: () => signal('SIGCONT'),
    crash: () => halt('SIGKILL'),
    halt: () => halt(),
    start,
  };
}

/** A port the OS just handed out on loopback (closed again before redis-server takes it). */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port from the OS');
  return address.port;
}

/** One raw PING over TCP: true once the server is accepting commands. */
function answersPing(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    const done = (ok: boolean): void => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(500, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data: Buffer) => done(data.toString().startsWith('+PONG')));
  });
}
