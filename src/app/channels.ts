/**
 * The one list of channels: which adapters the config turns on, built from each channel's folder.
 * A new channel is its folder under src/channels/ (adapter + env schema), one line here and one in
 * config.ts.
 */
import type { Config } from './config.js';
import { createApiChannel } from '../channels/api/api-channel.js';
import { createConsoleChannel } from '../channels/console/console-channel.js';
import { createTelegramChannel } from '../channels/telegram/telegram-channel.js';
import type { WecomMemo } from '../channels/wecom/wecom-conversation.js';
import { createWecomAibotChannel, createWecomChannel } from '../channels/wecom/wecom-channel.js';
import type { ChannelAdapter } from '../core/channel-adapter.js';
import type { Message } from '../core/message.js';
import type { Reply } from '../core/reply.js';
import type { SessionStore } from '../core/session-store.js';
import type { Logger } from '../lib/logger.js';

export interface ChannelDeps {
  handleTurn: (message: Message) => Promise<Reply>;
  /** WeCom's memory of deliveries and last answers (memory or Redis). */
  dedupe: SessionStore<WecomMemo>;
  logger: Logger;
}

/** The adapters to serve, in start-up order: the API and console always, the others when configured. */
export function createChannels(config: Config, deps: ChannelDeps): ChannelAdapter[] {
  const { handleTurn, dedupe, logger } = deps;
  const adapters = [createApiChannel({ handleTurn }), createConsoleChannel()];
  if (config.wecom) adapters.push(createWecomChannel({ config: config.wecom, handleTurn, dedupe, logger }));
  if (config.wecomAibot) adapters.push(createWecomAibotChannel({ config: config.wecomAibot, handleTurn, dedupe, logger }));
  if (config.telegram) {
    const { token, apiRoot, webhook } = config.telegram;
    adapters.push(createTelegramChannel({ token, ...(apiRoot ? { apiRoot } : {}), ...(webhook ? { webhook } : {}), handleTurn, logger }));
  }
  return adapters;
}
