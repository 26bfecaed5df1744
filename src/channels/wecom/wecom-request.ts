/**
 * The HTTP side shared by both WeCom callbacks: the signed query parameters, the body limit, the URL
 * verification GET, and turning a refusal into a short 4xx plus a log line. A refusal never says more
 * than "bad request" or "forbidden": what failed is for our log, not for a prober.
 */
import { z } from 'zod';
import type { Logger } from '../../lib/logger.js';
import type { HttpRequest, HttpResponse, Route } from '../../core/http-types.js';
import { openPayload, type Result, type WecomCryptoConfig, type WecomCryptoError } from './wecom-crypto.js';

/** The replay window when none is configured (WECOM_TIMESTAMP_TOLERANCE_SECONDS). */
export const DEFAULT_TIMESTAMP_TOLERANCE_SECONDS = 300;

/** The largest callback body accepted; WeCom's are a few KB. */
export const MAX_WECOM_BODY_BYTES = 64 * 1024;

/** Every reason a WeCom request is refused. */
export type WecomRejection =
  | WecomCryptoError
  | 'missing-parameters'
  | 'body-too-large'
  | 'malformed-xml'
  | 'malformed-json';

const STATUS: Record<WecomRejection, number> = {
  'missing-parameters': 400,
  'body-too-large': 413,
  'malformed-xml': 400,
  'malformed-json': 400,
  'bad-base64': 400,
  'bad-ciphertext': 400,
  'bad-signature': 403,
  'stale-timestamp': 403,
  'receive-id-mismatch': 403,
  'encrypt-failed': 500,
};

const GENERIC_BODY: Record<number, string> = { 400: 'bad request', 403: 'forbidden', 413: 'payload too large', 500: 'internal error' };

/**
 * The response to a refused request, logged at warn (error for our own failure to encrypt).
 *
 * @example
 * rejectWecom(logger, 'wecom', request, 'bad-signature') // { status: 403, body: 'forbidden' }
 */
export function rejectWecom(logger: Logger, channel: string, request: HttpRequest, reason: WecomRejection): HttpResponse {
  const status = STATUS[reason];
  const log = { channel, method: request.method, path: request.path, reason, status };
  if (status >= 500) logger.error(log, 'wecom request failed');
  else logger.warn(log, 'wecom request refused');
  return plainText(status, GENERIC_BODY[status] ?? 'error');
}

/** A plain-text response with no trailing newline (URL verification needs the exact bytes). */
export function plainText(status: number, body: string): HttpResponse {
  return { status, headers: { 'content-type': 'text/plain; charset=utf-8' }, body };
}

const signedQuerySchema = z.object({
  msg_signature: z.string().regex(/^[0-9a-fA-F]{40}$/),
  timestamp: z.string().regex(/^\d{1,12}$/),
  nonce: z.string().min(1).max(64),
});

/** The signature, timestamp and nonce of a callback URL (already URL-decoded, exactly once). */
export interface SignedQuery {
  signature: string;
  timestamp: string;
  nonce: string;
}

/**
 * Reads msg_signature, timestamp and nonce from the query.
 *
 * @example
 * readSignedQuery(new URLSearchParams('msg_signature=5c45...&timestamp=1409659589&nonce=263014780'))
 * // { ok: true, value: { signature: '5c45...', timestamp: '1409659589', nonce: '263014780' } }
 */
export function readSignedQuery(query: URLSearchParams): Result<SignedQuery, 'missing-parameters'> {
  const parsed = signedQuerySchema.safeParse(Object.fromEntries(query));
  if (!parsed.success) return { ok: false, error: 'missing-parameters' };
  return { ok: true, value: { signature: parsed.data.msg_signature, timestamp: parsed.data.timestamp, nonce: parsed.data.nonce } };
}

export interface UrlVerificationRouteOptions {
  path: string;
  channel: string;
  crypto: WecomCryptoConfig;
  logger: Logger;
  now: () => number;
}

/**
 * The GET that WeCom sends when the admin saves the callback URL: verify, decrypt `echostr`, and
 * answer with exactly the decrypted text (no quotes, no BOM, no newline), within WeCom's 1 s.
 *
 * @example
 * createUrlVerificationRoute({ path: '/wecom/callback', channel: 'wecom', crypto, logger, now: Date.now })
 * // GET /wecom/callback?msg_signature=5c45…&timestamp=1409659589&nonce=263014780&echostr=P9nA… → 200 "1616140317555161061"
 */
export function createUrlVerificationRoute(options: UrlVerificationRouteOptions): Route {
  const { path, channel, crypto, logger, now } = options;
  return {
    method: 'GET',
    path,
    handle(request) {
      const query = readSignedQuery(request.query);
      const echostr = request.query.get('echostr');
      if (!query.ok || echostr === null || echostr === '') {
        return Promise.resolve(rejectWecom(logger, channel, request, 'missing-parameters'));
      }
      const opened = openPayload(crypto, { ...query.value, encrypt: echostr }, now());
      if (!opened.ok) return Promise.resolve(rejectWecom(logger, channel, request, opened.error));
      logger.info({ channel, path }, 'wecom callback URL verified');
      return Promise.resolve(plainText(200, opened.value));
    },
  };
}

/**
 * Verifies and decrypts a POST whose ciphertext has been read from the body: the common head of both
 * callbacks' message handling.
 *
 * @example
 * openSignedBody(crypto, request, envelope.encrypt, Date.now()) // { ok: true, value: '<xml>…</xml>' }
 */
export function openSignedBody(
  crypto: WecomCryptoConfig,
  request: HttpRequest,
  encrypt: string,
  nowMs: number,
): Result<string, WecomRejection> {
  const query = readSignedQuery(request.query);
  if (!query.ok) return query;
  return openPayload(crypto, { ...query.value, encrypt }, nowMs);
}

/**
 * Wraps a POST handler so an unexpected failure (a store outage, a bug) becomes a generic 500 and a log
 * line: WeCom retries it, and nothing internal leaves the process.
 *
 * @example
 * { method: 'POST', path, handle: withInternalErrors(logger, 'wecom', receive) }
 */
export function withInternalErrors(
  logger: Logger,
  channel: string,
  handler: (request: HttpRequest) => Promise<HttpResponse>,
): (request: HttpRequest) => Promise<HttpResponse> {
  return async (request) => {
    try {
      return await handler(request);
    } catch (error) {
      logger.error({ channel, path: request.path, err: error instanceof Error ? error.message : String(error) }, 'wecom callback failed');
      return plainText(500, GENERIC_BODY[500] ?? 'error');
    }
  };
}
