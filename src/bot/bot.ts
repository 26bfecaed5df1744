/**
 * handleTurn: the one composition every channel calls. Per user: lock, read the session, understand the
 * message, step the dialog, render, write the session back. A failing store or lock gives a polite
 * "please try again", never a crash; bad input gets a reply that says what is expected.
 */
import { createHash } from 'node:crypto';
import { MAX_MESSAGE_CHARS, type Message } from '../core/message.js';
import { loadDialogs, type DialogSet } from '../dialog/dialog-schema.js';
import { step } from '../dialog/engine.js';
import type { Action } from '../dialog/actions.js';
import { createMemoryLock } from '../infra/user-lock.js';
import { createMemoryStore } from '../infra/memory-store.js';
import type { RateLimiter } from '../core/rate-limiter.js';
import type { UserLock } from '../core/user-lock.js';
import { newSession, type Session } from '../dialog/session.js';
import type { SessionStore } from '../core/session-store.js';
import { silentLogger, type Logger } from '../lib/logger.js';
import { detectLanguage } from '../nlu/detect-language.js';
import type { Understanding } from '../nlu/understanding.js';
import { render } from '../reply/render.js';
import type { Lang, Reply } from '../core/reply.js';

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
  /** Sessions kept in memory at most, when no store is given (default 100,000). */
  maxSessions?: number;
  now?: () => number;
}

export interface Bot {
  handleTurn(message: Message): Promise<Reply>;
  dialogs: DialogSet;
  understand: Understand;
}

/** A stable, non-reversible id for logs: user ids are personal data. */
export function hashUserId(key: string): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 12);
}

/** Control characters (other than line breaks) are dropped: they only break rendering downstream. */
function cleanText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').trim();
}

function plainReply(lang: Lang, text: string, intent: string): Reply {
  return { text, lang, intent, confidence: 0, measures: [], awaiting: null, options: [], results: [], contacts: [], card: null };
}

/**
 * Builds the bot. With no options: the saved intent model, the dialogs folder, sessions in memory.
 * @example
 *   const bot = await createBot();
 *   const reply = await bot.handleTurn({ channel: 'cli', userId: 'staff', text: '区属国企的门面月租2万能免多少' });
 */
export async function createBot(options: BotOptions = {}): Promise<Bot> {
  const dialogs = options.dialogs ?? loadDialogs();
  const understand = options.understand ?? (await import('../nlu/default-understander.js')).loadDefaultUnderstander();
  const idleSeconds = options.idleSeconds ?? 1800;
  const store = options.store ?? createMemoryStore<Session>({ maxEntries: options.maxSessions ?? 100_000, ttlSeconds: idleSeconds });
  const lock = options.lock ?? createMemoryLock();
  const logger = options.logger ?? silentLogger;
  const now = options.now ?? Date.now;

  function renderSystem(action: Action, lang: Lang, intent: string): Reply {
    return render([action], newSession(lang, now()), { intent, confidence: 0 }, dialogs);
  }

  async function turn(channel: Message['channel'], key: string, text: string, started: number): Promise<Reply> {
    const stored = await store.read(key);
    const fresh = !stored || now() - stored.updatedAt > idleSeconds * 1000;
    const understanding = understand(text);
    const session = fresh ? newSession(understanding.lang, now()) : stored;
    const result = step(session, understanding, { dialogs, now: now() });
    const reply = render(result.actions, result.session, understanding, dialogs);
    result.session.options = reply.options.map((option) => option.value);
    await store.write(key, result.session, idleSeconds);
    logger.info({
      event: 'turn', channel, user: hashUserId(key), intent: reply.intent, confidence: Number(reply.confidence.toFixed(3)),
      measures: reply.measures, awaiting: reply.awaiting, ms: Number((performance.now() - started).toFixed(2)),
    }, 'turn');
    logger.debug({ user: hashUserId(key), text }, 'message');
    return reply;
  }

  async function handleTurn(message: Message): Promise<Reply> {
    const started = performance.now();
    const text = cleanText(message.text);
    const lang = detectLanguage(text || message.text);
    if (!text) {
      return plainReply(lang, lang === 'zh' ? '请输入您的问题，例如"我的饭馆租的区属国企门面，3、4月房租能免吗？"' : 'Please type a question, e.g. "Can my restaurant get its March and April rent waived?"', 'empty');
    }
    if (text.length > MAX_MESSAGE_CHARS) {
      return plainReply(lang, lang === 'zh' ? `消息太长了（最多${MAX_MESSAGE_CHARS}字），请简短描述您的问题。` : `That message is too long (at most ${MAX_MESSAGE_CHARS} characters); please ask in a few words.`, 'too_long');
    }
    const key = `${message.channel}:${message.userId}`;
    try {
      if (options.rateLimiter) {
        const limit = await options.rateLimiter.hit(key);
        if (!limit.allowed) return renderSystem({ type: 'rateLimited', retryAfterSeconds: limit.retryAfterSeconds }, lang, 'rate_limited');
      }
      return await lock.run(key, () => turn(message.channel, key, text, started));
    } catch (error) {
      logger.error({ event: 'turn_failed', channel: message.channel, user: hashUserId(key), err: error instanceof Error ? error.message : String(error) }, 'turn failed');
      return renderSystem({ type: 'busy' }, lang, 'busy');
    }
  }

  return { handleTurn, dialogs, understand };
}
