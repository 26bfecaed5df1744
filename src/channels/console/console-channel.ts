import type { ChannelAdapter } from '../../core/channel-adapter.js';
import { consoleRoutes } from './console-routes.js';

/** The operator console page at `/`, always served. */
export function createConsoleChannel(): ChannelAdapter {
  return { name: 'console', plugins: [consoleRoutes()] };
}
