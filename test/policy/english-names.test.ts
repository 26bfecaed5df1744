import { describe, expect, it } from 'vitest';
import { loadEnglishNames } from '../../src/policy/english-names.js';
import { loadNotice } from '../../src/policy/notice.js';

describe('English names for the notice', () => {
  const notice = loadNotice();
  const names = loadEnglishNames();
  const contacts = [notice.generalContact, ...notice.measures.flatMap((m) => m.contacts)];

  it('name every unit the notice lists, in its measures and its contacts', () => {
    const units = new Set([...notice.measures.flatMap((m) => m.units), ...contacts.map((c) => c.unit)]);
    expect([...units].filter((unit) => !(unit in names.units))).toEqual([]);
    expect(units.size).toBeGreaterThan(10);
  });

  it('name every office, person and topic of a contact', () => {
    expect(contacts.filter((c) => !(c.office in names.offices)).map((c) => c.office)).toEqual([]);
    expect(contacts.filter((c) => !(c.person in names.people)).map((c) => c.person)).toEqual([]);
    expect(contacts.filter((c) => c.topic !== undefined && !(c.topic in names.topics)).map((c) => c.topic)).toEqual([]);
  });

  it('are English: no Chinese character in any English name', () => {
    const all = [...Object.values(names.units), ...Object.values(names.offices), ...Object.values(names.people), ...Object.values(names.topics)];
    expect(all.filter((name) => /\p{Script=Han}/u.test(name))).toEqual([]);
  });

  it('carry no entry the notice does not print (a typo would otherwise hide a missing name)', () => {
    const printed = new Set([...notice.measures.flatMap((m) => m.units), ...contacts.flatMap((c) => [c.unit, c.office, c.person, c.topic ?? ''])]);
    const keys = [...Object.keys(names.units), ...Object.keys(names.offices), ...Object.keys(names.people), ...Object.keys(names.topics)];
    expect(keys.filter((key) => !printed.has(key))).toEqual([]);
  });
});
