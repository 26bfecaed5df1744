/**
 * The one HTTP server every web channel shares (API, console, WeCom, Telegram webhook): node:http
 * dispatching plain `Route`s, with a body limit, JSON errors that never carry internals, `GET /healthz`,
 * and a graceful stop that lets the turns in flight finish before the connections close.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../lib/logger.js';
import type { HttpRequest, HttpResponse, Route } from '../core/http-types.js';

/** Bodies above this are refused with 413 (WeCom's own limit is the same). */
export const MAX_BODY_BYTES = 64 * 1024;
/** Beyond this the client is not worth draining: the connection is cut. */
const DRAIN_LIMIT_BYTES = 16 * MAX_BODY_BYTES;
/** How long `stop` waits for requests in flight before it cuts their connections. */
const DEFAULT_STOP_GRACE_MS = 10_000;

export type ServerState = 'starting' | 'ready' | 'stopping';

export interface HttpServerOptions {
  routes: readonly Route[];
  logger: Logger;
  /** Default {@link MAX_BODY_BYTES}. */
  maxBodyBytes?: number;
  /** Default 10 s. */
  stopGraceMs?: number;
}

export interface HttpServer {
  /** Listens; the state stays "starting" (healthz 503) until `markReady`. Resolves with the base URL. */
  listen(port: number, host: string): Promise<{ url: string; port: number }>;
  /** From now on `GET /healthz` answers 200. */
  markReady(): void;
  state(): ServerState;
  /**
   * Stops accepting connections, waits for the requests in flight (at most the grace period), then
   * closes every connection, idle keep-alive ones included. Safe to call twice.
   */
  stop(): Promise<void>;
  readonly server: Server;
}

/** A JSON response; every error the server sends goes through here. */
export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): HttpResponse {
  return { status, headers: { 'content-type': 'application/json; charset=utf-8', ...headers }, body: JSON.stringify(body) };
}

/** Splits "/api/measures/:id" once; matching then costs a comparison per segment. */
interface CompiledRoute {
  route: Route;
  segments: string[];
}

function compile(route: Route): CompiledRoute {
  return { route, segments: route.path.split('/') };
}

function match(compiled: CompiledRoute, pathSegments: readonly string[]): Record<string, string> | null {
  if (compiled.segments.length !== pathSegments.length) return null;
  const params: Record<string, string> = {};
  for (const [index, segment] of compiled.segments.entries()) {
    const actual = pathSegments[index] ?? '';
    if (segment.startsWith(':')) {
      if (actual === '') return null;
      try {
        params[segment.slice(1)] = decodeURIComponent(actual);
      } catch {
        return null;
      }
    } else if (segment !== actual) {
      return null;
    }
  }
  return params;
}

/**
 * Creates the server (not yet listening).
 *
 * @example
 * const http = createHttpServer({ routes: [...createApiRoutes({ handleTurn })], logger });
 * const { url } = await http.listen(8080, '127.0.0.1');
 * http.markReady();
 * process.once('SIGTERM', () => void http.stop());
 */
