/**
 * WeCom's callback cryptography (developer.work.weixin.qq.com/document/path/91144): the SHA-1
 * signature over the sorted values, AES-256-CBC with a 32-byte PKCS#7 block, and the
 * `random(16) | msg_len(4) | msg | receiveId` layout. Built on @wecom/crypto, with the checks that
 * library leaves out: it does not compare the receiveId, it returns garbage instead of throwing for a
 * wrong key or bad padding, and it throws on malformed base64. Every function here returns a result
 * and never throws, so a hostile request can only ever produce a typed rejection.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { decrypt as libDecrypt, encrypt as libEncrypt } from '@wecom/crypto';

/** A value or the reason there is none, as grammY's validators return them. */
export type Result<T, E> = { ok: true; value: T } | { ok: false; error: E };

/** Why a WeCom request was refused; mapped to a 4xx by the routes, never shown in detail. */
export type WecomCryptoError =
  | 'bad-signature'
  | 'stale-timestamp'
  | 'bad-base64'
  | 'bad-ciphertext'
  | 'receive-id-mismatch'
  | 'encrypt-failed';

/** What both WeCom callbacks are configured with (per app / per bot). */
export interface WecomCryptoConfig {
  token: string;
  /** 43 characters [a-zA-Z0-9]; base64-decodes (with "=") to the 32-byte AES key. */
  encodingAesKey: string;
  /** The CorpID for a self-built app; "" for the 智能机器人 (AI bot). */
  receiveId: string;
  /** Allowed distance between the request's timestamp and now, in seconds; 0 turns the check off. */
  timestampToleranceSeconds: number;
}

/** The signed parameters of one callback request. */
export interface SignedPayload {
  signature: string;
  timestamp: string;
  nonce: string;
  /** The base64 ciphertext: `echostr` for URL verification, `Encrypt`/`encrypt` for messages. */
  encrypt: string;
}

/**
 * The WeCom signature: sha1 of the four values sorted as plain strings and joined, lowercase hex.
 *
 * @example
 * wecomSignature('QDG6eK', '1409659589', '263014780', 'P9nA...qQ==') // '5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3'
 */
export function wecomSignature(token: string, timestamp: string, nonce: string, encrypt: string): string {
  return createHash('sha1').update([token, timestamp, nonce, encrypt].sort().join('')).digest('hex');
}

/**
 * Checks the signature in constant time (so a forger learns nothing from response times).
 *
 * @example
 * verifySignature('QDG6eK', payload) // { ok: true, value: undefined } or { ok: false, error: 'bad-signature' }
 */
export function verifySignature(token: string, payload: SignedPayload): Result<void, 'bad-signature'> {
  const expected = Buffer.from(wecomSignature(token, payload.timestamp, payload.nonce, payload.encrypt), 'utf8');
  const given = Buffer.from(payload.signature.toLowerCase(), 'utf8');
  // timingSafeEqual throws on different lengths; the length of a hex digest is public anyway.
  const same = given.length === expected.length && timingSafeEqual(given, expected);
  return same ? { ok: true, value: undefined } : { ok: false, error: 'bad-signature' };
}

/**
 * Whether the request's timestamp (seconds) lies within the tolerance of `nowMs`. WeCom specifies no
 * window; ours is a replay guard that can be switched off (0) to replay the 2014 sample data.
 *
 * @example
 * checkFreshness('1409659589', 300, Date.now()) // { ok: false, error: 'stale-timestamp' }
 */
export function checkFreshness(timestamp: string, toleranceSeconds: number, nowMs: number): Result<void, 'stale-timestamp'> {
  if (toleranceSeconds <= 0) return { ok: true, value: undefined };
  if (!/^\d{1,12}$/.test(timestamp)) return { ok: false, error: 'stale-timestamp' };
  const skew = Math.abs(nowMs / 1000 - Number(timestamp));
  return skew <= toleranceSeconds ? { ok: true, value: undefined } : { ok: false, error: 'stale-timestamp' };
}

