/**
 * The one HTTP server every web channel shares (API, console, WeCom, Telegram webhook): fastify, with
 * plain `Route`s mounted through one adapter and fastify plugins (the API, the console) registered
 * beside them. It adds what every channel needs: body limits answered with a JSON 413, JSON errors
 * that never carry internals, 404/405 as JSON, `GET /livez`, `/readyz` and `/healthz` (the latter two
 * run the health checks, e.g. the store), timeouts and a connection cap exactly as configured, and a
 * graceful stop: not ready first, a grace period still serving, the requests in flight finished, then
 * closed.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import Fastify, { type FastifyBaseLogger, type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
// For the `hide` flag in route schemas: the OpenAPI description lists /api/* only.
import type {} from '@fastify/swagger';
import type { Logger } from '../lib/logger.js';
import type { HttpPlugin, HttpResponse, Route } from '../core/http-types.js';

/** Bodies above this are refused with 413, unless a route sets its own `maxBodyBytes`. */
export const MAX_BODY_BYTES = 64 * 1024;

/**
 * A body refused with 413 is still read (and dropped) up to this many bytes, so the client reads the
 * 413 instead of a reset connection; a client that keeps sending beyond it is cut off.
 */
const DRAIN_LIMIT_BYTES = 16 * 1024 * 1024;

/** node's HTTP_SERVER_KEEP_ALIVE_TIMEOUT_BUFFER (lib/_http_server.js). */
const NODE_KEEP_ALIVE_MARGIN_MS = 1_000;

/** A health check that does not answer within this is a failed one (a hung Redis must not hang /readyz). */
const HEALTH_CHECK_TIMEOUT_MS = 1_000;

export type ServerState = 'starting' | 'ready' | 'stopping';

/** Socket-level limits; each is exactly what node:http enforces. */
export interface HttpLimits {
  /** Default {@link MAX_BODY_BYTES}. */
  maxBodyBytes: number;
  /** Time to receive the request headers (slow-loris). Default 15 s. */
  headersTimeoutMs: number;
  /** Time to receive the whole request. Default 30 s. */
  requestTimeoutMs: number;
  /** An idle keep-alive connection is closed after this (at least 1 s). Default 5 s. */
  keepAliveTimeoutMs: number;
  /** Connections beyond this are refused at once. Default 1,000. */
  maxConnections: number;
}

export const DEFAULT_HTTP_LIMITS: Readonly<HttpLimits> = Object.freeze({
  maxBodyBytes: MAX_BODY_BYTES,
  headersTimeoutMs: 15_000,
  requestTimeoutMs: 30_000,
  keepAliveTimeoutMs: 5_000,
  maxConnections: 1_000,
});

/** One thing readiness depends on: resolves to null when fine, or the reason it is not. */
export interface HealthCheck {
  name: string;
  check(): Promise<string | null>;
}

export type { HttpPlugin };

/** fastify's own `trustProxy`: true (any), or the proxies' addresses / CIDR ranges. */
export type TrustProxy = boolean | string[];

export interface HttpServerOptions {
  routes?: readonly Route[];
  plugins?: readonly HttpPlugin[];
  logger: Logger;
  limits?: Partial<HttpLimits>;
  /** Whose `X-Forwarded-For` to believe for the client address. Default false (the socket's address). */
  trustProxy?: TrustProxy;
  /** Run by /readyz and /healthz once ready. */
  checks?: readonly HealthCheck[];
  /** On stop: how long to wait for the requests in flight before cutting them. Default 10 s. */
  stopTimeoutMs?: number;
}

export interface HttpServer {
  /** Listens; the state stays "starting" (readyz 503) until `markReady`. Resolves with the base URL. */
  listen(port: number, host: string): Promise<{ url: string; port: number }>;
  /** From now on `GET /readyz` answers 200 while the checks pass. */
  markReady(): void;
  state(): ServerState;
  /**
   * Marks the server not ready, keeps serving for `graceMs` (default 0; every response then says
   * `connection: close`, and a load balancer polling /readyz sees 503), stops accepting, waits for
   * the requests in flight (at most the stop timeout), then closes every connection. Safe to call twice.
   */
  stop(graceMs?: number): Promise<void>;
  readonly server: Server;
  readonly app: FastifyInstance;
}

/** A JSON response; every error the server sends has this shape: `{ error: "..." }`. */
export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): HttpResponse {
  return { status, headers: { 'content-type': 'application/json; charset=utf-8', ...headers }, body: JSON.stringify(body) };
}

/** Sends an `HttpResponse` through fastify (already serialised: response schemas only document). */
export function sendResponse(reply: FastifyReply, response: HttpResponse): void {
  void reply.code(response.status).headers(response.headers ?? {}).send(response.body);
}

