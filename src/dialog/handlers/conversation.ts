/**
 * Messages that are not a dialog: greetings, help, thanks, whom to call, a person. Rasa's "chitchat" and
 * "human handoff" patterns.
 */
import { loadNotice } from '../../policy/notice.js';
import { noticeAsked } from '../../nlu/notice-asked.js';
import { normalizeText } from '../../nlu/normalize-text.js';
import { contactsForMeasure, contactsOfUnits, measureAskedAbout, unitsNamed } from '../topic-contacts.js';
import type { Turn, Handler } from '../turn.js';

export const conversationIntents = new Set(['greeting', 'help', 'thanks', 'contact_lookup', 'handoff', 'cancel', 'checkup']);

/** The topic the owner is on (the dialog under way or last answered) and whom to call for it. */
export function topicContacts(turn: Turn) {
  const measure = turn.current?.measures[0] ?? null;
  const contacts = measure ? contactsForMeasure(turn.ctx.dialogs, measure, turn.session.facts, '', turn.current?.id ?? null) : [loadNotice().generalContact];
  return { measure, contacts };
}

/** Answers a conversational intent; false when the intent is not one. */
export function answerConversation(turn: Turn): boolean {
  const { understanding, actions, session, ctx } = turn;
  // "给我个真人电话" may read as help or hello: a person asked for in words is a handoff.
  const intent = (understanding.intent === 'help' || understanding.intent === 'greeting') && understanding.cues.humanAsked
    ? 'handoff' : understanding.intent;
  // "这个文件的文号是什么", "what exactly is this notice?": heard as help or hello, the notice's particulars answer it.
  if ((intent === 'help' || intent === 'greeting') && noticeAsked(normalizeText(understanding.text))) {
    actions.push({ type: 'aboutNotice' }, { type: 'menu' });
    return true;
  }
  switch (intent) {
    case 'greeting': actions.push({ type: 'welcome' }); return true;
    case 'help': actions.push({ type: 'menu' }); return true;
    case 'thanks': actions.push({ type: 'thanks' }); return true;
    case 'contact_lookup': {
      const units = unitsNamed(understanding.text);
      if (units.length > 0) {
        actions.push({ type: 'contacts', contacts: contactsOfUnits(units), units, measure: null });
      } else {
        const measure = measureAskedAbout(session, ctx.dialogs, understanding);
        const contacts = measure ? contactsForMeasure(ctx.dialogs, measure, session.facts, '', session.dialog) : [loadNotice().generalContact];
        actions.push({ type: 'contacts', contacts, units: [], measure });
      }
      return true;
    }
    case 'handoff': actions.push({ type: 'handoff', facts: session.facts, ...topicContacts(turn) }); return true;
    default: return false;
  }
}

export const conversation: Handler = (turn) => answerConversation(turn);
