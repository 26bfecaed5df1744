import { Agent, request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { createHttpServer, jsonResponse, MAX_BODY_BYTES, type HttpServer } from '../../src/infra/http-server.js';
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

async function start(routes: Route[], logger: Logger = recordingLogger()): Promise<{ http: HttpServer; url: string }> {
  const http = createHttpServer({ routes, logger });
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
