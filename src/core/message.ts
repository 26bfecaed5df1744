/** What every channel adapter hands to `handleTurn`: one user's text, from one channel. */
export type Channel = 'cli' | 'api' | 'wecom' | 'wecom-aibot' | 'telegram' | 'console' | 'bench';

export interface Message {
  channel: Channel;
  /** The user's id on that channel; sessions are keyed by channel + userId. */
  userId: string;
  text: string;
}

/** Longest message read; longer ones get a reply asking for a shorter question. */
export const MAX_MESSAGE_CHARS = 2000;
