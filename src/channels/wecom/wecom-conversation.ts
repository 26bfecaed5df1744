/**
 * What both WeCom callbacks (self-built app and AI bot) do once a request is verified and parsed: hand
 * the text to `handleTurn` at most once per delivery, render the reply for WeCom, and remember the last
 * choices offered so the user can answer "2". No intent, dialog or rule logic lives here.
 */
import type { DeliveryClaims } from '../../infra/delivery-claim.js';
import type { SessionStore } from '../../core/session-store.js';
import { hashUserId } from '../../lib/hash-user-id.js';
import type { Logger } from '../../lib/logger.js';
import { renderNonText } from '../../reply/render.js';
import type { Lang, Reply } from '../../core/reply.js';
import { createDeliveryDedupe } from '../../infra/delivery-dedupe.js';
import type { Channel, Message } from '../../core/message.js';
import { failureNotice, renderWecomText, resolveNumberedChoice } from './wecom-render.js';

/**
 * What is stored per delivery (so a retry gets the same answer) and per user (the last answer, for
 * its choices and language). Plain JSON, so any store (memory, Redis) can hold it.
 */
export interface WecomMemo {
  /** The rendered text sent; "" means "acknowledge with an empty body". */
  text: string;
  /** The values of the numbered choices in `text`, in order. */
  options: string[];
  lang: Lang;
}

/** The bot's entry point, as every adapter takes it. */
export type HandleTurn = (message: Message) => Promise<Reply>;

/** What both WeCom callbacks (the app and the AI bot) need beside their own configuration. */
export interface WecomTurnDeps {
  handleTurn: HandleTurn;
  /** Remembers answers per delivery (for retries) and the last answer per user; memory or Redis. */
  dedupe: SessionStore<WecomMemo>;
  /** Claims shared by every instance (Redis): copies of one message on two instances run one turn. */
  claims?: DeliveryClaims;
  logger: Logger;
  /** Clock in milliseconds; injected by tests. */
  now?: () => number;
  /** The welcome when a user opens the chat; by default the greeting "你好" through `handleTurn`, so the menu stays the bot's own. */
  welcome?: (userId: string) => Promise<Reply>;
}

/** The text sent through `handleTurn` for a welcome when no `welcome` is injected: the bot's own greeting. */
export const WELCOME_TEXT = '你好';

/** Remembered answers outlive WeCom's retry window (about 20 s) by a wide margin. */
export const DEFAULT_DEDUPE_TTL_SECONDS = 600;

export interface WecomConversationDeps {
  channel: Extract<Channel, 'wecom' | 'wecom-aibot'>;
  handleTurn: HandleTurn;
  store: SessionStore<WecomMemo>;
  logger: Logger;
  /** The welcome and menu for a user who opens the chat; defaults to `handleTurn` with {@link WELCOME_TEXT}. */
  welcome?: (userId: string) => Promise<Reply>;
  /** The byte limit of the channel's text. */
  limitBytes: number;
  dedupeTtlSeconds?: number;
  /** Shared claims (Redis), so copies of one message sent to different instances run one turn. */
  claims?: DeliveryClaims;
}

/** One WeCom user-facing action, each at most once per delivery id. */
export interface WecomConversation {
  /** The answer to a text message. */
  text(deliveryId: string, userId: string, text: string): Promise<WecomMemo>;
  /** The welcome and menu (subscribe, enter_agent, enter_chat). */
  welcome(deliveryId: string, userId: string): Promise<WecomMemo>;
  /** "Please type your question" for a picture, voice note or file, in the user's language (zh by default). */
  nonText(userId: string): Promise<WecomMemo>;
  /** The answer already given to a delivery, if it is still remembered. */
  recall(deliveryId: string): Promise<WecomMemo | undefined>;
  /** The apology for a failure on our side, in the user's language. */
  failed(userId: string): Promise<WecomMemo>;
}

/**
 * Creates the conversation glue for one WeCom channel.
 *
 * @example
 * const conversation = createWecomConversation({ channel: 'wecom', handleTurn, store, logger, limitBytes: 2048 });
 * const memo = await conversation.text('msg:4561255354251345929', 'mycreate', 'hello'); // memo.text is what to send
 */
export function createWecomConversation(deps: WecomConversationDeps): WecomConversation {
  const { channel, handleTurn, store, logger, limitBytes } = deps;
  const ttlSeconds = deps.dedupeTtlSeconds ?? DEFAULT_DEDUPE_TTL_SECONDS;
  // A copy whose twin is still being answered on another instance is acknowledged empty: WeCom takes the
  // answer from the twin's response.
  const dedupe = createDeliveryDedupe<WecomMemo>({ store, ttlSeconds, claims: deps.claims, pending: { text: '', options: [], lang: 'zh' } });
  const welcome = deps.welcome ?? ((userId: string) => handleTurn({ channel, userId, text: WELCOME_TEXT }));
  // Keys are namespaced so they cannot collide with dialog sessions kept in the same store.
  const deliveryKey = (id: string): string => `${channel}-delivery:${id}`;
  const lastKey = (userId: string): string => `${channel}-last:${userId}`;

  async function lastAnswer(userId: string): Promise<WecomMemo | undefined> {
    return store.read(lastKey(userId));
  }

  async function answer(deliveryId: string, userId: string, turn: () => Promise<Reply>): Promise<WecomMemo> {
    try {
      return await dedupe.once(deliveryKey(deliveryId), async () => {
        const reply = await turn();
        const memo: WecomMemo = {
          text: renderWecomText(reply, limitBytes),
          options: reply.options.map((option) => option.value),
          lang: reply.lang,
        };
        await store.write(lastKey(userId), memo, ttlSeconds);
        return memo;
      });
    } catch (error) {
      // Not stored, so the user can simply send the message again.
      logger.error({ channel, user: hashUserId(`${channel}:${userId}`), err: error instanceof Error ? error.message : String(error) }, 'wecom turn failed');
      return failed(userId);
    }
  }

  /** The language the user last got an answer in; zh for a new user or when the store cannot say. */
  async function langOf(userId: string): Promise<Lang> {
    return (await lastAnswer(userId).catch(() => undefined))?.lang ?? 'zh';
  }

  async function failed(userId: string): Promise<WecomMemo> {
    const lang = await langOf(userId);
    return { text: failureNotice(lang), options: [], lang };
  }

  return {
    text(deliveryId, userId, text) {
      return answer(deliveryId, userId, async () => {
        const last = await lastAnswer(userId);
        return handleTurn({ channel, userId, text: resolveNumberedChoice(text, last?.options ?? []) });
      });
    },
    welcome(deliveryId, userId) {
      return answer(deliveryId, userId, () => welcome(userId));
    },
    async nonText(userId) {
      // Nothing advances, so there is nothing to de-duplicate: a retry gets the same sentence anyway.
      const lang = await langOf(userId);
      return { text: renderWecomText(renderNonText('media', lang), limitBytes), options: [], lang };
    },
    recall(deliveryId) {
      return store.read(deliveryKey(deliveryId));
    },
    failed,
  };
}
