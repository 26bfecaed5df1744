/**
 * The one shape both WeCom callbacks share (the self-built app's XML at /wecom/callback and the AI bot's
 * JSON at /wecom/aibot): GET answers URL verification; POST checks the size, reads the ciphertext,
 * verifies and decrypts it, parses the message, asks for the answer and seals it. Only the formats
 * differ, and each route file supplies those.
 */
import type { Logger } from '../../lib/logger.js';
import type { HttpRequest, HttpResponse, Route } from '../../core/http-types.js';
import { sealReply, type Result, type SealedReply, type WecomCryptoConfig } from './wecom-crypto.js';
import {
  createUrlVerificationRoute,
  DEFAULT_TIMESTAMP_TOLERANCE_SECONDS,
  MAX_WECOM_BODY_BYTES,
  openSignedBody,
  rejectWecom,
  withInternalErrors,
  type WecomRejection,
} from './wecom-request.js';

export interface WecomCallbackSpec<M> {
  path: string;
  /** The channel name in logs and messages: "wecom" or "wecom-aibot". */
  channel: string;
  crypto: WecomCryptoConfig;
  logger: Logger;
  now: () => number;
  /** The ciphertext in the request body (XML `<Encrypt>` or JSON `encrypt`). */
  readEncrypt(body: string): Result<string, WecomRejection>;
  /** The decrypted plaintext as a message. */
  parseMessage(plaintext: string): Result<M, WecomRejection>;
  /** The plaintext of the passive reply, or null to acknowledge with an empty 200. */
  answer(message: M): Promise<string | null>;
  /** The sealed reply as the response WeCom expects. */
  respond(sealed: SealedReply): HttpResponse;
}

/** The crypto settings of a callback: its token and key, the receiveId every ciphertext must carry. */
export function wecomCrypto(
  config: { token: string; encodingAesKey: string; timestampToleranceSeconds?: number },
  receiveId: string,
): WecomCryptoConfig {
  return {
    token: config.token,
    encodingAesKey: config.encodingAesKey,
    receiveId,
    timestampToleranceSeconds: config.timestampToleranceSeconds ?? DEFAULT_TIMESTAMP_TOLERANCE_SECONDS,
  };
}

/**
 * The GET and POST routes of one callback.
 * @example createWecomCallbackRoutes({ path: '/wecom/callback', channel: 'wecom', crypto, logger, now, readEncrypt, parseMessage, answer, respond })
 */
export function createWecomCallbackRoutes<M>(spec: WecomCallbackSpec<M>): Route[] {
  const { path, channel, crypto, logger, now } = spec;

  async function receive(request: HttpRequest): Promise<HttpResponse> {
    const reject = (reason: WecomRejection) => rejectWecom(logger, channel, request, reason);
    if (request.body.length > MAX_WECOM_BODY_BYTES) return reject('body-too-large');
    const encrypt = spec.readEncrypt(request.body.toString('utf8'));
    if (!encrypt.ok) return reject(encrypt.error);
    const opened = openSignedBody(crypto, request, encrypt.value, now());
    if (!opened.ok) return reject(opened.error);
    const message = spec.parseMessage(opened.value);
    if (!message.ok) return reject(message.error);

    const plaintext = await spec.answer(message.value);
    if (plaintext === null) return { status: 200, body: '' };
    const sealed = sealReply(crypto, plaintext, now());
    if (!sealed.ok) return reject(sealed.error);
    return spec.respond(sealed.value);
  }

  return [
    createUrlVerificationRoute({ path, channel, crypto, logger, now }),
    { method: 'POST', path, handle: withInternalErrors(logger, channel, receive) },
  ];
}
