/**
 * Tenant or landlord: "我是租房子的，不是房东" / "I'm the tenant" in the landlord's dialog moves to the
 * tenant's (and the other way round), every fact kept. The same for a guarantee's borrower and institution.
 */
import { questionCue, type CueName } from '../../nlu/text-cues.js';
import { applyFacts, factsFor, startDialog, type Handler } from '../turn.js';

/** The two sides of a measure: each side's cue and dialog. （六）: "不是担保公司，我们是借款企业" / "we're the guarantor". */
const pairs: ReadonlyArray<readonly [[CueName, string], [CueName, string]]> = [
  [['tenantSide', 'rent-tenant'], ['landlordSide', 'rent-landlord']],
  [['borrowerSide', 'guarantee-borrower'], ['guarantorSide', 'guarantee-institution']],
];

export const sideSwitch: Handler = (turn) => {
  const { understanding, ctx, actions, session, current } = turn;
  const { cues } = understanding;
  const pair = pairs.find(([a, b]) => current?.id === a[1] || current?.id === b[1]);
  if (!pair) return false;
  const [one, two] = pair;
  // "我们也是房东，…有补贴吗？" is a second question, not a switch: only a statement of the side moves over,
  // however long ("hmm actually we own the building and let it to shops" asks nothing).
  if (cues[one[0]] === cues[two[0]] || !current || (questionCue.test(understanding.text) && !/不是|not/i.test(understanding.text))) return false;
  const [wanted, other] = cues[one[0]] ? [one[1], two[1]] : [two[1], one[1]];
  if (current.id !== other) return false;
  const dialog = ctx.dialogs.byId.get(wanted);
  if (!dialog) return false;
  applyFacts(session, factsFor(turn, dialog, null).facts, actions);
  // Not an interruption: the owner is on the other side, so the old dialog is not offered back.
  session.suspended = null;
  session.awaiting = null;
  startDialog(session, dialog, actions);
  turn.intent = dialog.intents[0] ?? null;
  return true;
};
