import type { ChannelAdapter } from '../../core/channel-adapter.js';
import type { Route } from '../../core/http-types.js';
import { createWecomAibotRoutes, type WecomAibotRoutesDeps } from './wecom-aibot-routes.js';
import { createWecomRoutes, type WecomRoutesDeps } from './wecom-routes.js';

/** The WeCom self-built app callback at `/wecom/callback` (WECOM_TOKEN, WECOM_ENCODING_AES_KEY, WECOM_CORP_ID). */
export function createWecomChannel(deps: WecomRoutesDeps, maxBodyBytes?: number): ChannelAdapter {
  return { name: 'wecom', routes: sized(createWecomRoutes(deps), maxBodyBytes) };
}

/** The WeCom 智能机器人 callback at `/wecom/aibot` (WECOM_AIBOT_TOKEN, WECOM_AIBOT_ENCODING_AES_KEY). */
export function createWecomAibotChannel(deps: WecomAibotRoutesDeps, maxBodyBytes?: number): ChannelAdapter {
  return { name: 'wecom-aibot', routes: sized(createWecomAibotRoutes(deps), maxBodyBytes) };
}

/** WeCom sends one encrypted message per callback: anything much bigger is refused before it is read. */
function sized(routes: Route[], maxBodyBytes: number | undefined): Route[] {
  return maxBodyBytes === undefined ? routes : routes.map((route) => ({ ...route, maxBodyBytes }));
}
