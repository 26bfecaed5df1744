/**
 * The Telegram channel (telegraf): verify, parse, hand off to `handleTurn`, render. No intent, dialog
 * or rule logic lives here: commands become ordinary user texts, button presses become the option's
 * value as the user's text.
 *
 * Long polling by default; with `webhook`, a Route for POST /telegram/webhook that checks Telegram's
 * secret-token header and feeds the update to telegraf.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { Telegraf, TelegramError, type Context } from 'telegraf';
import { message } from 'telegraf/filters';
import type { Update } from 'telegraf/types';
import { z } from 'zod';
import type { Logger } from '../../lib/logger.js';
import { renderNonText } from '../../reply/render.js';
import type { Lang, Reply } from '../../core/reply.js';
import type { HttpRequest, HttpResponse, Route } from '../../core/http-types.js';
import type { Message } from '../../core/message.js';
import { createKeyboardMemory } from './telegram-keyboard-memory.js';
import { withTelegramRetry, type RetryPolicy } from './telegram-retry.js';
import {
  botCommands,
  decodeCallbackData,
  failureText,
  langOf,
  renderReply,
  staleChoiceText,
  type TelegramOutgoing,
} from './telegram-render.js';

/** The path Telegram posts updates to in webhook mode. */
export const TELEGRAM_WEBHOOK_PATH = '/telegram/webhook';
/** The header carrying `setWebhook`'s `secret_token` on every webhook request. */
const SECRET_HEADER = 'x-telegram-bot-api-secret-token';
/** What Telegram accepts as `secret_token` (bots/api#setwebhook). */
const SECRET_PATTERN = /^[A-Za-z0-9_-]{1,256}$/;

/**
 * What each command asks the dialog, by the user's language: the dialog understands these as it
 * would if the user had typed them. "/card" is handled by the dialog itself.
 */
const COMMAND_TEXTS = {
  start: { zh: '你好', en: 'hello' },
  help: { zh: '帮助', en: 'help' },
  reset: { zh: '重新开始', en: 'start over' },
  card: { zh: '/card', en: '/card' },
} as const satisfies Record<string, Record<Lang, string>>;

export interface TelegramBotDeps {
  /** The bot token from @BotFather (TELEGRAM_BOT_TOKEN). */
  token: string;
  /** Another Bot API server, e.g. a self-hosted one or a test fake (TELEGRAM_API_ROOT). */
  apiRoot?: string;
  handleTurn: (message: Message) => Promise<Reply>;
  logger: Logger;
  /** Webhook mode (TELEGRAM_WEBHOOK_URL, TELEGRAM_WEBHOOK_SECRET); long polling without it. */
  webhook?: { url: string; secret: string };
  /** Retry tuning for sends (tests inject `sleep`). */
  retry?: RetryPolicy;
  /** How long one Bot API call may take before it is abandoned (a Bot API that never answers). Default 10,000 ms. */
  apiTimeoutMs?: number;
}

export interface TelegramBot {
  bot: Telegraf;
  /** Polling: resolves once connected (getMe answered), polling continues in the background. Webhook: registers the webhook. */
  start(): Promise<void>;
  /** Stops polling (the in-flight long poll is aborted) and waits for the updates being handled; harmless if not running. */
  stop(reason?: string): Promise<void>;
  /** POST /telegram/webhook, only in webhook mode. */
  webhookRoute?: Route;
}

const updateSchema = z.looseObject({ update_id: z.number().int().nonnegative() });

/**
 * Builds the Telegram bot around `handleTurn`.
 *
 * @example
 * const telegram = createTelegramBot({ token, handleTurn: bot.handleTurn, logger });
 * await telegram.start(); // long polling
 * // ... on shutdown:
 * await telegram.stop('SIGTERM');
 */
