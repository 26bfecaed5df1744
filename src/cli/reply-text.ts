/** A reply for the terminal: its text, then its options numbered (type the number to pick one). */
import type { Reply } from '../core/reply.js';

export function replyForTerminal(reply: Reply): string {
  const options = reply.options.map((option, index) => `  ${index + 1}. ${option.label}`);
  return [reply.text, ...options].join('\n');
}
