/**
 * A fake Telegram Bot API server on 127.0.0.1 (a free port) for telegraf's `telegram.apiRoot`: it
 * feeds queued updates to getUpdates (long-polling briefly), answers the few methods the bot uses,
 * records every call, and can be told to fail a method once (e.g. a 429 with retry_after).
 *
 * @example
 * const api = await startFakeTelegramApi();
 * const bot = new Telegraf(FAKE_TOKEN, { telegram: { apiRoot: api.apiRoot } });
 * api.pushUpdate({ message: api.textMessage('你好') });
 * const sent = await api.waitForCall('sendMessage');
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export const FAKE_TOKEN = '123456:TEST-TOKEN';
export const FAKE_BOT = { id: 42, is_bot: true, first_name: 'Relief', username: 'relief_test_bot' } as const;
export const FAKE_USER = { id: 777, is_bot: false, first_name: '王', language_code: 'zh-hans' } as const;

/** One recorded API call: the method and its JSON body. */
export interface ApiCall {
  method: string;
  body: Record<string, unknown>;
  /** What the fake answered with `ok: true` (absent for a failure or getUpdates). */
  result?: unknown;
}

/** The error a method answers with once, instead of succeeding. */
export interface ApiFailure {
  error_code: number;
  description: string;
  parameters?: { retry_after?: number };
}

export interface FakeTelegramApi {
  /** For telegraf's `telegram.apiRoot`. */
  apiRoot: string;
  calls: ApiCall[];
  /** Queues an update (update_id assigned) for the next getUpdates; returns it. */
  pushUpdate(update: Record<string, unknown>): Record<string, unknown>;
  /** A private-chat text message from `from` (FAKE_USER by default), with bot_command entities for "/x". */
  textMessage(text: string, from?: Record<string, unknown>): Record<string, unknown>;
  /** A callback_query pressing `data` on the bot message `messageId`. */
  callbackQuery(data: string, messageId: number, from?: Record<string, unknown>): Record<string, unknown>;
  /** Makes the next call of `method` fail with `failure`. */
  failNext(method: string, failure: ApiFailure): void;
  /** Makes the next call of `method` never be answered (it is recorded, then held until `close`). */
  hangNext(method: string): void;
  /** Resolves with the `count`-th call of `method` (1-based, counting all calls so far) once it arrives. */
  waitForCall(method: string, count?: number, timeoutMs?: number): Promise<ApiCall>;
  /** The recorded calls of one method. */
  callsOf(method: string): ApiCall[];
  close(): Promise<void>;
}

const LONG_POLL_MS = 300;

/**
 * Starts the fake server.
 *
 * @example
 * const api = await startFakeTelegramApi();
 * // ... api.close() in afterEach
 */
