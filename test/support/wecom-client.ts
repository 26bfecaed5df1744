/**
 * Plays WeCom's side of the callbacks in tests: encrypts and signs requests the way WeCom does (with
 * @wecom/crypto directly, not with the code under test), and opens the encrypted replies. Also a fake
 * `handleTurn`, a recording logger and a Reply builder.
 *
 * @example
 * const wecom = wecomClient(KEYS, () => now);
 * const response = await post.handle(wecom.textRequest('mycreate', '你好', '1001'), {});
 * wecom.openXmlReply(response).content // what the user sees
 */
import { decrypt, encrypt, getSignature } from '@wecom/crypto';
import { XMLParser } from 'fast-xml-parser';
import type { HttpRequest, HttpResponse } from '../../src/core/http-types.js';
import type { Message } from '../../src/core/message.js';
import type { Logger } from '../../src/lib/logger.js';
import type { Reply } from '../../src/core/reply.js';

export interface WecomKeys {
  token: string;
  encodingAesKey: string;
  /** The CorpID ("" for the AI bot). */
  receiveId: string;
}

/** The keys of WeCom's published sample (vector wecom-official-post-text-QDG6eK). */
export const SAMPLE_KEYS: WecomKeys = {
  token: 'QDG6eK',
  encodingAesKey: 'jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C',
  receiveId: 'wx5823bf96d3bd56c7',
};

const xml = new XMLParser({ parseTagValue: false, trimValues: false });

/** A request as the server would hand it to a route. */
export function httpRequest(method: string, path: string, query: URLSearchParams | string, body: string | Buffer = ''): HttpRequest {
  return {
    method,
    path,
    query: typeof query === 'string' ? new URLSearchParams(query) : query,
    headers: {},
    body: Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8'),
  };
}

let nonceCounter = 100_000;

export interface WecomClient {
  /** A signed query for this ciphertext, at the client's clock (or the timestamp given). */
  signedQuery(ciphertext: string, timestamp?: string): URLSearchParams;
  seal(plaintext: string, receiveId?: string): string;
  /** GET URL verification for a random echostr; returns the request and the echostr's plaintext. */
  verifyRequest(path: string): { request: HttpRequest; plaintext: string };
  /** POST of an XML message (plaintext XML given) in the app callback's envelope. */
  xmlRequest(plaintextXml: string, options?: { receiveId?: string }): HttpRequest;
  /** POST of a text message from `user` to the app callback. */
  textRequest(user: string, text: string, msgId: string): HttpRequest;
  /** POST of an event to the app callback. */
  eventRequest(user: string, event: string, createTime: string, eventKey?: string): HttpRequest;
  /** POST of a JSON message to the AI bot callback. */
  jsonRequest(plaintext: object, options?: { receiveId?: string }): HttpRequest;
  /** Checks the reply's signature, decrypts it and reads the passive-reply XML. */
  openXmlReply(response: HttpResponse): { toUserName: string; fromUserName: string; msgType: string; content: string; receiveId: string };
  /** Checks the reply's signature, decrypts it and parses the AI bot's JSON reply. */
  openJsonReply(response: HttpResponse): { reply: Record<string, unknown>; receiveId: string };
}