export function createTelegramBot(deps: TelegramBotDeps): TelegramBot {
  const { logger } = deps;
  if (deps.webhook && !SECRET_PATTERN.test(deps.webhook.secret)) {
    // Telegram's setWebhook would refuse it later, far from the cause.
    throw new Error('TELEGRAM_WEBHOOK_SECRET must be 1-256 characters from A-Z, a-z, 0-9, _ and -');
  }
  const bot = new Telegraf(deps.token, {
    // webhookReply off: we never pass telegraf the HTTP response, and every call should reach the API.
    telegram: { webhookReply: false, ...(deps.apiRoot ? { apiRoot: deps.apiRoot } : {}) },
  });
  const keyboards = createKeyboardMemory();

  const apiTimeoutMs = deps.apiTimeoutMs ?? 10_000;
  /** One Bot API call, retried as Telegram asks, each attempt abandoned after `apiTimeoutMs`. */
  const send = <T>(what: string, call: (signal: ApiSignal) => Promise<T>): Promise<T> =>
    // telegraf types the signal with the abort-controller shim; its node-fetch takes Node's own.
    withTelegramRetry(() => call(AbortSignal.timeout(apiTimeoutMs) as unknown as ApiSignal), logger, deps.retry, what);

  /** One turn: the text goes to the dialog, the reply comes back as messages. */
  async function turn(ctx: Context, text: string, show: 'text' | 'card' = 'text'): Promise<void> {
    const chat = ctx.chat;
    const from = ctx.from;
    if (!chat || !from) return;
    const userId = `${chat.id}:${from.id}`;
    keyboards.retire(userId); // from now on, older buttons are stale
    let reply: Reply;
    try {
      reply = await deps.handleTurn({ channel: 'telegram', userId, text });
    } catch (error) {
      logger.error({ err: error instanceof Error ? error.message : String(error), updateId: ctx.update.update_id }, 'telegram: handleTurn failed');
      const lang = keyboards.lang(userId) ?? langOf(from.language_code);
      await sendAll(ctx, chat.id, [{ text: failureText(lang) }]);
      return;
    }
    const lastId = await sendAll(ctx, chat.id, renderReply(reply, { show }));
    keyboards.remember(userId, {
      messageId: reply.options.length > 0 ? lastId : null,
      options: reply.options,
      lang: reply.lang,
    });
  }

  /** Sends messages in order; returns the id of the last one sent. */
  async function sendAll(ctx: Context, chatId: number, messages: TelegramOutgoing[]): Promise<number | null> {
    let lastId: number | null = null;
    for (const outgoing of messages) {
      const extra = outgoing.reply_markup ? { reply_markup: outgoing.reply_markup } : {};
      const sent = await send('sendMessage', (signal) => ctx.telegram.callApi('sendMessage', { chat_id: chatId, text: outgoing.text, ...extra }, { signal }));
      lastId = sent.message_id;
    }
    return lastId;
  }

  /** The conversation's language if the bot has spoken to this user, else the client's. */
  const lang = (ctx: Context): Lang =>
    (ctx.chat && ctx.from && keyboards.lang(`${ctx.chat.id}:${ctx.from.id}`)) || langOf(ctx.from?.language_code);
  bot.command('start', (ctx) => turn(ctx, COMMAND_TEXTS.start[lang(ctx)]));
  bot.command('help', (ctx) => turn(ctx, COMMAND_TEXTS.help[lang(ctx)]));
  bot.command('reset', (ctx) => turn(ctx, COMMAND_TEXTS.reset[lang(ctx)]));
  bot.command('card', (ctx) => turn(ctx, COMMAND_TEXTS.card[lang(ctx)], 'card'));
  // Telegram's text is a string; String() keeps a malformed update (a number) from reaching the bot as one.
  bot.on(message('text'), (ctx) => turn(ctx, String(ctx.message.text)));
  // Anything else a person sends gets "please type", in their language; service messages (a member
  // joined, a pin) are not addressed to the bot and are left alone.
  bot.on('message', (ctx) => (MEDIA_KEYS.some((key) => key in ctx.message) ? notice(ctx, 'media') : undefined));
  bot.on('edited_message', (ctx) => notice(ctx, 'edit'));

  /** A reply that needs no turn (a picture, an edit): the renderer's words, in the user's language. */
  async function notice(ctx: Context, what: 'media' | 'edit'): Promise<void> {
    if (!ctx.chat) return;
    await sendAll(ctx, ctx.chat.id, renderReply(renderNonText(what, lang(ctx))));
  }

  bot.on('callback_query', async (ctx) => {
    const query = ctx.callbackQuery;
    const chat = ctx.chat;
    if (!('data' in query) || !chat) {
      await answerCallback(ctx);
      return;
    }
    const userId = `${chat.id}:${query.from.id}`;
    const press = keyboards.resolve(userId, query.message?.message_id, decodeCallbackData(query.data));
    if (!press.ok) {
      const pressLang = keyboards.lang(userId) ?? langOf(query.from.language_code);
      await answerCallback(ctx, staleChoiceText(pressLang));
      return;
    }
    // Answer first: the client shows a spinner on the button until we do.
    await answerCallback(ctx);
    await turn(ctx, press.value);
  });

  function answerCallback(ctx: Context, text?: string): Promise<true> {
    const id = ctx.callbackQuery?.id ?? '';
    return send('answerCallbackQuery', (signal) => ctx.telegram.callApi('answerCallbackQuery', { callback_query_id: id, ...(text ? { text } : {}) }, { signal }));
  }

  bot.catch((error, ctx) => {
    logger.error({ err: telegramErrorForLog(error), updateId: ctx.update.update_id }, 'telegram: update failed');
  });

  let polling: Promise<void> | null = null;

  async function start(): Promise<void> {
    bot.botInfo ??= await send('getMe', (signal) => bot.telegram.callApi('getMe', {}, { signal }));
    await registerCommands();
    if (deps.webhook) {
      await bot.telegram.setWebhook(deps.webhook.url, {
        secret_token: deps.webhook.secret,
        allowed_updates: ALLOWED_UPDATES,
      });
      logger.info({ url: deps.webhook.url }, 'telegram: webhook set');
      return;
    }
    // launch() resolves only when polling stops; it deletes any webhook first (getUpdates fails otherwise).
    polling = bot.launch({ allowedUpdates: ALLOWED_UPDATES }).catch((error: unknown) => {
      logger.error({ err: telegramErrorForLog(error) }, 'telegram: polling stopped with an error');
    });
    logger.info({ username: bot.botInfo.username }, 'telegram: long polling');
  }

  /** The "/" menu in the client, in Chinese by default and English for English clients; cosmetic, so failures only warn. */
  async function registerCommands(): Promise<void> {
    try {
      await bot.telegram.setMyCommands(botCommands('zh'));
      await bot.telegram.setMyCommands(botCommands('en'), { language_code: 'en' });
    } catch (error) {
      logger.warn({ err: telegramErrorForLog(error) }, 'telegram: setMyCommands failed');
    }
  }

  async function stop(reason = 'stop'): Promise<void> {
    await webhook?.drain();
    const running = polling;
    if (running === null) return;
    polling = null;
    // launch() deletes the webhook before it starts polling; until then telegraf's stop() throws
    // "Bot is not running!", so keep asking until it takes or launch() has ended by itself.
    for (;;) {
      try {
        bot.stop(reason);
        break;
      } catch {
        const ended = await Promise.race([running.then(() => true), delay(20).then(() => false)]);
        if (ended) break;
      }
    }
    await running;
  }

  const webhook = deps.webhook ? createWebhookRoute(bot, deps.webhook.secret, logger) : undefined;
  return { bot, start, stop, ...(webhook ? { webhookRoute: webhook.route } : {}) };
}

