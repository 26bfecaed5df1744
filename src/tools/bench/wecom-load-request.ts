/**
 * WeCom's side of a callback, for load: a text message encrypted and signed the way WeCom sends it,
 * with WeCom's published sample keys (the server under test is configured with the same keys).
 *
 * @example
 * const request = wecomTextRequest(WECOM_SAMPLE_KEYS, 'user-1', '区属国企的门面，月租2万', 1);
 * // { method: 'POST', path: '/wecom/callback?msg_signature=...&timestamp=...&nonce=...', body: '<xml>...' }
 */
import { encrypt, getSignature } from '@wecom/crypto';
import type { AutocannonRequest } from 'autocannon';
import { WECOM_CALLBACK_PATH } from '../../channels/wecom/wecom-routes.js';

export interface WecomKeys {
  token: string;
  encodingAesKey: string;
  corpId: string;
}

/** The keys of WeCom's published sample (developer docs, 加解密方案说明), as in test/fixtures/wecom-vectors.json. */
export const WECOM_SAMPLE_KEYS: WecomKeys = {
  token: 'QDG6eK',
  encodingAesKey: 'jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C',
  corpId: 'wx5823bf96d3bd56c7',
};

/** The environment that configures the server for these keys. */
export function wecomEnv(keys: WecomKeys): Record<string, string> {
  return { WECOM_TOKEN: keys.token, WECOM_ENCODING_AES_KEY: keys.encodingAesKey, WECOM_CORP_ID: keys.corpId };
}

/** A text message from `user`, message id `msgId`, stamped now. */
export function wecomTextRequest(keys: WecomKeys, user: string, text: string, msgId: number): AutocannonRequest {
  const timestamp = String(Math.floor(Date.now() / 1000));
  const nonce = String(1_000_000 + msgId);
  const inner =
    `<xml><ToUserName><![CDATA[${keys.corpId}]]></ToUserName><FromUserName><![CDATA[${user}]]></FromUserName>` +
    `<CreateTime>${timestamp}</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[${text}]]></Content>` +
    `<MsgId>${msgId}</MsgId><AgentID>1000002</AgentID></xml>`;
  const ciphertext = encrypt(keys.encodingAesKey, inner, keys.corpId);
  const query = new URLSearchParams({ msg_signature: getSignature(keys.token, timestamp, nonce, ciphertext), timestamp, nonce });
  return {
    method: 'POST',
    path: `${WECOM_CALLBACK_PATH}?${query.toString()}`,
    headers: { 'content-type': 'text/xml' },
    body: `<xml><ToUserName><![CDATA[${keys.corpId}]]></ToUserName><Encrypt><![CDATA[${ciphertext}]]></Encrypt><AgentID><![CDATA[1000002]]></AgentID></xml>`,
  };
}
