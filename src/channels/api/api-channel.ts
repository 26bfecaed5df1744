import type { ChannelAdapter } from '../../core/channel-adapter.js';
import { apiRoutes, type ApiRoutesDeps } from './api-routes.js';

/** The HTTP API (`POST /api/chat`, the measures, the OpenAPI description), always served. */
export function createApiChannel(deps: ApiRoutesDeps): ChannelAdapter {
  return { name: 'api', plugins: [apiRoutes(deps)] };
}
