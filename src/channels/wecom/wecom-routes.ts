/**
 * The WeCom self-built app callback (自建应用 接收消息, path/90238) at /wecom/callback: verify, parse,
 * hand off, render, in that order. A text message gets its answer as an encrypted passive reply; the
 * subscribe / enter_agent events get the welcome and menu; any other message type (image, voice, video,
 * location, link, file) gets "please type your question"; other events are acknowledged with an empty 200, as WeCom asks.
 */
import type { Route } from '../../core/http-types.js';
import { createWecomCallbackRoutes, wecomCrypto } from './wecom-callback.js';
import { createWecomConversation, type WecomConversation, type WecomMemo, type WecomTurnDeps } from './wecom-conversation.js';
import { WECOM_CONTENT_LIMIT_BYTES } from './wecom-render.js';
import { buildEncryptedReplyXml, buildTextReplyXml, parseEnvelope, parseWecomMessage, type WecomMessage } from './wecom-xml.js';

/** The path WeCom is configured to call. */
export const WECOM_CALLBACK_PATH = '/wecom/callback';

export interface WecomRoutesConfig {
  /** WECOM_TOKEN */
  token: string;
  /** WECOM_ENCODING_AES_KEY (43 characters) */
  encodingAesKey: string;
  /** WECOM_CORP_ID: the receiveId every ciphertext must carry. */
  corpId: string;
  /** WECOM_TIMESTAMP_TOLERANCE_SECONDS; 0 turns the check off; default 300. */
  timestampToleranceSeconds?: number;
}

/** subscribe / enter_agent get the welcome of {@link WecomTurnDeps}. */
export interface WecomRoutesDeps extends WecomTurnDeps {
  config: WecomRoutesConfig;
}

/**
 * The GET (URL verification) and POST (messages) routes of the WeCom self-built app callback.
 *
 * @example
 * const routes = createWecomRoutes({
 *   config: { token: env.WECOM_TOKEN, encodingAesKey: env.WECOM_ENCODING_AES_KEY, corpId: env.WECOM_CORP_ID },
 *   handleTurn: bot.handleTurn, dedupe: createMemoryStore({ maxEntries: 100_000, ttlSeconds: 600 }), logger,
 * });
 */
export function createWecomRoutes(deps: WecomRoutesDeps): Route[] {
  const { logger } = deps;
  const now = deps.now ?? Date.now;
  const channel = 'wecom';
  const conversation = createWecomConversation({
    channel, handleTurn: deps.handleTurn, store: deps.dedupe, claims: deps.claims, logger, welcome: deps.welcome, limitBytes: WECOM_CONTENT_LIMIT_BYTES,
  });
  return createWecomCallbackRoutes<WecomMessage>({
    path: WECOM_CALLBACK_PATH,
    channel,
    crypto: wecomCrypto(deps.config, deps.config.corpId),
    logger,
    now,
    readEncrypt: (body) => {
      const envelope = parseEnvelope(body);
      return envelope.ok ? { ok: true, value: envelope.value.encrypt } : envelope;
    },
    parseMessage: parseWecomMessage,
    answer: async (message) => {
      const memo = await respond(conversation, message);
      if (memo === null || memo.text === '') return null;
      return buildTextReplyXml({
        toUserName: message.fromUserName,
        fromUserName: message.toUserName,
        createTime: String(Math.floor(now() / 1000)),
        content: memo.text,
      });
    },
    respond: (sealed) => ({ status: 200, headers: { 'content-type': 'application/xml; charset=utf-8' }, body: buildEncryptedReplyXml(sealed) }),
  });
}

/** Events that open the chat and deserve the welcome and menu. */
const WELCOME_EVENTS = new Set(['subscribe', 'enter_agent']);

/**
 * Chooses the answer for a parsed message; null means acknowledge without a reply. The de-duplication
 * key follows WeCom's advice (path/90238): MsgId for messages; for events FromUserName + CreateTime,
 * plus Event and EventKey, since two events in one second would otherwise collide.
 */
function respond(conversation: WecomConversation, message: WecomMessage): Promise<WecomMemo | null> {
  const user = message.fromUserName;
  if (message.msgType === 'event') {
    if (!WELCOME_EVENTS.has(message.event ?? '')) return Promise.resolve(null);
    const key = ['event', user, message.createTime, message.event ?? '', message.eventKey ?? ''].join('|');
    return conversation.welcome(key, user);
  }
  if (message.msgType !== 'text') return conversation.nonText(user);
  const key = message.msgId !== undefined ? `msg|${message.msgId}` : ['text', user, message.createTime].join('|');
  return conversation.text(key, user, message.content ?? '');
}
