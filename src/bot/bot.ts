/**
 * handleTurn: the one composition every channel calls, a pipeline read top to bottom —
 *   admit (clean, refuse unreadable) → rate limit → lock → load → understand → step → render → save
 * — each step a small function below. A failing store or lock gives a polite "please try again",
 * never a crash; bad input gets a reply that says what is expected.
 */
import { ANONYMOUS_CHANNELS, type Message } from '../core/message.js';
import { loadDialogs, type DialogSet } from '../dialog/dialog-schema.js';
import { step } from '../dialog/engine.js';
import type { Action } from '../dialog/actions.js';
import { createMemoryLock } from '../infra/user-lock.js';
import { createMemoryStore } from '../infra/memory-store.js';
import type { RateLimiter } from '../core/rate-limiter.js';
import type { UserLock } from '../core/user-lock.js';
import { newSession, type Session } from '../dialog/session.js';
import type { SessionStore } from '../core/session-store.js';
import { hashUserId } from '../lib/hash-user-id.js';
import { silentLogger, type Logger } from '../lib/logger.js';
import { detectLanguage } from '../nlu/detect-language.js';
import type { Understanding } from '../nlu/understanding.js';
import { render } from '../reply/render.js';
import type { Lang, Reply } from '../core/reply.js';
import { intentNames } from '../nlu/intents.js';
import { cleanText, refuseUnreadable } from './admit-text.js';
import type { ReviewRecorder } from '../review/review-recorder.js';
import { validateDomain } from './validate-domain.js';

/** Reads one message; the only piece that knows about intents and entities. */
export type Understand = (text: string) => Understanding;

export interface BotOptions {
  understand?: Understand;
  dialogs?: DialogSet;
  store?: SessionStore<Session>;
  lock?: UserLock;
  rateLimiter?: RateLimiter;
  logger?: Logger;
  /** Idle time after which a session starts over (default 30 minutes). */
  idleSeconds?: number;
  /**
   * Sessions kept in memory at most when no store is given, for the signed-in channels (WeCom,
   * Telegram, the terminal); default 100,000.
   */
  maxSessions?: number;
  /** The same for the anonymous channels (ANONYMOUS_CHANNELS: the HTTP API); default `maxSessions`. */
  maxAnonymousSessions?: number;
  now?: () => number;
  /** Records the turns staff should review and files each result under an answer id (src/review). */
  review?: ReviewRecorder;
}

export interface Bot {
  handleTurn(message: Message): Promise<Reply>;
  /** The "too many messages, wait N seconds" reply, for limits a channel applies itself (the API's per address). */
  rateLimitedReply(text: string, lang: Lang | undefined, retryAfterSeconds: number): Reply;
  dialogs: DialogSet;
  understand: Understand;
}

/**
 * Builds the bot. With no options: the saved intent model, the dialogs folder, sessions in memory.
 * @example
 *   const bot = await createBot();
 *   const reply = await bot.handleTurn({ channel: 'cli', userId: 'staff', text: '区属国企的门面月租2万能免多少' });
 */