const delay = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * POST /telegram/webhook: 401 without the secret header, 403 with a wrong one (compared in constant
 * time), 400 for a body that is not an update; otherwise 200 at once, and the update is handled after
 * the response: a slow turn, a 429 or a Bot API that never answers must not hold Telegram's request
 * (Telegram would time out and send the update again). A redelivered update_id is acknowledged and not
 * handled again. `drain` waits for the updates still being handled (at shutdown).
 */
function createWebhookRoute(bot: Telegraf, secret: string, logger: Logger): { route: Route; drain(): Promise<void> } {
  const recent = new Set<number>();
  const handling = new Set<Promise<void>>();
  const text = (status: number, body: string): HttpResponse => ({
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8' },
    body,
  });
  const route: Route = {
    method: 'POST',
    path: TELEGRAM_WEBHOOK_PATH,
    handle(request: HttpRequest): Promise<HttpResponse> {
      const given = request.headers[SECRET_HEADER];
      if (given === undefined) return Promise.resolve(text(401, 'missing secret token'));
      if (!sameSecret(given, secret)) {
        logger.warn({ path: request.path }, 'telegram: webhook with a wrong secret token');
        return Promise.resolve(text(403, 'wrong secret token'));
      }
      const update = parseUpdate(request.body);
      if (update === null) {
        logger.warn({ bytes: request.body.length }, 'telegram: webhook body is not an update');
        return Promise.resolve(text(400, 'not a Telegram update'));
      }
      if (recent.has(update.update_id)) return Promise.resolve(text(200, 'ok'));
      recent.add(update.update_id);
      if (recent.size > 1000) recent.delete(recent.values().next().value as number);
      // Errors inside are logged by bot.catch; this catch only keeps a rejection from going unhandled.
      const work: Promise<void> = bot.handleUpdate(update).catch((error: unknown) => {
        logger.error({ err: telegramErrorForLog(error), updateId: update.update_id }, 'telegram: update failed');
      }).finally(() => handling.delete(work));
      handling.add(work);
      return Promise.resolve(text(200, 'ok'));
    },
  };
  return { route, drain: async () => void (await Promise.allSettled([...handling])) };
}

