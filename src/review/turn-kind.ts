/**
 * What one turn was, read from the engine's actions and the reply: whether the bot fell short (and how,
 * for the review inbox) and how the turn counts in the daily figures (answered, handed off, not
 * understood). Decided from data the turn already has; the recorder adds no understanding of its own
 * beyond the complaint words below.
 */
import type { Action } from '../dialog/actions.js';

/** Why a turn goes into the review inbox. */
export const SHORTFALLS = ['out_of_scope', 'clarification', 'retry', 'gave_up', 'handoff', 'correction', 'complaint'] as const;
export type Shortfall = (typeof SHORTFALLS)[number];

/** How a turn counts in `relief-bot stats`: a turn with a result, an info card or contacts is answered. */
export type TurnOutcome = 'answered' | 'handed_off' | 'not_understood' | 'other';

export interface TurnKind {
  shortfalls: Shortfall[];
  outcome: TurnOutcome;
  /**
   * What the turn was about, for "topics asked": the dialog it asked or answered in ("rent-tenant"), else
   * the intent. An owner's "是" to a follow-up question counts for the rent question, not as a new topic.
   */
  topic: string;
}


/**
 * Classifies a turn.
 * `complaintCue`: the message's complaint cue (understanding.cues.complaint), read once when it was understood.
 * @example turnKind([{ type: 'outOfScope' }], 'out_of_scope', false) // { shortfalls: ['out_of_scope'], outcome: 'not_understood', topic: 'out_of_scope' }
 */
export function turnKind(actions: readonly Action[], intent: string, complaintCue: boolean): TurnKind {
  const shortfalls = new Set<Shortfall>();
  for (const action of actions) {
    if (action.type === 'outOfScope') shortfalls.add('out_of_scope');
    else if (action.type === 'clarify' || action.type === 'askSide' || action.type === 'confirmReset') shortfalls.add('clarification');
    else if (action.type === 'rejected' || (action.type === 'ask' && action.retry)) shortfalls.add('retry');
    else if (action.type === 'giveUp') shortfalls.add('gave_up');
    else if (action.type === 'handoff') shortfalls.add('handoff');
    else if (action.type === 'complaint') shortfalls.add('complaint').add('handoff');
    else if (action.type === 'changed' || action.type === 'whichWrong') shortfalls.add('correction');
  }
  // Owners who complain rarely use a word the intents know: the complaint cues (intents/cues.yaml) mark the
  // turn for a person to read, whatever the bot did with it.
  if (intent === 'complaint' || complaintCue) shortfalls.add('complaint');
  const has = (type: Action['type']) => actions.some((action) => action.type === type);
  const outcome: TurnOutcome = has('handoff') || has('giveUp') || has('complaint') ? 'handed_off'
    : has('result') || has('info') || has('contacts') ? 'answered'
      : shortfalls.has('out_of_scope') || shortfalls.has('clarification') || shortfalls.has('retry') ? 'not_understood'
        : 'other';
  const inDialog = actions.find((action) => 'dialog' in action);
  // The intent of a follow-up answer means little ("小型企业" reads as out_of_scope); a refusal is its own topic.
  const topic = !shortfalls.has('out_of_scope') && inDialog && 'dialog' in inDialog ? inDialog.dialog : intent;
  return { shortfalls: SHORTFALLS.filter((s) => shortfalls.has(s)), outcome, topic };
}
