import { describe, expect, it } from 'vitest';
import { loadDialogs } from '../../src/dialog/dialog-schema.js';
import { extractMoney } from '../../src/nlu/extract-money.js';
import { loadNotice, measure } from '../../src/policy/notice.js';

// dialogs/_answers.yaml is staff-editable; every fact an answer states must be the notice's.
const { answers } = loadDialogs();

/** Every number of a text: digit runs (5,000,000 → 5000000) and amounts written with 万 (500万 → 5000000). */
function numbersOf(text: string): Set<string> {
  const digits = [...text.matchAll(/\d[\d,]*(?:\.\d+)?/g)].map((m) => m[0].replace(/,/g, ''));
  const amounts = extractMoney(text).map((m) => m.value);
  return new Set([...digits, ...amounts]);
}

describe('the direct answers (dialogs/_answers.yaml)', () => {
  it('has the answers the owners ask for', () => {
    expect(answers.map((a) => a.id)).toEqual(expect.arrayContaining(['guarantor-cap', 'reguarantee-halved', 'office-half', 'sole-trader', 'job-subsidy-standard', 'materials']));
  });

  for (const entry of answers) {
    const clauses = entry.measure === null ? loadNotice().measures.map((m) => m.clause) : [measure(entry.measure).clause];
    it(`${entry.id}: quotes its clause word for word`, () => {
      if (entry.quote) expect(clauses.some((clause) => clause.includes(entry.quote ?? ''))).toBe(true);
      else expect(entry.absent, 'an answer without a quote must say what the notice leaves out').toBeDefined();
    });

    it(`${entry.id}: states only numbers of its clause, in both languages`, () => {
      // The measure's own number ("item (1)") is the notice's too.
      const inClause = new Set([...clauses.flatMap((clause) => [...numbersOf(clause)]), String(entry.measure)]);
      for (const lang of ['zh', 'en'] as const) {
        for (const number of numbersOf(entry.answer[lang])) expect(inClause.has(number), `${lang}: ${number}`).toBe(true);
      }
    });

    it(`${entry.id}: what it says the notice leaves out is really not in the clause`, () => {
      for (const word of entry.absent ?? []) for (const clause of clauses) expect(clause).not.toContain(word);
    });

    it(`${entry.id}: sends the owner to contacts the measure prints`, () => {
      if (!entry.contacts || entry.contacts === 'all') return;
      expect(entry.measure).not.toBeNull();
      expect(measure(entry.measure ?? 0).contacts.map((c) => c.unit)).toContain(entry.contacts);
    });
  }

  it('the materials answer is right that no clause lists materials', () => {
    for (const m of loadNotice().measures) expect(m.clause).not.toMatch(/材料|申请表|提交/);
  });
});
