/**
 * Starts `relief-bot serve` in a child process on a free loopback port, as it is deployed, so a load
 * generator in this process does not share the server's core.
 *
 * @example
 * const server = await startServeChild({ WECOM_TOKEN: '...' });
 * await fetch(`${server.url}/healthz`);
 * await server.stop();
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** The installed command. */
export const BIN = fileURLToPath(new URL('../../../bin/relief-bot.js', import.meta.url));

export interface ServeChild {
  url: string;
  pid: number;
  /** SIGTERM (graceful stop), SIGKILL after 10 s; resolves when it has exited. */
  stop(): Promise<void>;
}

/** Spawns the server with `env` on top of PORT=0, HOST=127.0.0.1, LOG_LEVEL=silent; resolves once it listens. */
export function startServeChild(env: Record<string, string> = {}, timeoutMs = 60_000): Promise<ServeChild> {
  const child = spawn(process.execPath, [BIN, 'serve'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(killer);
  };
  return new Promise((resolve, reject) => {
    let stderr = '';
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`relief-bot serve did not start within ${timeoutMs} ms: ${stderr}`));
    }, timeoutMs);
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
      const url = /listening on (http:\/\/\S+?)[\s(]/.exec(stderr)?.[1];
      if (url !== undefined) {
        clearTimeout(timer);
        resolve({ url, pid: child.pid ?? 0, stop });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`relief-bot serve exited with ${String(code)} before listening: ${stderr}`));
    });
  });
}
