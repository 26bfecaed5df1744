import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { measure } from '../../src/policy/notice.js';
import { parameters } from '../../src/policy/parameters.js';

describe('policy parameters', () => {
  it.each(Object.entries(parameters))('%s: its quote is the notice’s own words in its measure', (_name, parameter) => {
    expect(measure(parameter.measure).clause).toContain(parameter.quote);
  });

  it('no rule types a rate, share or cap itself: every Decimal literal lives in parameters.yaml', () => {
    const dir = new URL('../../src/policy/rules/', import.meta.url);
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.ts'))) {
      const code = readFileSync(new URL(file, dir), 'utf8').replace(/^\s*(\/\/|\*).*$/gm, '');
      expect(code.match(/new Decimal\(/g) ?? [], file).toEqual([]);
    }
  });
});
