import { describe, expect, it } from 'vitest';
import { serve } from '../../src/cli/serve-command.js';
import { UsageError } from '../../src/cli/cli-io.js';
import { captureIo, runCli } from '../support/cli-io.js';

/** A stop signal the test sends when it is done, standing in for SIGTERM. */
function stopSwitch(): { untilStopped: () => Promise<string>; send: (signal: string) => void } {
  let resolveStop: ((signal: string) => void) | undefined;
  const stopped = new Promise<string>((resolve) => {
    resolveStop = resolve;
  });
  return { untilStopped: () => stopped, send: (signal) => resolveStop?.(signal) };
}

describe('relief-bot serve', () => {
  it('with no configuration serves the API and console on 127.0.0.1, says where in one line, logs JSON, and exits 0 when stopped', async () => {
    const { io, out, err } = captureIo('', { LOG_LEVEL: 'info' });
    const stop = stopSwitch();
    const exited = serve(['--port', '0'], io, stop.untilStopped);
    await expect.poll(() => err(), { timeout: 15_000 }).toMatch(/listening/);
    const line = err();
    expect(line).toMatch(/^relief-bot listening on http:\/\/127\.0\.0\.1:\d+ \(api, console\); console at http:\/\/127\.0\.0\.1:\d+\/\n$/);
    const url = /http:\/\/127\.0\.0\.1:\d+/.exec(line)?.[0] ?? '';

    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    const page = await fetch(`${url}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('复制');

    stop.send('SIGTERM');
    expect(await exited).toBe(0);
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
    const logs = out().trim().split('\n').map((l) => JSON.parse(l) as { event?: string; signal?: string });
    expect(logs.map((l) => l.event)).toEqual(expect.arrayContaining(['listening', 'signal', 'stopped']));
    expect(logs.find((l) => l.event === 'signal')?.signal).toBe('SIGTERM');
  });

  it('--host and --port override HOST and PORT', async () => {
    const { io, err } = captureIo('', { HOST: '0.0.0.0', PORT: '1', LOG_LEVEL: 'silent' });
    const stop = stopSwitch();
    const exited = serve(['--host', '127.0.0.1', '--port', '0'], io, stop.untilStopped);
    await expect.poll(() => err(), { timeout: 15_000 }).toMatch(/listening on http:\/\/127\.0\.0\.1:\d+/);
    stop.send('SIGINT');
    expect(await exited).toBe(0);
  });

  it('a bad variable stops start-up with exit 2 and one message naming it', async () => {
    const result = await runCli(['serve', '--port', 'eighty']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('PORT: expected an integer from 0 to 65535, got "eighty"');
    expect(result.stdout).toBe('');
  });

  it('a port already in use stops start-up with one line saying so', async () => {
    const { createServer } = await import('node:net');
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = (taken.address() as { port: number }).port;
    try {
      const { io } = captureIo('', { LOG_LEVEL: 'silent' });
      await expect(serve(['--port', String(port)], io, () => Promise.resolve('never'))).rejects.toThrow(
        new UsageError(`127.0.0.1:${port} is already in use; choose another port with PORT or --port`),
      );
    } finally {
      taken.close();
    }
  });

  it('an unknown option is a usage error naming it', async () => {
    const { io } = captureIo();
    await expect(serve(['--prot', '80'], io, () => Promise.resolve('never'))).rejects.toThrow(UsageError);
    await expect(serve(['--prot', '80'], io, () => Promise.resolve('never'))).rejects.toThrow('--prot');
  });
});