export async function createBot(options: BotOptions = {}): Promise<Bot> {
  const dialogs = options.dialogs ?? loadDialogs();
  if (!options.dialogs) validateDomain(dialogs, intentNames());
  const understand = options.understand ?? (await import('../nlu/default-understander.js')).loadDefaultUnderstander();
  const idleSeconds = options.idleSeconds ?? 1800;
  const storeFor = sessionStores(options, idleSeconds);
  const lock = options.lock ?? createMemoryLock();
  const logger = options.logger ?? silentLogger;
  const now = options.now ?? Date.now;

  function renderSystem(action: Action, lang: Lang, intent: string): Reply {
    return render([action], newSession(lang, now()), { intent, confidence: 0 }, dialogs);
  }

  function rateLimitedReply(text: string, lang: Lang | undefined, retryAfterSeconds: number): Reply {
    const reply = renderSystem({ type: 'rateLimited', retryAfterSeconds }, lang ?? detectLanguage(cleanText(text) || text), 'rate_limited');
    return { ...reply, retryAfterSeconds };
  }

  /**
   * Load: the stored session, or a new one when there is none or it has been idle too long. A
   * language the client pins locks the conversation to it, as the /lang command does.
   */
  async function load(store: SessionStore<Session>, key: string, lang: Lang, pinned: Lang | undefined): Promise<Session> {
    const stored = await store.read(key);
    const loaded = stored && now() - stored.updatedAt <= idleSeconds * 1000 ? stored : newSession(pinned ?? lang, now());
    return pinned ? { ...loaded, lang: pinned, langLocked: true } : loaded;
  }

  /** Inside the user's lock: load → understand → step → render → record → save. */
  async function turn(message: Message, key: string, text: string, started: number): Promise<Reply> {
    const { channel } = message;
    const store = storeFor(channel);
    const understanding = understand(text);
    const session = await load(store, key, understanding.lang, message.lang);
    const result = step(session, understanding, { dialogs, now: now() });
    const rendered = render(result.actions, result.session, { intent: result.intent ?? understanding.intent, confidence: understanding.confidence }, dialogs);
    const user = hashUserId(key);
    const reply = options.review
      ? await options.review.record({ channel, user, text, complaintCue: understanding.cues.complaint, actions: result.actions, session: result.session, reply: rendered })
      : rendered;
    result.session.options = reply.options.map((option) => option.value);
    await store.write(key, result.session, idleSeconds);
    logger.info({
      event: 'turn', channel, user, intent: reply.intent, confidence: Number(reply.confidence.toFixed(3)),
      measures: reply.measures, awaiting: reply.awaiting, ms: Number((performance.now() - started).toFixed(2)),
    }, 'turn');
    logger.debug({ user, text }, 'message');
    return reply;
  }

  /** Rate limit: the reply telling the user to wait, or null when the message may go on. */
  async function rateLimit(key: string, text: string, lang: Lang): Promise<Reply | null> {
    if (!options.rateLimiter) return null;
    const limit = await options.rateLimiter.hit(key);
    return limit.allowed ? null : rateLimitedReply(text, lang, limit.retryAfterSeconds);
  }

  async function handleTurn(message: Message): Promise<Reply> {
    const started = performance.now();
    const text = cleanText(message.text);
    const lang = message.lang ?? detectLanguage(text || message.text);
    const refused = refuseUnreadable(text, lang);
    if (refused) return refused;
    const key = `${message.channel}:${message.userId}`;
    try {
      return (await rateLimit(key, text, lang)) ?? (await lock.run(key, () => turn(message, key, text, started)));
    } catch (error) {
      logger.error({ event: 'turn_failed', channel: message.channel, user: hashUserId(key), err: error instanceof Error ? error.message : String(error) }, 'turn failed');
      return renderSystem({ type: 'busy' }, lang, 'busy');
    }
  }

  return { handleTurn, rateLimitedReply, dialogs, understand };
}

/**
 * Where each channel's sessions live: the given store for all, or in memory one LRU budget for the
 * signed-in channels and another for the anonymous ones, so neither can evict the other's sessions.
 */
function sessionStores(options: BotOptions, idleSeconds: number): (channel: Message['channel']) => SessionStore<Session> {
  const given = options.store;
  if (given) return () => given;
  const maxSessions = options.maxSessions ?? 100_000;
  const signedIn = createMemoryStore<Session>({ maxEntries: maxSessions, ttlSeconds: idleSeconds });
  const anonymous = createMemoryStore<Session>({ maxEntries: options.maxAnonymousSessions ?? maxSessions, ttlSeconds: idleSeconds });
  return (channel) => (ANONYMOUS_CHANNELS.has(channel) ? anonymous : signedIn);
}
