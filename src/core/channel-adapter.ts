import type { HttpPlugin, Route } from './http-types.js';

/**
 * One channel as the server sees it: the HTTP routes it answers (if any) and its own start and stop
 * (Telegram's long polling). The server mounts every adapter's routes, starts the adapters once it
 * listens, and stops them with itself. A new channel is one folder under src/channels/ and one entry
 * in the list src/app/channels.ts builds.
 *
 * @example
 * const adapter: ChannelAdapter = { name: 'api', plugins: [apiRoutes({ handleTurn })] };
 */
export interface ChannelAdapter {
  /** For the start-up line: "api", "console", "wecom", "wecom-aibot", "telegram-polling", ... */
  name: string;
  routes?: readonly Route[];
  /** Fastify plugins it mounts on the shared server (the API, with its schemas; the console's static files). */
  plugins?: readonly HttpPlugin[];
  /** Called once the HTTP server listens (in webhook mode Telegram may post as soon as it is set). */
  start?(): Promise<void>;
  /** Stops taking messages; called on shutdown, and after a failed start-up. */
  stop?(reason: string): Promise<void>;
}
