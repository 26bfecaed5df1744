import type { ChannelAdapter } from '../../core/channel-adapter.js';
import { createWecomAibotRoutes, type WecomAibotRoutesDeps } from './wecom-aibot-routes.js';
import { createWecomRoutes, type WecomRoutesDeps } from './wecom-routes.js';

/** The WeCom self-built app callback at `/wecom/callback` (WECOM_TOKEN, WECOM_ENCODING_AES_KEY, WECOM_CORP_ID). */
export function createWecomChannel(deps: WecomRoutesDeps): ChannelAdapter {
  return { name: 'wecom', routes: createWecomRoutes(deps) };
}

/** The WeCom 智能机器人 callback at `/wecom/aibot` (WECOM_AIBOT_TOKEN, WECOM_AIBOT_ENCODING_AES_KEY). */
export function createWecomAibotChannel(deps: WecomAibotRoutesDeps): ChannelAdapter {
  return { name: 'wecom-aibot', routes: createWecomAibotRoutes(deps) };
}
