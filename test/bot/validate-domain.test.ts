import { describe, expect, it } from 'vitest';
import { domainProblems, DomainError, validateDomain } from '../../src/bot/validate-domain.js';
import { loadDialogs } from '../../src/dialog/dialog-schema.js';
import { intentNames } from '../../src/nlu/intents.js';

describe('validateDomain', () => {
  const dialogs = loadDialogs();
  const intents = intentNames();

  it('the shipped dialogs, intents, menu and rules fit together', () => {
    expect(domainProblems(dialogs, intents)).toEqual([]);
  });

  it('a dialog naming an intent without a file is refused, naming both', () => {
    const typo = { ...dialogs, dialogs: dialogs.dialogs.map((d) => (d.id === 'rent-tenant' ? { ...d, intents: ['rent_tenat'] } : d)) };
    expect(() => validateDomain(typo, intents)).toThrow(DomainError);
    expect(domainProblems(typo, intents)).toEqual(['dialogs/rent-tenant.yaml: intent "rent_tenat" has no file intents/rent_tenat.yaml']);
  });

  it('a dialog that stops asking a fact its rule reads is refused', () => {
    const short = { ...dialogs, dialogs: dialogs.dialogs.map((d) => (d.id === 'rent-tenant' ? { ...d, facts: d.facts.filter((f) => f !== 'monthlyRent') } : d)) };
    expect(domainProblems(short, intents)).toContain('dialogs/rent-tenant.yaml: rule rent-waiver reads fact "monthlyRent", which the dialog never asks');
  });

  it('a menu or conversation intent without its file is refused', () => {
    const problems = domainProblems(dialogs, intents.filter((name) => name !== 'checkup' && name !== 'handoff'));
    expect(problems).toContain('reply/menu.ts: the menu starts intent "checkup", which has no intent file');
    expect(problems).toContain('dialog/conversation-intents.ts: the engine answers intent "handoff", which has no intent file');
  });
});
