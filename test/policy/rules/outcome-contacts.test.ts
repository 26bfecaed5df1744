/**
 * Across every rule: the contacts an outcome gives are the notice's own, printed under that measure
 * (no invented phone), and every outcome states its period.
 */
import { describe, expect, it } from 'vitest';
import { carrierTypes, enterpriseSizes, industries, landlordTypes, type Facts } from '../../../src/policy/facts.js';
import { measure } from '../../../src/policy/notice.js';
import { rules } from '../../../src/policy/rules/index.js';
import { measureSection } from '../../support/notice-text.js';

/** Profiles that reach every contact branch of the rules: each landlord, carrier, industry, size, and none. */
const profiles: Facts[] = [
  {},
  ...landlordTypes.map((landlordType) => ({ landlordType })),
  ...carrierTypes.map((carrierType) => ({ carrierType })),
  ...industries.map((industry) => ({ industry })),
  ...enterpriseSizes.map((enterpriseSize) => ({ enterpriseSize })),
];

const outcomes = rules.flatMap((rule) => profiles.map((facts) => ({ rule: rule.id, facts, outcome: rule.evaluate(facts) })));

describe('every outcome of every rule', () => {
  it.each(rules.map((rule) => [rule.id]))('%s gives contacts printed under its measure, unit, office, person and phone as in the notice', (id) => {
    for (const { facts, outcome } of outcomes.filter((o) => o.rule === id)) {
      expect(outcome.contacts.length, JSON.stringify(facts)).toBeGreaterThan(0);
      const printed = measureSection(outcome.measure);
      for (const contact of outcome.contacts) {
        expect(measure(outcome.measure).contacts, `${id} ${JSON.stringify(facts)}`).toContainEqual(contact);
        expect(printed).toContain(contact.phone);
        expect(printed).toContain(contact.person);
      }
    }
  });

  it.each(rules.map((rule) => [rule.id]))('%s states the period it covered, whatever the facts', (id) => {
    for (const { outcome } of outcomes.filter((o) => o.rule === id)) {
      expect(outcome.period.zh).toMatch(/2020年/);
      expect(outcome.period.en).toMatch(/2020/);
    }
  });

  it.each(rules.map((rule) => [rule.id]))('%s lists missing facts only while undecided, and an amount only when not ineligible', (id) => {
    for (const { outcome } of outcomes.filter((o) => o.rule === id)) {
      if (outcome.eligible === false) expect(outcome).toMatchObject({ missing: [], amount: null });
      if (outcome.eligible === null) expect(outcome.missing.length).toBeGreaterThan(0);
      if (outcome.amount !== null) expect(outcome.amount).toMatch(/^\d+\.\d{2}$/);
    }
  });
});
