/**
 * The WeCom 智能机器人 (AI bot) callback at /wecom/aibot, so the bot can sit in a WeCom group chat
 * (path/101033, 100719, 101031). Same cryptography as the app callback with receiveId "", but JSON: the
 * body is `{"encrypt": …}`, the plaintext is a JSON message, and the passive reply is an encrypted JSON
 * envelope. A message is answered with one finished stream (`finish: true`, the whole answer at once,
 * so WeCom sends no refresh callbacks); the enter_chat event with a text welcome, the only event that
 * accepts one.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Route } from '../../core/http-types.js';
import { createWecomCallbackRoutes, wecomCrypto } from './wecom-callback.js';
import type { Result } from './wecom-crypto.js';
import { createWecomConversation, type WecomConversation, type WecomMemo, type WecomTurnDeps } from './wecom-conversation.js';

/** The path the AI bot is configured to call. */
export const WECOM_AIBOT_PATH = '/wecom/aibot';

/** A stream reply's content limit in UTF-8 bytes (the aibot SDK's replyStream limit). */
export const WECOM_AIBOT_CONTENT_LIMIT_BYTES = 20_480;

export interface WecomAibotRoutesConfig {
  /** WECOM_AIBOT_TOKEN */
  token: string;
  /** WECOM_AIBOT_ENCODING_AES_KEY (43 characters) */
  encodingAesKey: string;
  /** Shared with the app callback (WECOM_TIMESTAMP_TOLERANCE_SECONDS); 0 turns the check off; default 300. */
  timestampToleranceSeconds?: number;
}

/** enter_chat gets the welcome of {@link WecomTurnDeps}. */
export interface WecomAibotRoutesDeps extends WecomTurnDeps {
  config: WecomAibotRoutesConfig;
}

const envelopeSchema = z.object({ encrypt: z.string().min(1) });

const textPart = z.object({ content: z.string() });
const messageSchema = z.object({
  msgid: z.string().min(1),
  chatid: z.string().optional(),
  chattype: z.string().optional(),
  from: z.object({ userid: z.string().min(1) }),
  msgtype: z.string().min(1),
  text: textPart.optional(),
  /** Text and pictures in one message (path/100719): each item has its own msgtype. */
  mixed: z.object({ msg_item: z.array(z.object({ msgtype: z.string(), text: textPart.optional() })) }).optional(),
  /** A refresh of a stream we answered (流式消息刷新): its id. */
  stream: z.object({ id: z.string() }).optional(),
  event: z.object({ eventtype: z.string() }).optional(),
});

type AibotMessage = z.infer<typeof messageSchema>;

/**
 * The GET (URL verification) and POST (messages) routes of the WeCom AI bot callback.
 *
 * @example
 * const routes = createWecomAibotRoutes({
 *   config: { token: env.WECOM_AIBOT_TOKEN, encodingAesKey: env.WECOM_AIBOT_ENCODING_AES_KEY },
 *   handleTurn: bot.handleTurn, dedupe: store, logger,
 * });
 */
export function createWecomAibotRoutes(deps: WecomAibotRoutesDeps): Route[] {
  const { logger } = deps;
  const channel = 'wecom-aibot';
  const conversation = createWecomConversation({
    channel, handleTurn: deps.handleTurn, store: deps.dedupe, claims: deps.claims, logger, welcome: deps.welcome, limitBytes: WECOM_AIBOT_CONTENT_LIMIT_BYTES,
  });
  return createWecomCallbackRoutes<AibotMessage>({
    path: WECOM_AIBOT_PATH,
    channel,
    // The AI bot's ciphertexts end with an empty receiveId (path/101033).
    crypto: wecomCrypto(deps.config, ''),
    logger,
    now: deps.now ?? Date.now,
    readEncrypt: (body) => {
      const envelope = parseJson(body, envelopeSchema);
      return envelope.ok ? { ok: true, value: envelope.value.encrypt } : envelope;
    },
    parseMessage: (plaintext) => parseJson(plaintext, messageSchema),
    answer: async (message) => {
      const reply = await respond(conversation, message);
      return reply === null ? null : JSON.stringify(reply);
    },
    respond: ({ encrypt, signature, timestamp, nonce }) => ({
      status: 200,
      headers: { 'content-type': 'application/json; charset=utf-8' },
      // Field names as in the official JSON library's template (WXBizJsonMsgCrypt).
      body: JSON.stringify({ encrypt, msgsignature: signature, timestamp: Number(timestamp), nonce }),
    }),
  });
}

/** The plaintext of a passive reply: a finished stream for messages, text for the welcome. */
type AibotReply =
  | { msgtype: 'stream'; stream: { id: string; finish: true; content: string } }
  | { msgtype: 'text'; text: { content: string } };

/** Chooses the reply for a parsed AI bot callback; null means acknowledge without a reply. */
async function respond(conversation: WecomConversation, message: AibotMessage): Promise<AibotReply | null> {
  // In a group each member keeps their own conversation; the same member elsewhere is a new one.
  const group = message.chattype === 'group' && message.chatid !== undefined;
  const user = group ? `${message.chatid}/${message.from.userid}` : message.from.userid;
  const finished = (id: string, memo: WecomMemo): AibotReply | null => memo.text === ''
    ? null
    : { msgtype: 'stream', stream: { id, finish: true, content: memo.text } };
  // The delivery is remembered under its stream id, so a refresh of that stream finds the answer.
  const answerText = async (text: string): Promise<AibotReply | null> => {
    const id = streamId(message.msgid);
    return finished(id, await conversation.text(`stream|${id}`, user, withoutMentions(text, group)));
  };

  switch (message.msgtype) {
    case 'event': {
      if (message.event?.eventtype !== 'enter_chat') return null;
      const memo = await conversation.welcome(`event|${message.msgid}`, user);
      return memo.text === '' ? null : { msgtype: 'text', text: { content: memo.text } };
    }
    case 'text':
      return answerText(message.text?.content ?? '');
    case 'mixed': {
      const parts = (message.mixed?.msg_item ?? []).flatMap((item) => (item.msgtype === 'text' && item.text ? [item.text.content] : []));
      const text = parts.join('\n').trim();
      return text === '' ? finished(streamId(message.msgid), await conversation.nonText(user)) : answerText(text);
    }
    case 'stream': {
      // Every answer is sent finished, so a refresh can only be a late or repeated one: send it again.
      const id = message.stream?.id ?? '';
      return finished(id, (await conversation.recall(`stream|${id}`)) ?? (await conversation.failed(user)));
    }
    default:
      return finished(streamId(message.msgid), await conversation.nonText(user));
  }
}

/**
 * The question without the "@BotName" that addresses it. In a group the mention may stand anywhere; an
 * "@" inside a word (an e-mail address) is not a mention.
 */
function withoutMentions(text: string, group: boolean): string {
  const mention = group ? /(^|\s)@\S+\s*/g : /^(\s*)@\S+\s*/;
  return text.replace(mention, '$1').trim();
}

/** A stable, short stream id for a message id (which may hold "/", "+" and "="). */
function streamId(msgid: string): string {
  return createHash('sha1').update(msgid).digest('hex').slice(0, 32);
}

/** Parses JSON and validates it; never throws. */
function parseJson<T>(text: string, schema: z.ZodType<T>): Result<T, 'malformed-json'> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, error: 'malformed-json' };
  }
  const parsed = schema.safeParse(value);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, error: 'malformed-json' };
}