// Canonical base64 only: Node's decoder silently skips stray characters, which would let a mangled
// ciphertext through to AES. AES output is whole 16-byte blocks, so the length is a multiple of 4.
const BASE64 = /^(?:[A-Za-z0-9+/]{4})+(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/**
 * Decrypts a WeCom ciphertext and checks that its receiveId is the one expected.
 *
 * The structure is checked by re-encrypting what was decrypted with the same random prefix: only a
 * well-formed plaintext (correct length field, valid 1–32 padding, valid UTF-8) reproduces the
 * ciphertext byte for byte. That is what catches a wrong key for the AI bot, whose expected receiveId
 * "" is exactly what @wecom/crypto returns for garbage.
 *
 * @example
 * decryptMessage(key, 'RypEvHKD...', 'wx5823bf96d3bd56c7') // { ok: true, value: '<xml>...' }
 */
export function decryptMessage(
  encodingAesKey: string,
  encrypt: string,
  expectedReceiveId: string,
): Result<string, 'bad-base64' | 'bad-ciphertext' | 'receive-id-mismatch'> {
  if (!BASE64.test(encrypt)) return { ok: false, error: 'bad-base64' };
  // WeCom pads to 32-byte blocks: any other length is a truncated or padded-out ciphertext.
  if (Buffer.from(encrypt, 'base64').length % 32 !== 0) return { ok: false, error: 'bad-ciphertext' };
  let decrypted: ReturnType<typeof libDecrypt>;
  try {
    decrypted = libDecrypt(encodingAesKey, encrypt);
    if (libEncrypt(encodingAesKey, decrypted.message, decrypted.id, decrypted.random) !== encrypt) {
      return { ok: false, error: 'bad-ciphertext' };
    }
  } catch {
    // A bad key length, a short buffer (readUInt32BE past the end), an OpenSSL block error.
    return { ok: false, error: 'bad-ciphertext' };
  }
  if (decrypted.id !== expectedReceiveId) return { ok: false, error: 'receive-id-mismatch' };
  return { ok: true, value: decrypted.message };
}

/**
 * Verifies (signature first, then freshness) and decrypts one request: the single entry point both
 * callbacks use, so the order of checks cannot drift between them.
 *
 * @example
 * openPayload(config, { signature, timestamp, nonce, encrypt: echostr }, Date.now()) // { ok: true, value: '1616140317555161061' }
 */
export function openPayload(config: WecomCryptoConfig, payload: SignedPayload, nowMs: number): Result<string, WecomCryptoError> {
  const signed = verifySignature(config.token, payload);
  if (!signed.ok) return signed;
  const fresh = checkFreshness(payload.timestamp, config.timestampToleranceSeconds, nowMs);
  if (!fresh.ok) return fresh;
  return decryptMessage(config.encodingAesKey, payload.encrypt, config.receiveId);
}

/** An encrypted passive reply, ready to wrap in XML or JSON. */
export interface SealedReply {
  encrypt: string;
  signature: string;
  timestamp: string;
  nonce: string;
}

/**
 * Encrypts a passive reply for `config.receiveId` with a fresh random prefix, timestamp and nonce, and
 * signs it.
 *
 * @example
 * sealReply(config, '<xml>...</xml>', Date.now()) // { ok: true, value: { encrypt, signature, timestamp, nonce } }
 */
export function sealReply(config: WecomCryptoConfig, plaintext: string, nowMs: number): Result<SealedReply, 'encrypt-failed'> {
  try {
    const encrypt = libEncrypt(config.encodingAesKey, plaintext, config.receiveId, randomBytes(16));
    const timestamp = String(Math.floor(nowMs / 1000));
    // Ten digits like WeCom's own nonces; random, so two replies in one second differ.
    const nonce = String(randomBytes(4).readUInt32BE(0)).padStart(10, '0');
    return { ok: true, value: { encrypt, timestamp, nonce, signature: wecomSignature(config.token, timestamp, nonce, encrypt) } };
  } catch {
    return { ok: false, error: 'encrypt-failed' };
  }
}
