// Each rule's doc comment quotes its clause (Catala's way: the text beside the code). The quote is a
// copy, so this test proves every copy equals the notice's own words in notice.yaml.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { measure } from '../../../src/policy/notice.js';
import { rules } from '../../../src/policy/rules/index.js';

/** The `> ` lines of the file's first doc comment, joined (line breaks there are only layout). */
function quotedClause(ruleId: string): string {
  const source = readFileSync(new URL(`../../../src/policy/rules/${ruleId}.ts`, import.meta.url), 'utf8');
  return [...source.matchAll(/^ \* > ?(.*)$/gm)].map((match) => match[1] ?? '').join('');
}

describe('the clause each rule quotes', () => {
  it.each(rules.map((rule) => [rule.id, rule.measure] as const))('%s quotes measure %i word for word', (id, measureId) => {
    const quote = quotedClause(id);
    expect(quote.length).toBeGreaterThan(20);
    expect(measure(measureId).clause).toContain(quote);
  });
});
