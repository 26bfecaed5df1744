import type { Lang } from '../reply/reply.js';

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