export function createHttpServer(options: HttpServerOptions): HttpServer {
  const { logger } = options;
  const maxBodyBytes = options.maxBodyBytes ?? MAX_BODY_BYTES;
  const stopGraceMs = options.stopGraceMs ?? DEFAULT_STOP_GRACE_MS;
  const routes = options.routes.map(compile);
  let state: ServerState = 'starting';
  let inFlight = 0;
  let drained: (() => void) | null = null;
  let stopping: Promise<void> | null = null;

  const healthz: Route = {
    method: 'GET',
    path: '/healthz',
    handle: () => Promise.resolve(jsonResponse(state === 'ready' ? 200 : 503, { status: state })),
  };
  routes.unshift(compile(healthz));

  async function dispatch(request: HttpRequest): Promise<HttpResponse> {
    const segments = request.path.split('/');
    const allowed = new Set<string>();
    for (const compiled of routes) {
      const params = match(compiled, segments);
      if (params === null) continue;
      if (compiled.route.method === request.method) return compiled.route.handle(request, params);
      allowed.add(compiled.route.method);
    }
    if (allowed.size > 0) {
      const allow = [...allowed].join(', ');
      return jsonResponse(405, { error: `method ${request.method} not allowed here; use ${allow}` }, { allow });
    }
    return jsonResponse(404, { error: `nothing at ${request.path}` });
  }

  async function respond(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const started = performance.now();
    let response: HttpResponse;
    let path = '?';
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      path = url.pathname;
      const body = await readBody(req, maxBodyBytes);
      if (body === 'too large') {
        response = jsonResponse(413, { error: `request body over ${maxBodyBytes} bytes` }, { connection: 'close' });
      } else if (body === 'aborted') {
        return;
      } else {
        response = await dispatch({
          method: req.method ?? 'GET',
          path,
          query: url.searchParams,
          headers: headersOf(req),
          body,
        });
      }
    } catch (error) {
      // The details go to the log only: a response never carries a stack trace or an internal message.
      logger.error({ event: 'http_error', method: req.method, path, err: error instanceof Error ? error.stack ?? error.message : String(error) }, 'request failed');
      response = jsonResponse(500, { error: 'internal error; please try again' });
    }
    send(res, response);
    const ms = Number((performance.now() - started).toFixed(2));
    const entry = { event: 'http', method: req.method, path, status: response.status, ms };
    if (response.status >= 500) logger.warn(entry, 'http');
    else logger.debug(entry, 'http');
  }

  function send(res: ServerResponse, response: HttpResponse): void {
    if (res.headersSent || res.destroyed) return;
    const headers: Record<string, string> = { 'x-content-type-options': 'nosniff', ...response.headers };
    // While stopping, tell keep-alive clients not to reuse the connection.
    if (state === 'stopping') headers.connection = 'close';
    res.writeHead(response.status, headers);
    res.end(response.body);
  }

  const server = createServer((req, res) => {
    inFlight += 1;
    res.on('close', () => {
      inFlight -= 1;
      if (state === 'stopping') {
        server.closeIdleConnections();
        if (inFlight === 0) drained?.();
      }
    });
    void respond(req, res);
  });
  // A slow client cannot hold a connection open forever.
  server.requestTimeout = 30_000;
  server.headersTimeout = 15_000;

  async function doStop(): Promise<void> {
    state = 'stopping';
    const closed = new Promise<void>((resolve) => {
      server.close(() => resolve());
    });
    server.closeIdleConnections();
    if (inFlight > 0) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        new Promise<void>((resolve) => {
          drained = resolve;
        }),
        new Promise<void>((resolve) => {
          timer = setTimeout(() => {
            logger.warn({ event: 'stop_timeout', inFlight }, 'requests still running after the grace period; closing them');
            resolve();
          }, stopGraceMs);
        }),
      ]);
      clearTimeout(timer);
    }
    server.closeAllConnections();
    if (server.listening) await closed;
  }

  return {
    server,
    state: () => state,
    markReady() {
      if (state === 'starting') state = 'ready';
    },
    listen(port, host) {
      return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
          server.off('error', reject);
          const address = server.address() as AddressInfo;
          const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
          resolve({ url: `http://${shownHost}:${address.port}`, port: address.port });
        });
      });
    },
    stop() {
      stopping ??= doStop();
      return stopping;
    },
  };
}

function headersOf(req: IncomingMessage): Record<string, string | undefined> {
  const headers: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

/**
 * The body, or "too large" once it passes `limit` (the rest is drained, so the client reads the 413
 * instead of a reset connection; a client that keeps sending far beyond is cut off).
 */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | 'too large' | 'aborted'> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = Number.isFinite(declared) && declared > limit;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) tooLarge = true;
      if (tooLarge) {
        chunks.length = 0;
        if (size > DRAIN_LIMIT_BYTES) {
          req.destroy();
          resolve('aborted');
        }
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(tooLarge ? 'too large' : Buffer.concat(chunks)));
    req.on('aborted', () => resolve('aborted'));
    req.on('error', (error) => {
      if (req.destroyed) resolve('aborted');
      else reject(error);
    });
  });
}
