import { Agent, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { connect, type Socket } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { createHttpServer, jsonResponse, MAX_BODY_BYTES, type HttpServer, type HttpServerOptions } from '../../src/infra/http-server.js';
import type { Route } from '../../src/core/http-types.js';
import type { Logger } from '../../src/lib/logger.js';

interface Got {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** One request over node:http (so tests control keep-alive and see the raw response). */
function send(url: string, options: { method?: string; body?: string | Buffer; agent?: Agent; headers?: Record<string, string> } = {}): Promise<Got> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: options.method ?? 'GET', agent: options.agent, headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

function recordingLogger(): Logger & { lines: { level: string; object: object }[] } {
  const lines: { level: string; object: object }[] = [];
  const at = (level: string) => (object: object) => {
    lines.push({ level, object });
  };
  return { lines, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

/** A route whose handler waits until the test opens the gate, and says when it has started. */
function gatedRoute(): { route: Route; entered: Promise<void>; open: () => void } {
  let open = (): void => undefined;
  let entered = (): void => undefined;
  const gate = new Promise<void>((resolve) => {
    open = resolve;
  });
  const enteredPromise = new Promise<void>((resolve) => {
    entered = resolve;
  });
  const route: Route = {
    method: 'POST',
    path: '/slow',
    async handle() {
      entered();
      await gate;
      return jsonResponse(200, { done: true });
    },
  };
  return { route, entered: enteredPromise, open };
}

const echo: Route = {
  method: 'POST',
  path: '/echo/:name',
  handle: (request, params) =>
    Promise.resolve(jsonResponse(200, { name: params.name, bytes: request.body.length, q: request.query.get('q'), type: request.headers['content-type'] })),
};
const boom: Route = {
  method: 'GET',
  path: '/boom',
  handle: () => Promise.reject(new Error('secret internal detail at /srv/app/db.ts:42')),
};

let servers: HttpServer[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  servers = [];
});

async function start(routes: Route[], logger: Logger = recordingLogger(), extra: Partial<HttpServerOptions> = {}): Promise<{ http: HttpServer; url: string }> {
  const http = createHttpServer({ routes, logger, ...extra });
  servers.push(http);
  const { url } = await http.listen(0, '127.0.0.1');
  http.markReady();
  return { http, url };
}

describe('http server', () => {
  it('dispatches to the route, with path parameters, query and headers', async () => {
    const { url } = await start([echo]);
    const got = await send(`${url}/echo/caf%C3%A9?q=1`, { method: 'POST', body: 'hello', headers: { 'content-type': 'text/plain' } });
    expect(got.status).toBe(200);
    expect(JSON.parse(got.body)).toEqual({ name: 'café', bytes: 5, q: '1', type: 'text/plain' });
    expect(got.headers['x-content-type-options']).toBe('nosniff');
  });

  it('answers an unknown path with a JSON 404', async () => {
    const { url } = await start([echo]);
    const got = await send(`${url}/nope`);
    expect(got.status).toBe(404);
    expect(got.headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(got.body)).toEqual({ error: 'nothing at /nope' });
  });

  it('answers a known path with the wrong method with 405 and the allowed method', async () => {
    const { url } = await start([echo]);
    const got = await send(`${url}/echo/x`, { method: 'DELETE' });
    expect(got.status).toBe(405);
    expect(got.headers.allow).toBe('POST');
    expect(JSON.parse(got.body).error).toContain('use POST');
  });

  it(`refuses a body over ${MAX_BODY_BYTES} bytes with 413 and never calls the route`, async () => {
    let called = false;
    const { url } = await start([{ method: 'POST', path: '/in', handle: () => { called = true; return Promise.resolve(jsonResponse(200, {})); } }]);
    const got = await send(`${url}/in`, { method: 'POST', body: Buffer.alloc(MAX_BODY_BYTES + 1, 'a') });
    expect(got.status).toBe(413);
    expect(JSON.parse(got.body).error).toContain('over 65536 bytes');
    expect(called).toBe(false);
    // Exactly the limit is fine.
    const fits = await send(`${url}/in`, { method: 'POST', body: Buffer.alloc(MAX_BODY_BYTES, 'a') });
    expect(fits.status).toBe(200);
  });

  it('refuses a chunked body that grows past the limit', async () => {
    const { url } = await start([echo]);
    const got = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(`${url}/echo/x`, { method: 'POST', headers: { 'transfer-encoding': 'chunked' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      for (let i = 0; i < 10; i += 1) req.write(Buffer.alloc(10_000, 'b'));
      req.end();
    });
    expect(got).toBe(413);
  });

  it('answers a failing route with a JSON 500 that carries no stack trace or internal message; the log has it', async () => {
    const logger = recordingLogger();
    const { url } = await start([boom], logger);
    const got = await send(`${url}/boom`);
    expect(got.status).toBe(500);
    expect(JSON.parse(got.body)).toEqual({ error: 'internal error; please try again' });
    expect(got.body).not.toMatch(/secret|\.ts|at /);
    expect(JSON.stringify(logger.lines)).toContain('secret internal detail');
  });

  it('GET /healthz is 503 while starting and 200 once ready', async () => {
    const http = createHttpServer({ routes: [], logger: recordingLogger() });
    servers.push(http);
    const { url } = await http.listen(0, '127.0.0.1');
    const starting = await send(`${url}/healthz`);
    expect(starting.status).toBe(503);
    expect(JSON.parse(starting.body)).toEqual({ status: 'starting' });
    http.markReady();
    const ready = await send(`${url}/healthz`);
    expect(ready.status).toBe(200);
    expect(JSON.parse(ready.body)).toEqual({ status: 'ready' });
  });

  it('stop() lets a request in flight finish, refuses new connections, then resolves', async () => {
    const slow = gatedRoute();
    const { http, url } = await start([slow.route]);
    const inFlight = send(`${url}/slow`, { method: 'POST', body: '{}' });
    await slow.entered;
    let stopped = false;
    const stopping = http.stop().then(() => {
      stopped = true;
    });
    expect(http.state()).toBe('stopping');
    await expect(send(`${url}/healthz`)).rejects.toThrow(/ECONNREFUSED/);
    expect(stopped).toBe(false);
    slow.open();
    const got = await inFlight;
    expect(got.status).toBe(200);
    expect(JSON.parse(got.body)).toEqual({ done: true });
    expect(got.headers.connection).toBe('close');
    await stopping;
    expect(stopped).toBe(true);
  });

  it('stop() closes idle keep-alive connections instead of waiting for them to time out', async () => {
    const { http, url } = await start([echo]);
    const agent = new Agent({ keepAlive: true, keepAliveMsecs: 60_000 });
    const got = await send(`${url}/echo/a`, { method: 'POST', body: 'x', agent });
    expect(got.status).toBe(200);
    const sockets = Object.values(agent.freeSockets).flat();
    expect(sockets).toHaveLength(1);
    const closed = new Promise<void>((resolve) => sockets[0]?.once('close', () => resolve()));
    await http.stop();
    await closed;
    agent.destroy();
  });

  it('a second stop() is harmless', async () => {
    const { http } = await start([echo]);
    await Promise.all([http.stop(), http.stop()]);
    expect(http.state()).toBe('stopping');
  });
});

/** A raw TCP connection to the server; resolves with what the server sent and when it closed the connection. */
function rawConnection(url: string): { socket: Socket; closed: Promise<{ received: string; afterMs: number }> } {
  const { hostname, port } = new URL(url);
  const started = performance.now();
  const socket = connect(Number(port), hostname);
  let received = '';
  socket.on('data', (chunk: Buffer) => {
    received += chunk.toString('utf8');
  });
  const closed = new Promise<{ received: string; afterMs: number }>((resolve) => {
    socket.on('error', () => undefined);
    socket.once('close', () => resolve({ received, afterMs: performance.now() - started }));
  });
  return { socket, closed };
}

describe('http server limits, exactly as configured', () => {
  it.each([
    ['has not finished its headers at the header timeout (not 30 s later)', { headersTimeoutMs: 400, requestTimeoutMs: 5_000 }, 'POST /echo/x HTTP/1.1\r\nHost: x\r\n', 400],
    ['whose body never ends at the request timeout', { headersTimeoutMs: 300, requestTimeoutMs: 700 }, 'POST /echo/x HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nabc', 700],
  ])('cuts a client that %s', async (_name, limits, partial, cutMs) => {
    const { url } = await start([echo], recordingLogger(), { limits });
    const { socket, closed } = rawConnection(url);
    socket.write(partial);
    const { received, afterMs } = await closed;
    expect(received).toMatch(/^HTTP\/1\.1 408/);
    expect(afterMs).toBeGreaterThanOrEqual(cutMs - 50);
    expect(afterMs).toBeLessThan(cutMs + 900);
  });

  it('closes an idle keep-alive connection after the keep-alive timeout', async () => {
    const { url } = await start([echo], recordingLogger(), { limits: { keepAliveTimeoutMs: 1_500 } });
    const { socket, closed } = rawConnection(url);
    let answeredAt = 0;
    socket.once('data', () => {
      answeredAt = performance.now();
    });
    socket.write('GET /livez HTTP/1.1\r\nHost: x\r\nConnection: keep-alive\r\n\r\n');
    const { received } = await closed;
    const idleMs = performance.now() - answeredAt;
    expect(received).toMatch(/^HTTP\/1\.1 200/);
    expect(idleMs).toBeGreaterThanOrEqual(1_400);
    expect(idleMs).toBeLessThan(2_200);
  });

  it('refuses connections beyond the cap, and takes new ones once one closes', async () => {
    const { url } = await start([echo], recordingLogger(), { limits: { maxConnections: 2 } });
    const first = rawConnection(url);
    const second = rawConnection(url);
    await sleep(100);
    const third = rawConnection(url);
    third.socket.write('GET /livez HTTP/1.1\r\nHost: x\r\n\r\n');
    const refused = await third.closed;
    expect(refused.received).toBe('');
    first.socket.destroy();
    await first.closed;
    await sleep(50);
    const fourth = rawConnection(url);
    fourth.socket.write('GET /livez HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    expect((await fourth.closed).received).toMatch(/^HTTP\/1\.1 200/);
    second.socket.destroy();
  });

  it('a 2 MB body gets the JSON 413 over fetch, not a reset connection', async () => {
    const { url } = await start([echo]);
    const response = await fetch(`${url}/echo/x`, { method: 'POST', body: Buffer.alloc(2 * 1024 * 1024, 'a') });
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ error: 'request body over 65536 bytes' });
  });

  it("a route's own body limit is enforced (WeCom's is a few KB)", async () => {
    const { url } = await start([{ ...echo, maxBodyBytes: 1024 }]);
    expect((await send(`${url}/echo/x`, { method: 'POST', body: Buffer.alloc(1024, 'a') })).status).toBe(200);
    const over = await send(`${url}/echo/x`, { method: 'POST', body: Buffer.alloc(1025, 'a') });
    expect(over.status).toBe(413);
    expect(JSON.parse(over.body)).toEqual({ error: 'request body over 1024 bytes' });
  });
});

describe('http server health', () => {
  it('/readyz and /healthz are 503 with the reason while a check fails, 200 once it passes; /livez stays 200', async () => {
    let problem: string | null = 'Redis is reconnecting';
    const { url } = await start([], recordingLogger(), { checks: [{ name: 'store', check: () => Promise.resolve(problem) }] });
    for (const path of ['/readyz', '/healthz']) {
      const failing = await send(`${url}${path}`);
      expect(failing.status).toBe(503);
      expect(JSON.parse(failing.body)).toEqual({ status: 'unavailable', reason: 'store: Redis is reconnecting' });
    }
    expect((await send(`${url}/livez`)).status).toBe(200);
    problem = null;
    const ok = await send(`${url}/readyz`);
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body)).toEqual({ status: 'ready' });
  });

  it('a check that hangs (a frozen Redis) fails within about a second instead of hanging /readyz', async () => {
    const { url } = await start([], recordingLogger(), { checks: [{ name: 'store', check: () => new Promise<never>(() => undefined) }] });
    const started = performance.now();
    const got = await send(`${url}/readyz`);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(got.status).toBe(503);
    expect(JSON.parse(got.body).reason).toBe('store: no answer within 1000 ms');
  });

  it('stop(grace): not ready at once, still serving (with connection: close) during the grace, then closed', async () => {
    const { http, url } = await start([echo]);
    const stopped = http.stop(600);
    const ready = await send(`${url}/readyz`);
    expect(ready.status).toBe(503);
    expect(JSON.parse(ready.body)).toEqual({ status: 'stopping' });
    const served = await send(`${url}/echo/a`, { method: 'POST', body: 'x' });
    expect(served.status).toBe(200);
    expect(served.headers.connection).toBe('close');
    await stopped;
    await expect(send(`${url}/livez`)).rejects.toThrow(/ECONNREFUSED/);
  });
});
