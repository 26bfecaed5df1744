import type { Lang } from './reply.js';

/** What every channel adapter hands to `handleTurn`: one user's text, from one channel. */
export type Channel = 'cli' | 'api' | 'wecom' | 'wecom-aibot' | 'telegram' | 'console' | 'bench';

export interface Message {
  channel: Channel;
  /** The user's id on that channel; sessions are keyed by channel + userId. */
  userId: string;
  text: string;
  /** The conversation's language when the client pins it (the API's `lang`); detected from the text otherwise. */
  lang?: Lang;
}

/**
 * Channels anyone can reach without proving who they are (the HTTP API, and the console page that
 * posts to it). In memory their sessions have a budget of their own (MAX_ANONYMOUS_SESSIONS), so a
 * flood of new session ids there evicts only other anonymous sessions, never a WeCom or Telegram
 * conversation (whose senders the platform signs for).
 */
export const ANONYMOUS_CHANNELS: ReadonlySet<Channel> = new Set<Channel>(['api', 'console']);

/** Longest message read; longer ones get a reply asking for a shorter question. */
export const MAX_MESSAGE_CHARS = 2000;