/** A WeCom stand-in for one app (or AI bot) configured with `keys`; `now` is the clock in ms. */
export function wecomClient(keys: WecomKeys, now: () => number): WecomClient {
  const timestampNow = (): string => String(Math.floor(now() / 1000));
  const client: WecomClient = {
    signedQuery(ciphertext, timestamp = timestampNow()) {
      const nonce = String(nonceCounter++);
      return new URLSearchParams({ msg_signature: getSignature(keys.token, timestamp, nonce, ciphertext), timestamp, nonce });
    },
    seal(plaintext, receiveId = keys.receiveId) {
      return encrypt(keys.encodingAesKey, plaintext, receiveId);
    },
    verifyRequest(path) {
      const plaintext = String(Math.floor(Math.random() * 1e18));
      const echostr = client.seal(plaintext);
      const query = client.signedQuery(echostr);
      query.set('echostr', echostr);
      // Encode as WeCom does (+ / = as %2B %2F %3D), then let the route see it decoded once.
      return { request: httpRequest('GET', path, new URLSearchParams(query.toString())), plaintext };
    },
    xmlRequest(plaintextXml, options = {}) {
      const ciphertext = client.seal(plaintextXml, options.receiveId);
      const body = `<xml><ToUserName><![CDATA[${keys.receiveId}]]></ToUserName>\n<Encrypt><![CDATA[${ciphertext}]]></Encrypt>\n<AgentID><![CDATA[1000002]]></AgentID>\n</xml>`;
      return httpRequest('POST', '/wecom/callback', client.signedQuery(ciphertext), body);
    },
    textRequest(user, text, msgId) {
      return client.xmlRequest(
        `<xml><ToUserName><![CDATA[${keys.receiveId}]]></ToUserName><FromUserName><![CDATA[${user}]]></FromUserName>`
        + `<CreateTime>${timestampNow()}</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[${text}]]></Content>`
        + `<MsgId>${msgId}</MsgId><AgentID>1000002</AgentID></xml>`,
      );
    },
    eventRequest(user, event, createTime, eventKey = '') {
      return client.xmlRequest(
        `<xml><ToUserName><![CDATA[${keys.receiveId}]]></ToUserName><FromUserName><![CDATA[${user}]]></FromUserName>`
        + `<CreateTime>${createTime}</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[${event}]]></Event>`
        + `<EventKey><![CDATA[${eventKey}]]></EventKey><AgentID>1000002</AgentID></xml>`,
      );
    },
    jsonRequest(plaintext, options = {}) {
      const ciphertext = client.seal(JSON.stringify(plaintext), options.receiveId);
      return httpRequest('POST', '/wecom/aibot', client.signedQuery(ciphertext), JSON.stringify({ encrypt: ciphertext }));
    },
    openXmlReply(response) {
      const body = (xml.parse(String(response.body)) as { xml: Record<string, string> }).xml;
      const { Encrypt, MsgSignature, TimeStamp, Nonce } = body;
      if (Encrypt === undefined || MsgSignature !== getSignature(keys.token, String(TimeStamp), String(Nonce), Encrypt)) {
        throw new Error(`reply not signed correctly: ${String(response.body)}`);
      }
      const { message, id } = decrypt(keys.encodingAesKey, Encrypt);
      const inner = (xml.parse(message) as { xml: Record<string, string> }).xml;
      return {
        toUserName: String(inner.ToUserName),
        fromUserName: String(inner.FromUserName),
        msgType: String(inner.MsgType),
        content: String(inner.Content),
        receiveId: id,
      };
    },
    openJsonReply(response) {
      const body = JSON.parse(String(response.body)) as { encrypt: string; msgsignature: string; timestamp: number; nonce: string };
      if (body.msgsignature !== getSignature(keys.token, String(body.timestamp), body.nonce, body.encrypt)) {
        throw new Error(`reply not signed correctly: ${String(response.body)}`);
      }
      const { message, id } = decrypt(keys.encodingAesKey, body.encrypt);
      return { reply: JSON.parse(message) as Record<string, unknown>, receiveId: id };
    },
  };
  return client;
}

/** A Reply with neutral defaults. */
export function fakeReply(fields: Partial<Reply> & { text: string }): Reply {
  return {
    lang: 'zh', intent: 'test', confidence: 1, measures: [], awaiting: null, options: [], results: [], contacts: [], card: null,
    ...fields,
  };
}

/**
 * A scripted stand-in for the bot: numbers each user's turns (so a second dialog step is visible),
 * offers two choices on a greeting, answers in English to English, and records every call.
 */
export function fakeHandleTurn(): { handleTurn: (message: Message) => Promise<Reply>; calls: Message[] } {
  const calls: Message[] = [];
  const turns = new Map<string, number>();
  return {
    calls,
    handleTurn(message) {
      calls.push(message);
      const turn = (turns.get(message.userId) ?? 0) + 1;
      turns.set(message.userId, turn);
      const lang = /^[\x20-\x7e]+$/.test(message.text) ? 'en' : 'zh';
      if (message.text === '你好') {
        return Promise.resolve(fakeReply({
          text: '您好！我可以解答西政办发〔2020〕6号的问题。',
          intent: 'greeting',
          options: [{ label: '房租减免', value: 'rent' }, { label: '稳岗补贴', value: 'jobs' }],
        }));
      }
      return Promise.resolve(fakeReply({ text: `第${turn}轮：${message.text}`, lang }));
    },
  };
}

/** A logger that keeps what it is given, for asserting that refusals are logged. */
export function recordingLogger(): Logger & { warnings: object[]; errors: object[] } {
  const warnings: object[] = [];
  const errors: object[] = [];
  return {
    warnings,
    errors,
    debug: () => undefined,
    info: () => undefined,
    warn: (object) => void warnings.push(object),
    error: (object) => void errors.push(object),
  };
}
