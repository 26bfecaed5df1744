/**
 * "what's the phone number for the rent waiver? our landlord is a district state owned company" weighed between a measure
 * and a contact look-up, in an opening: the phone is what is asked. The measure's contacts for the facts told (a district
 * SOE's tenant → 区国资委 first), kept for what comes next, then the offer to work the case out — not a questionnaire
 * the owner did not ask for. (Mid-dialog the same weighing is the pending-question handler's.)
 */
import { contactsForMeasure } from '../topic-contacts.js';
import { applyFacts, factsFor, type Handler } from '../turn.js';

/** The request itself: a phone, a number, an office, whom to call. */
const phoneAsked = /电话|号码|联系人|联系方式|找谁|哪个部门|哪个科室|(?<![a-z])(?:phone|number|contact|who (?:do|should|can) (?:i|we) (?:call|contact|talk to|ask)|which (?:office|department|bureau))(?![a-z])/i;

export const contactWeighed: Handler = (turn) => {
  const { understanding, session, actions, ctx } = turn;
  const { ambiguous, cues, entities, text } = understanding;
  if (turn.awaiting !== null || !ambiguous || !ambiguous.includes('contact_lookup') || !cues.whomToCall) return false;
  if (entities.money.length > 0 || !phoneAsked.test(text)) return false;
  const dialog = ctx.dialogs.byIntent.get(ambiguous.find((intent) => intent !== 'contact_lookup') ?? '');
  const measure = dialog?.measures[0];
  if (!dialog || measure === undefined || dialog.rules.length === 0 || dialog.id === 'checkup') return false;
  applyFacts(session, factsFor(turn, dialog, null).facts, actions);
  actions.push({ type: 'contacts', contacts: contactsForMeasure(ctx.dialogs, measure, session.facts, text, dialog.id), units: [], measure });
  actions.push({ type: 'offerTopic', dialog: dialog.id });
  session.lastMeasure = measure;
  turn.intent = 'contact_lookup';
  return true;
};
