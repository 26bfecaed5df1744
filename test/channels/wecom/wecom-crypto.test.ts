import { encrypt as libEncrypt, getSignature } from '@wecom/crypto';
import { describe, expect, it } from 'vitest';
import {
  checkFreshness,
  decryptMessage,
  openPayload,
  sealReply,
  verifySignature,
  wecomSignature,
} from '../../../src/channels/wecom/wecom-crypto.js';
import vectors from '../../fixtures/wecom-vectors.json' with { type: 'json' };

describe('WeCom published sample data', () => {
  for (const vector of vectors) {
    const payload = { signature: vector.msgSignature, timestamp: vector.timestamp, nonce: vector.nonce, encrypt: vector.encrypt };

    it(`${vector.name}: the signature matches the published one`, () => {
      expect(wecomSignature(vector.token, vector.timestamp, vector.nonce, vector.encrypt)).toBe(vector.msgSignature);
      expect(verifySignature(vector.token, payload).ok).toBe(true);
    });

    it(`${vector.name}: decrypts to the published plaintext for its receiveId`, () => {
      expect(decryptMessage(vector.encodingAESKey, vector.encrypt, vector.receiveId)).toEqual({ ok: true, value: vector.plaintext });
    });

    it(`${vector.name}: re-encrypting with the same random prefix gives the published ciphertext`, () => {
      const random = Buffer.from(vector.random16Hex, 'hex');
      expect(libEncrypt(vector.encodingAESKey, vector.plaintext, vector.receiveId, random)).toBe(vector.encrypt);
    });
  }

  it('rejects the JSON sample for the corp its envelope names: the ciphertext was made for another corp', () => {
    const vector = vectors.find((candidate) => candidate.name === 'wecom-python-json-sample-post');
    expect(vector?.receiveId).toBe('ww1436e0e65a779aee');
    expect(decryptMessage(vector?.encodingAESKey ?? '', vector?.encrypt ?? '', 'wx5823bf96d3bd56c7'))
      .toEqual({ ok: false, error: 'receive-id-mismatch' });
  });
});

const key = 'jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C';
const otherKey = 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG';

describe('decryptMessage refuses what @wecom/crypto would let through', () => {
  it('refuses a ciphertext made with another key (the library returns garbage and id "")', () => {
    const sealed = libEncrypt(otherKey, 'hello', '');
    expect(decryptMessage(key, sealed, '')).toEqual({ ok: false, error: 'bad-ciphertext' });
  });

  it('refuses base64 with stray characters, which Node would silently skip', () => {
    const sealed = libEncrypt(key, 'hello', 'wx1');
    expect(decryptMessage(key, `${sealed.slice(0, 10)}!${sealed.slice(10)}`, 'wx1')).toEqual({ ok: false, error: 'bad-base64' });
    expect(decryptMessage(key, '', 'wx1')).toEqual({ ok: false, error: 'bad-base64' });
  });

  it('refuses a truncated ciphertext without throwing', () => {
    const sealed = Buffer.from(libEncrypt(key, 'hello', 'wx1'), 'base64');
    expect(decryptMessage(key, sealed.subarray(0, 16).toString('base64'), 'wx1').ok).toBe(false);
    expect(decryptMessage(key, sealed.subarray(0, 32).toString('base64'), 'wx1').ok).toBe(true);
    expect(decryptMessage(key, Buffer.concat([sealed, sealed.subarray(0, 16)]).toString('base64'), 'wx1')).toEqual({ ok: false, error: 'bad-ciphertext' });
  });

  it('keeps a 19-digit id and Chinese text byte for byte', () => {
    const text = '<xml><Content>你好，房租能免吗？</Content><MsgId>4561255354251345929</MsgId></xml>';
    expect(decryptMessage(key, libEncrypt(key, text, 'ww1'), 'ww1')).toEqual({ ok: true, value: text });
  });
});

describe('signature and freshness', () => {
  it('refuses a signature off by one character, or of another length', () => {
    const payload = { timestamp: '1409659813', nonce: '1', encrypt: 'abc=', signature: getSignature('t', '1409659813', '1', 'abc=') };
    expect(verifySignature('t', payload).ok).toBe(true);
    const flipped = `${payload.signature.slice(0, -1)}${payload.signature.endsWith('0') ? '1' : '0'}`;
    expect(verifySignature('t', { ...payload, signature: flipped })).toEqual({ ok: false, error: 'bad-signature' });
    expect(verifySignature('t', { ...payload, signature: payload.signature.slice(1) })).toEqual({ ok: false, error: 'bad-signature' });
    expect(verifySignature('other', payload)).toEqual({ ok: false, error: 'bad-signature' });
  });

  it('accepts a timestamp within the window, refuses one outside, and ignores it when the window is 0', () => {
    const now = 1_700_000_000_000;
    expect(checkFreshness('1700000299', 300, now).ok).toBe(true);
    expect(checkFreshness('1699999701', 300, now).ok).toBe(true);
    expect(checkFreshness('1700000301', 300, now)).toEqual({ ok: false, error: 'stale-timestamp' });
    expect(checkFreshness('1409659813', 300, now)).toEqual({ ok: false, error: 'stale-timestamp' });
    expect(checkFreshness('1409659813', 0, now).ok).toBe(true);
  });

  it('checks the signature before anything else', () => {
    const config = { token: 'QDG6eK', encodingAesKey: key, receiveId: 'wx1', timestampToleranceSeconds: 300 };
    const stale = { timestamp: '1', nonce: '1', encrypt: 'not base64', signature: '0'.repeat(40) };
    expect(openPayload(config, stale, Date.now())).toEqual({ ok: false, error: 'bad-signature' });
  });
});

describe('sealReply', () => {
  const config = { token: 'QDG6eK', encodingAesKey: key, receiveId: 'wx5823bf96d3bd56c7', timestampToleranceSeconds: 0 };

  it('round-trips through openPayload, with a fresh nonce and ciphertext each time', () => {
    const first = sealReply(config, '<xml>答复</xml>', 1_700_000_000_000);
    const second = sealReply(config, '<xml>答复</xml>', 1_700_000_000_000);
    if (!first.ok || !second.ok) throw new Error('seal failed');
    expect(first.value.timestamp).toBe('1700000000');
    expect(first.value.encrypt).not.toBe(second.value.encrypt);
    expect(first.value.nonce).not.toBe(second.value.nonce);
    expect(openPayload(config, first.value, 0)).toEqual({ ok: true, value: '<xml>答复</xml>' });
  });

  it('reports a bad key instead of throwing', () => {
    expect(sealReply({ ...config, encodingAesKey: 'short' }, 'x', 0)).toEqual({ ok: false, error: 'encrypt-failed' });
  });
});
