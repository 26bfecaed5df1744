/**
 * One check of every cross-reference between the data files, at start-up (createBot) and in a test:
 * every intent a dialog names, the menu offers or the engine answers by name has an intent file, and
 * a topic dialog (one rule) asks every fact its rule reads (Rule.facts). The check-up, which runs
 * several rules, is a short questionnaire on purpose: what it does not ask its outcomes list as
 * still to be given. A typo then stops start-up
 * with a line naming the file, instead of quietly making a topic "out of scope".
 */
import { CONVERSATION_INTENTS } from '../dialog/conversation-intents.js';
import type { DialogSet } from '../dialog/dialog-schema.js';
import { findRule } from '../policy/rules/index.js';
import { MENU_INTENTS } from '../reply/menu.js';

/** The domain's data does not fit together; `problems` has one line per broken reference. */
export class DomainError extends Error {
  override readonly name = 'DomainError';
  constructor(readonly problems: readonly string[]) {
    super(`the dialogs, intents and rules do not fit together:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/**
 * The broken references, one line each; [] when all is well.
 *
 * @example domainProblems(loadDialogs(), intentNames()) // []
 */
export function domainProblems(set: DialogSet, intentNames: readonly string[]): string[] {
  const known = new Set(intentNames);
  const problems: string[] = [];
  for (const dialog of set.dialogs) {
    for (const intent of dialog.intents) {
      if (!known.has(intent)) problems.push(`dialogs/${dialog.id}.yaml: intent "${intent}" has no file intents/${intent}.yaml`);
    }
    const topicRules = dialog.rules.length === 1 ? dialog.rules : [];
    for (const ruleId of topicRules) {
      const rule = findRule(ruleId);
      for (const fact of rule?.facts ?? []) {
        if (!dialog.facts.includes(fact)) problems.push(`dialogs/${dialog.id}.yaml: rule ${ruleId} reads fact "${fact}", which the dialog never asks`);
      }
    }
  }
  for (const intent of MENU_INTENTS) {
    if (!known.has(intent)) problems.push(`reply/menu.ts: the menu starts intent "${intent}", which has no intent file`);
  }
  for (const intent of CONVERSATION_INTENTS) {
    if (!known.has(intent)) problems.push(`dialog/conversation-intents.ts: the engine answers intent "${intent}", which has no intent file`);
  }
  return problems;
}

/** Throws a DomainError listing every broken reference. */
export function validateDomain(set: DialogSet, intentNames: readonly string[]): void {
  const problems = domainProblems(set, intentNames);
  if (problems.length > 0) throw new DomainError(problems);
}
