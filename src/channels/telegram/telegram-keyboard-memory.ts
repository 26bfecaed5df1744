/**
 * Which inline keyboard is current for each Telegram user, so that a press on an old keyboard cannot
 * answer a newer question ("是" to "are you a tenant?" must not become "是" to "is the landlord
 * state-owned?"). Only the latest keyboard, pressed once, moves the dialog on.
 */
import { LRUCache } from 'lru-cache';
import type { Lang, ReplyOption } from '../../core/reply.js';
import type { CallbackChoice } from './telegram-render.js';

/** The last reply sent to one user: its keyboard message (null when it had no options). */
export interface KeyboardState {
  messageId: number | null;
  options: readonly ReplyOption[];
  lang: Lang;
}

/** The outcome of a press: the text to hand to the dialog, or why not. */
export type PressResult = { ok: true; value: string } | { ok: false; error: 'stale' | 'invalid' };

/** A bounded per-user memory of the current keyboard (in process: it is lost on restart, see `resolve`). */
export interface KeyboardMemory {
  /** Records the reply just sent; every older keyboard of this user becomes stale. */
  remember(userId: string, state: KeyboardState): void;
  /** Makes the current keyboard stale (a new turn has begun), keeping the language. */
  retire(userId: string): void;
  /** The language of the last reply to this user, if known. */
  lang(userId: string): Lang | undefined;
  /**
   * Resolves a press on message `messageId` and, if it counts, retires the keyboard so a double tap
   * is not a second answer. With nothing remembered for the user (the process restarted), a
   * self-contained `v:` value is accepted and an `i:` index is not, since its options are gone.
   */
  resolve(userId: string, messageId: number | undefined, choice: CallbackChoice | null): PressResult;
}

/**
 * A memory of at most `maxUsers` users, least recently active forgotten first.
 *
 * @example
 * const memory = createKeyboardMemory();
 * memory.remember('7:7', { messageId: 12, options: [{ label: '是', value: '是' }], lang: 'zh' });
 * memory.resolve('7:7', 12, { kind: 'index', index: 0 }); // → { ok: true, value: '是' }
 * memory.resolve('7:7', 12, { kind: 'index', index: 0 }); // → { ok: false, error: 'stale' }
 */
export function createKeyboardMemory(maxUsers = 10_000): KeyboardMemory {
  // Recency changes only when a keyboard is remembered or retired (peek reads without touching it).
  const states = new LRUCache<string, KeyboardState>({ max: maxUsers });

  const put = (userId: string, state: KeyboardState): void => {
    states.set(userId, state);
  };

  const retire = (userId: string): void => {
    const state = states.peek(userId);
    if (state) put(userId, { messageId: null, options: [], lang: state.lang });
  };

  return {
    remember: put,
    retire,
    lang: (userId) => states.peek(userId)?.lang,
    resolve(userId, messageId, choice) {
      if (choice === null) return { ok: false, error: 'invalid' };
      const state = states.peek(userId);
      if (state === undefined) {
        return choice.kind === 'value' ? { ok: true, value: choice.value } : { ok: false, error: 'stale' };
      }
      if (state.messageId === null || state.messageId !== messageId) return { ok: false, error: 'stale' };
      // Only a value this keyboard offered counts: callback_data is whatever the client sends.
      const value =
        choice.kind === 'value'
          ? state.options.find((option) => option.value === choice.value)?.value
          : state.options[choice.index]?.value;
      if (value === undefined) return { ok: false, error: 'invalid' };
      retire(userId);
      return { ok: true, value };
    },
  };
}
