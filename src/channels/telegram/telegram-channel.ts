import type { ChannelAdapter } from '../../core/channel-adapter.js';
import { createTelegramBot, type TelegramBotDeps } from './telegram-bot.js';

/** The Telegram bot: long polling, or the webhook at `/telegram/webhook` when TELEGRAM_WEBHOOK_URL is set. */
export function createTelegramChannel(deps: TelegramBotDeps): ChannelAdapter {
  const telegram = createTelegramBot(deps);
  return {
    name: deps.webhook ? 'telegram-webhook' : 'telegram-polling',
    routes: telegram.webhookRoute ? [telegram.webhookRoute] : [],
    start: () => telegram.start(),
    stop: (reason) => telegram.stop(reason),
  };
}