export async function startFakeTelegramApi(): Promise<FakeTelegramApi> {
  const calls: ApiCall[] = [];
  const queue: Record<string, unknown>[] = [];
  const failures = new Map<string, ApiFailure[]>();
  const hangs = new Map<string, number>();
  const pollers = new Set<() => void>();
  const callWaiters = new Set<() => void>();
  let nextUpdateId = 1000;
  let nextMessageId = 1;
  const now = (): number => Math.floor(Date.now() / 1000);

  const notify = (listeners: Set<() => void>): void => {
    for (const listener of [...listeners]) listener();
  };

  const result = (method: string, body: Record<string, unknown>): unknown => {
    switch (method) {
      case 'getMe':
        return FAKE_BOT;
      case 'sendMessage':
        return {
          message_id: nextMessageId++,
          date: now(),
          from: FAKE_BOT,
          chat: { id: body.chat_id, type: 'private' },
          text: body.text,
          ...(body.reply_markup ? { reply_markup: body.reply_markup } : {}),
        };
      case 'answerCallbackQuery':
      case 'deleteWebhook':
      case 'setWebhook':
      case 'setMyCommands':
        return true;
      default:
        return undefined;
    }
  };

  /** getUpdates: confirm below offset, answer what is ready, or hold briefly (only when asked to long-poll). */
  const getUpdates = async (body: Record<string, unknown>, res: ServerResponse): Promise<unknown[]> => {
    const offset = typeof body.offset === 'number' ? body.offset : 0;
    while (queue.length > 0 && (queue[0]?.update_id as number) < offset) queue.shift();
    const wantsLongPoll = typeof body.timeout === 'number' && body.timeout > 0;
    if (queue.length === 0 && wantsLongPoll) {
      await new Promise<void>((resolve) => {
        const done = (): void => {
          pollers.delete(done);
          clearTimeout(timer);
          resolve();
        };
        const timer = setTimeout(done, LONG_POLL_MS);
        pollers.add(done);
        res.on('close', done); // telegraf aborts the long poll on stop()
      });
    }
    const limit = typeof body.limit === 'number' ? body.limit : 100;
    return queue.slice(0, limit);
  };

  const server = createServer((req, res) => {
    void handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500).end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const body = (raw ? JSON.parse(raw) : {}) as Record<string, unknown>;
    const method = /^\/bot[^/]+\/(\w+)$/.exec(req.url ?? '')?.[1] ?? '';
    const call: ApiCall = { method, body };
    calls.push(call);
    const reply = (status: number, payload: unknown): void => {
      if (res.destroyed) return;
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(payload));
    };
    const hang = hangs.get(method) ?? 0;
    if (hang > 0) {
      hangs.set(method, hang - 1);
      notify(callWaiters);
      return;
    }
    const failure = failures.get(method)?.shift();
    const value = failure || method === 'getUpdates' ? undefined : result(method, body);
    if (value !== undefined) call.result = value;
    notify(callWaiters);
    if (failure) return reply(failure.error_code, { ok: false, ...failure });
    if (method === 'getUpdates') return reply(200, { ok: true, result: await getUpdates(body, res) });
    if (value === undefined) return reply(404, { ok: false, error_code: 404, description: `Not Found: ${method}` });
    reply(200, { ok: true, result: value });
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  const callsOf = (method: string): ApiCall[] => calls.filter((call) => call.method === method);

  return {
    apiRoot: `http://127.0.0.1:${port}`,
    calls,
    callsOf,
    pushUpdate(update) {
      const full = { update_id: nextUpdateId++, ...update };
      queue.push(full);
      notify(pollers);
      return full;
    },
    textMessage(text, from = FAKE_USER) {
      const command = /^\/\w+/.exec(text)?.[0];
      return {
        message_id: nextMessageId++,
        from,
        chat: { id: from.id, type: 'private', first_name: from.first_name },
        date: now(),
        text,
        ...(command ? { entities: [{ type: 'bot_command', offset: 0, length: command.length }] } : {}),
      };
    },
    callbackQuery(data, messageId, from = FAKE_USER) {
      return {
        id: `cbq-${nextUpdateId}`,
        from,
        chat_instance: '-100200300',
        data,
        message: {
          message_id: messageId,
          from: FAKE_BOT,
          chat: { id: from.id, type: 'private', first_name: from.first_name },
          date: now(),
          text: '…',
        },
      };
    },
    failNext(method, failure) {
      failures.set(method, [...(failures.get(method) ?? []), failure]);
    },
    hangNext(method) {
      hangs.set(method, (hangs.get(method) ?? 0) + 1);
    },
    waitForCall(method, count = 1, timeoutMs = 5000) {
      return new Promise<ApiCall>((resolve, reject) => {
        const check = (): void => {
          const found = callsOf(method)[count - 1];
          if (!found) return;
          callWaiters.delete(check);
          clearTimeout(timer);
          resolve(found);
        };
        const timer = setTimeout(() => {
          callWaiters.delete(check);
          const seen = calls.map((call) => call.method).join(', ');
          reject(new Error(`fake Telegram API: no ${method} #${count} within ${timeoutMs} ms; calls: ${seen}`));
        }, timeoutMs);
        callWaiters.add(check);
        check();
      });
    },
    async close() {
      notify(pollers);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
