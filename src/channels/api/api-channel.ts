import type { ChannelAdapter } from '../../core/channel-adapter.js';
import { createApiRoutes, type ApiRoutesDeps } from './api-routes.js';

/** The HTTP API (`POST /api/chat`, the measures), always served. */
export function createApiChannel(deps: ApiRoutesDeps): ChannelAdapter {
  return { name: 'api', routes: createApiRoutes(deps) };
}
