/**
 * Slash commands, typed by staff in the terminal and sent by buttons: `/reset`, `/facts`, `/card`,
 * `/lang en|zh`, `/menu`, `/resume`, `/drop`, `/undo` (bring back what a reset cleared), `/keep` (do not reset),
 * `/change <fact>` (ask that fact again), `/topic <intent>`, `/answer <fact> <value>`, `/forget <fact>`
 * (a console's facts panel removes a fact with it). A plain number
 * picks one of the options last offered.
 */
import { factKinds, isFactName, type FactName } from '../policy/facts.js';
import type { Lang } from '../core/reply.js';

/** Words that ask for the operator card without a slash. */
const cardWords = new Set(['复制版', '复制', '答复单', '卡片', 'card', 'copy']);

export type Command =
  | { name: 'reset' | 'facts' | 'card' | 'menu' | 'resume' | 'drop' | 'undo' | 'keep' }
  | { name: 'change'; fact: FactName }
  | { name: 'lang'; lang: Lang }
  | { name: 'topic'; intent: string }
  | { name: 'answer'; fact: FactName; value: string | boolean }
  | { name: 'forget'; fact: FactName };

/**
 * Parses a command, or returns null for ordinary text.
 * @example parseCommand('/answer landlordType districtSoe', []) // { name: 'answer', fact: 'landlordType', value: 'districtSoe' }
 * @example parseCommand('2', ['/answer premisesUse business', '/answer premisesUse office']) // the office answer
 */
export function parseCommand(text: string, options: readonly string[]): Command | null {
  const trimmed = text.trim();
  const picked = /^[1-9]\d?$/.test(trimmed) ? options[Number(trimmed) - 1] : undefined;
  if (picked !== undefined) return parseCommand(picked, []);
  if (cardWords.has(trimmed.toLowerCase())) return { name: 'card' };
  const match = /^\/([a-z]+)(?:\s+(\S+))?(?:\s+(\S+))?\s*$/i.exec(trimmed);
  if (!match) return null;
  const [, rawName = '', first, second] = match;
  const name = rawName.toLowerCase();
  switch (name) {
    case 'reset': case 'restart': case 'start': return { name: name === 'start' ? 'menu' : 'reset' };
    case 'facts': case 'card': case 'menu': case 'resume': case 'drop': case 'undo': case 'keep': return { name };
    case 'change': return first && isFactName(first) ? { name: 'change', fact: first } : null;
    case 'help': return { name: 'menu' };
    case 'lang': return first === 'en' || first === 'zh' ? { name: 'lang', lang: first } : null;
    case 'topic': return first ? { name: 'topic', intent: first } : null;
    case 'forget': return first && second === undefined && isFactName(first) ? { name: 'forget', fact: first } : null;
    case 'answer': {
      if (!first || second === undefined || !isFactName(first)) return null;
      const value = factKinds[first] === 'boolean' ? second === 'true' : second;
      return { name: 'answer', fact: first, value };
    }
    default: return null;
  }
}