/** The `signal` option of telegraf's callApi. */
type ApiSignal = NonNullable<NonNullable<Parameters<Telegraf['telegram']['callApi']>[2]>['signal']>;

/** The update kinds the bot asks Telegram for. */
const ALLOWED_UPDATES: ['message', 'edited_message', 'callback_query'] = ['message', 'edited_message', 'callback_query'];

/** Message fields that mean a person sent something other than text (bots/api#message). */
const MEDIA_KEYS = ['photo', 'voice', 'sticker', 'location', 'venue', 'document', 'video', 'video_note', 'audio', 'animation', 'contact', 'poll', 'dice'] as const;

/**
 * A Telegram error as a log line may carry it. telegraf attaches the failed call (`on.payload`: the
 * chat_id and the whole reply text) and a logger serialises every property of an error; only the
 * message (Telegram's code and description) and the method are kept.
 *
 * @example
 * telegramErrorForLog(error) // '403: Forbidden: bot was blocked by the user (sendMessage)'
 */
export function telegramErrorForLog(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  if (!(error instanceof TelegramError)) return `${error.name}: ${error.message}`;
  const method = (error.on as { method?: unknown } | undefined)?.method;
  return `${error.message}${typeof method === 'string' ? ` (${method})` : ''}`;
}

function parseUpdate(body: Buffer): Update | null {
  try {
    const parsed = updateSchema.safeParse(JSON.parse(body.toString('utf8')));
    // Only update_id is checked here; telegraf and the handlers read the rest defensively.
    return parsed.success ? (parsed.data as unknown as Update) : null;
  } catch {
    return null;
  }
}

/** Constant-time comparison that does not leak the length either: both sides are hashed first. */
function sameSecret(given: string, expected: string): boolean {
  const digest = (value: string): Buffer => createHash('sha256').update(value, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(expected));
}
