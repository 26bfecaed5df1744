/**
 * The one list of channels: which adapters the config turns on, built from each channel's folder.
 * A new channel is its folder under src/channels/ (adapter + env schema), one line here and one in
 * config.ts.
 */
import type { Config } from './config.js';
import { createApiChannel, } from '../channels/api/api-channel.js';
import type { ApiRoutesDeps } from '../channels/api/api-routes.js';
import { createConsoleChannel } from '../channels/console/console-channel.js';
import { createStaffChannel } from '../channels/staff/staff-channel.js';
import { createTelegramChannel } from '../channels/telegram/telegram-channel.js';
import type { WecomMemo } from '../channels/wecom/wecom-conversation.js';
import { createWecomAibotChannel, createWecomChannel } from '../channels/wecom/wecom-channel.js';
import type { ChannelAdapter } from '../core/channel-adapter.js';
import type { Message } from '../core/message.js';
import type { Reply } from '../core/reply.js';
import type { SessionStore } from '../core/session-store.js';
import type { DeliveryClaims } from '../infra/delivery-claim.js';
import type { Logger } from '../lib/logger.js';
import type { ReviewStore } from '../review/review-store.js';

export interface ChannelDeps {
  handleTurn: (message: Message) => Promise<Reply>;
  /** The API's per-address limit and the reply it gives (absent: no such limit). */
  addressLimit?: ApiRoutesDeps['addressLimit'];
  /** WeCom's memory of deliveries and last answers (memory or Redis). */
  dedupe: SessionStore<WecomMemo>;
  /** Cross-instance claims on a WeCom MsgId (Redis only). */
  claims?: DeliveryClaims;
  /** The review inbox and answer records, for the staff page. */
  reviewStore: ReviewStore;
  logger: Logger;
}

/** The adapters to serve, in start-up order: the API and console always, the others when configured. */
export function createChannels(config: Config, deps: ChannelDeps): ChannelAdapter[] {
  const { handleTurn, dedupe, claims, logger } = deps;
  const adapters = [createApiChannel({ handleTurn, ...(deps.addressLimit ? { addressLimit: deps.addressLimit } : {}) }), createConsoleChannel()];
  if (config.staffToken) adapters.push(createStaffChannel({ token: config.staffToken, store: deps.reviewStore }));
  const wecomBody = config.http.wecomMaxBodyBytes;
  if (config.wecom) adapters.push(createWecomChannel({ config: config.wecom, handleTurn, dedupe, claims, logger }, wecomBody));
  if (config.wecomAibot) adapters.push(createWecomAibotChannel({ config: config.wecomAibot, handleTurn, dedupe, claims, logger }, wecomBody));
  if (config.telegram) {
    const { token, apiRoot, webhook } = config.telegram;
    adapters.push(createTelegramChannel({ token, ...(apiRoot ? { apiRoot } : {}), ...(webhook ? { webhook } : {}), handleTurn, logger }));
  }
  return adapters;
}
