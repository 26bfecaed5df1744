import { describe, expect, it } from 'vitest';
import { loadNotice } from '../../src/policy/notice.js';
import { canonicalUnit, loadUnits } from '../../src/policy/units.js';
import { unitsNamed } from '../../src/dialog/topic-contacts.js';

// src/policy/units.yaml is staff-editable: these checks keep it in step with the notice.
const units = loadUnits();
const printed = new Set(loadNotice().measures.flatMap((m) => m.contacts.map((c) => c.unit)));

describe('the units owners can name (units.yaml)', () => {
  it('has an entry for every unit the notice prints a contact for', () => {
    for (const unit of printed) expect(Object.keys(units), unit).toContain(canonicalUnit(unit));
  });

  it('lists only units the notice prints, under a name the notice uses', () => {
    const canonical = new Set([...printed].map(canonicalUnit));
    for (const [unit, entry] of Object.entries(units)) {
      expect(canonical.has(unit), unit).toBe(true);
      for (const other of entry.sameAs ?? []) expect(printed.has(other), `${unit} sameAs ${other}`).toBe(true);
    }
  });

  it('finds each unit by each of its aliases, and by no other unit', () => {
    for (const [unit, entry] of Object.entries(units)) {
      for (const alias of [...entry.aliases.zh, ...entry.aliases.en]) expect(unitsNamed(`${alias} phone`), alias).toEqual([unit]);
    }
  });

  it('reads English aliases as whole words, in any case', () => {
    expect(unitsNamed('And the Labour Bureau?')).toEqual(['区人力社保局']);
    expect(unitsNamed('we do e-commerced goods')).toEqual([]);
  });
});