/** fastify logs through our logger; its own info-level chatter ("Server listening at") is dropped. */
function fastifyLogger(logger: Logger): FastifyBaseLogger {
  const forward = (write: (object: object, message?: string) => void) => (first: unknown, message?: string) => {
    if (typeof first === 'string') write({}, first);
    else write((first ?? {}) as object, message);
  };
  const quiet = (): void => undefined;
  const adapted = {
    level: 'warn',
    fatal: forward((o, m) => logger.error(o, m)),
    error: forward((o, m) => logger.error(o, m)),
    warn: forward((o, m) => logger.warn(o, m)),
    info: quiet,
    debug: quiet,
    trace: quiet,
    silent: quiet,
    child: () => adapted,
  };
  return adapted as unknown as FastifyBaseLogger;
}

/** "/api/measures/:id" or "/console/*" against a concrete path, for the 405's `allow`. */
function patternMatches(pattern: string, path: string): boolean {
  const want = pattern.split('/');
  const got = path.split('/');
  for (const [index, segment] of want.entries()) {
    if (segment === '*') return true;
    const actual = got[index];
    if (actual === undefined) return false;
    if (segment.startsWith(':') ? actual === '' : segment !== actual) return false;
  }
  return want.length === got.length;
}

function headersOf(request: FastifyRequest): Record<string, string | undefined> {
  const headers: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

/** The adapter: a channel's plain `Route` as a fastify route, its body as the raw bytes. */
function mountRoute(app: FastifyInstance, route: Route): void {
  app.route({
    method: route.method,
    url: route.path,
    ...(route.maxBodyBytes !== undefined ? { bodyLimit: route.maxBodyBytes } : {}),
    schema: { hide: true },
    async handler(request, reply) {
      const queryAt = request.url.indexOf('?');
      const response = await route.handle(
        {
          method: request.method,
          path: queryAt === -1 ? request.url : request.url.slice(0, queryAt),
          query: new URLSearchParams(queryAt === -1 ? '' : request.url.slice(queryAt + 1)),
          headers: headersOf(request),
          body: Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0),
          clientAddress: request.ip,
        },
        request.params as Record<string, string>,
      );
      return sendResponse(reply, response);
    },
  });
}

/** Resolves to the reason, or null; a check that throws or hangs is a failed check. */
async function runCheck(check: HealthCheck): Promise<string | null> {
  const timeout = new AbortController();
  try {
    return await Promise.race([
      check.check(),
      sleep(HEALTH_CHECK_TIMEOUT_MS, `no answer within ${HEALTH_CHECK_TIMEOUT_MS} ms`, { signal: timeout.signal }),
    ]);
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    timeout.abort();
  }
}

/**
 * Creates the server (not yet listening).
 *
 * @example
 * const http = createHttpServer({ routes: createWecomRoutes(...), plugins: [apiPlugin({ handleTurn })], logger });
 * const { url } = await http.listen(8080, '127.0.0.1');
 * http.markReady();
 * process.once('SIGTERM', () => void http.stop());
 */
