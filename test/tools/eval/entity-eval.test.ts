import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { evaluateEntities } from '../../../src/tools/eval/entity-eval.js';
import { entityKinds, loadEntityCases } from '../../../src/tools/eval/entity-cases.js';

test('the report scores every kind over the whole case file', () => {
  const report = evaluateEntities({ includeBuiltin: false, rounds: 1 });
  expect(report.cases).toBe(loadEntityCases().length);
  expect(report.kinds.map((k) => k.kind)).toEqual([...entityKinds]);
  for (const kind of report.kinds) expect(kind.cases).toBeGreaterThan(0);
  const numeric = report.kinds.filter((k) => k.kind === 'money' || k.kind === 'percent').reduce((n, k) => n + k.cases, 0);
  expect(numeric).toBeGreaterThanOrEqual(100);
  expect(report.comparison.every((c) => c.builtin === null)).toBe(true);
});

test('a wrong expectation shows up as a failure with what was found, for us and for the builtin', () => {
  const dir = mkdtempSync(join(tmpdir(), 'entity-eval-'));
  const file = join(dir, 'cases.yaml');
  writeFileSync(file, [
    '- { text: 2万元, expect: { money: [{ value: "20000" }] } }',
    '- { text: 3w, expect: { money: [{ value: "30000" }] } }',
    '- { text: 八成, expect: { percents: ["70"] } }',
  ].join('\n'));
  const report = evaluateEntities({ casesFile: file, rounds: 1 });
  const percent = report.kinds.find((k) => k.kind === 'percent');
  expect(percent).toMatchObject({ cases: 1, correct: 0, failures: [{ text: '八成', expected: ['70'], actual: ['80'] }] });
  const money = report.comparison.find((c) => c.kind === 'money');
  expect(report.builtinError).toBeNull();
  expect(money?.ours).toEqual({ correct: 2, accuracy: 1 });
  // The Microsoft recognizer reads 2万元 but not the colloquial 3w.
  expect(money?.builtin).toMatchObject({ correct: 1, failures: [{ text: '3w', expected: ['30000'] }] });
  expect(report.timing.builtinMsPerMessage).toBeGreaterThan(0);
});
