/** The Telegram channel's variables: the bot token, another Bot API server, and webhook mode. */
import { text, url, type EnvPart } from '../../lib/env-schema.js';

export interface TelegramConfig {
  token: string;
  /** Another Bot API server, or null for api.telegram.org. */
  apiRoot: string | null;
  /** Webhook mode when set; long polling otherwise. */
  webhook: { url: string; secret: string } | null;
}

const shape = {
  TELEGRAM_BOT_TOKEN: text(/^\d+:[A-Za-z0-9_-]+$/, 'the token from @BotFather, e.g. 123456789:AAH...'),
  TELEGRAM_API_ROOT: url(['http:', 'https:'], 'an http(s) URL of a Bot API server, e.g. https://api.telegram.org'),
  TELEGRAM_WEBHOOK_URL: url(['https:'], 'the public https URL Telegram should post to, ending in /telegram/webhook'),
  TELEGRAM_WEBHOOK_SECRET: text(/^[A-Za-z0-9_-]{1,256}$/, '1–256 characters from A-Z, a-z, 0-9, _ and -'),
};

export const telegramEnv: EnvPart<typeof shape, { telegram: TelegramConfig | null }> = {
  shape,
  checks: (env) => {
    const problems: string[] = [];
    if (env.TELEGRAM_WEBHOOK_URL !== undefined && env.TELEGRAM_WEBHOOK_SECRET === undefined) {
      problems.push('TELEGRAM_WEBHOOK_SECRET: required with TELEGRAM_WEBHOOK_URL (Telegram sends it back so forged updates can be refused)');
    }
    if (env.TELEGRAM_WEBHOOK_SECRET !== undefined && env.TELEGRAM_WEBHOOK_URL === undefined) {
      problems.push('TELEGRAM_WEBHOOK_URL: required with TELEGRAM_WEBHOOK_SECRET (the secret is only used in webhook mode)');
    }
    if (env.TELEGRAM_BOT_TOKEN === undefined) {
      for (const name of ['TELEGRAM_API_ROOT', 'TELEGRAM_WEBHOOK_URL'] as const) {
        if (env[name] !== undefined) problems.push(`TELEGRAM_BOT_TOKEN: required because ${name} is set`);
      }
    }
    return problems;
  },
  read: (e) => ({
    telegram: e.TELEGRAM_BOT_TOKEN
      ? {
          token: e.TELEGRAM_BOT_TOKEN,
          apiRoot: e.TELEGRAM_API_ROOT ?? null,
          webhook: e.TELEGRAM_WEBHOOK_URL && e.TELEGRAM_WEBHOOK_SECRET ? { url: e.TELEGRAM_WEBHOOK_URL, secret: e.TELEGRAM_WEBHOOK_SECRET } : null,
        }
      : null,
  }),
};