export function createHttpServer(options: HttpServerOptions): HttpServer {
  const { logger } = options;
  const limits: HttpLimits = { ...DEFAULT_HTTP_LIMITS, ...options.limits };
  const checks = options.checks ?? [];
  // node closes an idle connection 1 s after its keepAliveTimeout (a margin over the `Keep-Alive:
  // timeout=` it advertises, so clients stop reusing first): subtract it, so the cut comes when configured.
  const nodeKeepAliveMs = Math.max(1, limits.keepAliveTimeoutMs - NODE_KEEP_ALIVE_MARGIN_MS);
  let state: ServerState = 'starting';
  let stopping: Promise<void> | null = null;
  /** Every (method, pattern) registered, for 405 answers. */
  const registered: { method: string; url: string }[] = [];

  const app = Fastify<Server, IncomingMessage, ServerResponse>({
    loggerInstance: fastifyLogger(logger),
    bodyLimit: limits.maxBodyBytes,
    trustProxy: options.trustProxy ?? false,
    // Requests that arrive on a kept-alive connection while stopping are served, not refused.
    return503OnClosing: false,
    keepAliveTimeout: nodeKeepAliveMs,
    requestTimeout: limits.requestTimeoutMs,
    serverFactory: (handler) => {
      const server = createServer(
        {
          headersTimeout: limits.headersTimeoutMs,
          requestTimeout: limits.requestTimeoutMs,
          keepAliveTimeout: nodeKeepAliveMs,
          // node checks the header and request timeouts on this interval (30 s by default, which let a
          // 15 s header timeout run to 30 s): check often enough that the cut comes when configured.
          connectionsCheckingInterval: Math.max(50, Math.min(1_000, Math.floor(Math.min(limits.headersTimeoutMs, limits.requestTimeoutMs) / 20))),
        },
        handler,
      );
      server.maxConnections = limits.maxConnections;
      return server;
    },
  });

  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) registered.push({ method, url: route.url ?? '' });
  });

  // Channel routes read the raw bytes whatever the content type (WeCom posts XML, Telegram JSON).
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => {
    done(null, body);
  });

  app.addHook('onSend', (_request, reply, _payload, done) => {
    reply.header('x-content-type-options', 'nosniff');
    // While stopping, tell keep-alive clients not to reuse the connection.
    if (state === 'stopping') reply.header('connection', 'close');
    done();
  });

  app.addHook('onResponse', (request, reply, done) => {
    const entry = { event: 'http', method: request.method, path: request.routeOptions.url ?? '?', status: reply.statusCode, ms: Number(reply.elapsedTime.toFixed(2)) };
    if (reply.statusCode >= 500) logger.warn(entry, 'http');
    else logger.debug(entry, 'http');
    done();
  });

  app.setErrorHandler(async (error: FastifyError, request, reply) => {
    const status = error.statusCode ?? 500;
    if (status === 413) {
      await drain(request);
      const limit = request.routeOptions.bodyLimit ?? limits.maxBodyBytes;
      return sendResponse(reply, jsonResponse(413, { error: `request body over ${limit} bytes` }, { connection: 'close' }));
    }
    // fastify's own client errors (a bad content-length, an unsupported media type) say nothing internal.
    if (status >= 400 && status < 500) return sendResponse(reply, jsonResponse(status, { error: error.message }));
    // The details go to the log only: a response never carries a stack trace or an internal message.
    logger.error({ event: 'http_error', method: request.method, path: request.routeOptions.url ?? '?', err: error.stack ?? error.message }, 'request failed');
    return sendResponse(reply, jsonResponse(500, { error: 'internal error; please try again' }));
  });

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    const allowed = [...new Set(registered.filter((r) => r.method !== 'HEAD' && patternMatches(r.url, path)).map((r) => r.method))];
    if (allowed.length > 0) {
      const allow = allowed.join(', ');
      return sendResponse(reply, jsonResponse(405, { error: `method ${request.method} not allowed here; use ${allow}` }, { allow }));
    }
    return sendResponse(reply, jsonResponse(404, { error: `nothing at ${path}` }));
  });

  async function readiness(): Promise<HttpResponse> {
    if (state !== 'ready') return jsonResponse(503, { status: state });
    const problems: string[] = [];
    for (const check of checks) {
      const problem = await runCheck(check);
      if (problem !== null) problems.push(`${check.name}: ${problem}`);
    }
    if (problems.length > 0) return jsonResponse(503, { status: 'unavailable', reason: problems.join('; ') });
    return jsonResponse(200, { status: 'ready' });
  }
  const hidden = { schema: { hide: true } };
  // Alive while the process can answer at all: a failing store is not a reason to restart it.
  app.get('/livez', hidden, (_request, reply) => sendResponse(reply, jsonResponse(200, { status: 'alive' })));
  app.get('/readyz', hidden, async (_request, reply) => sendResponse(reply, await readiness()));
  app.get('/healthz', hidden, async (_request, reply) => sendResponse(reply, await readiness()));

  for (const route of options.routes ?? []) mountRoute(app, route);
  for (const plugin of options.plugins ?? []) void app.register(plugin);

  async function doStop(graceMs: number): Promise<void> {
    state = 'stopping';
    // A load balancer polling /readyz sees 503 and routes elsewhere before the port closes.
    if (graceMs > 0 && app.server.listening) await sleep(graceMs);
    const timer = setTimeout(() => {
      logger.warn({ event: 'stop_timeout' }, 'requests still running after the stop timeout; closing them');
      app.server.closeAllConnections();
    }, options.stopTimeoutMs ?? 10_000);
    try {
      await app.close();
    } finally {
      clearTimeout(timer);
    }
    app.server.closeAllConnections();
  }

  return {
    get server() {
      return app.server;
    },
    app,
    state: () => state,
    markReady() {
      if (state === 'starting') state = 'ready';
    },
    async listen(port, host) {
      await app.listen({ port, host });
      const address = app.server.address() as AddressInfo;
      const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      return { url: `http://${shownHost}:${address.port}`, port: address.port };
    },
    stop(graceMs = 0) {
      stopping ??= doStop(graceMs);
      return stopping;
    },
  };
}

/**
 * Reads and drops what is left of a refused body (up to {@link DRAIN_LIMIT_BYTES}) before the 413 is
 * sent: a client still uploading would otherwise have its connection reset instead of reading the 413.
 */
function drain(request: FastifyRequest): Promise<void> {
  const raw = request.raw;
  if (raw.complete || raw.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    let drained = 0;
    raw.on('data', (chunk: Buffer) => {
      drained += chunk.length;
      if (drained > DRAIN_LIMIT_BYTES) raw.destroy();
    });
    raw.once('end', () => resolve());
    raw.once('close', () => resolve());
    raw.resume();
  });
}
