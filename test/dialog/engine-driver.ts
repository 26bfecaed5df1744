/**
 * Drives the pure engine in a test without the classifier: each message is heard with the intent a classifier would
 * give (out_of_scope when none is named) and the entities and cues the real extractors find.
 * @example run([['琴行的房租问题…', 'rent_school'], ['不是，我们就是卖琴的门店']]).session.dialog // 'rent-tenant'
 */
import { loadDialogs } from '../../src/dialog/dialog-schema.js';
import { step } from '../../src/dialog/engine.js';
import { newSession, type Session } from '../../src/dialog/session.js';
import { extractEntities } from '../../src/nlu/entities.js';
import type { Understanding } from '../../src/nlu/understanding.js';
import { textCues } from '../../src/nlu/text-cues.js';

export const dialogs = loadDialogs();
export const now = 1_700_000_000_000;

export function heard(text: string, intent = 'out_of_scope', lang: 'zh' | 'en' = 'zh'): Understanding {
  return { text, lang, intent, confidence: intent === 'out_of_scope' ? 0.1 : 0.9, ranking: [], ambiguous: null, entities: extractEntities(text), cues: textCues(text) };
}

/** The session and the last turn's actions after the messages, in order, from a fresh session (or the one given). */
export function run(turns: Array<[string, string?]>, session: Session = newSession('zh', now)) {
  let current = session;
  let actions: ReturnType<typeof step>['actions'] = [];
  for (const [text, intent] of turns) ({ session: current, actions } = step(current, heard(text, intent), { dialogs, now }));
  return { session: current, actions };
}
