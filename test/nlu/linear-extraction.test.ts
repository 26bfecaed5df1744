import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { worstInputs } from '../../src/tools/bench/worst-inputs.js';
import { extractEntities } from '../../src/nlu/entities.js';
import { readLanguage } from '../../src/nlu/detect-language.js';

// Every extractor is linear in the message length (issue 13 §1). No clock: the test counts steps, each
// regular-expression execution the extractors make plus the characters it reads, from where it starts
// to where it matched (or to the end when it fails; a sticky pattern reads only what it matched), and
// requires that four times the text costs at most about four times the steps. (What one
// regular expression does inside a single execution is not counted; the patterns that once backtracked
// are built so that they cannot, and the bench times these same inputs.)
const originalExec = RegExp.prototype.exec;
let steps = 0;

beforeEach(() => {
  RegExp.prototype.exec = function countedExec(this: RegExp, subject: string) {
    const text = String(subject);
    const start = this.global || this.sticky ? this.lastIndex : 0;
    const result = originalExec.call(this, text);
    if (this.sticky) steps += 1 + (result?.[0].length ?? 0);
    else steps += 1 + Math.max(0, (result ? result.index + result[0].length : text.length) - start);
    return result;
  };
});
afterEach(() => {
  RegExp.prototype.exec = originalExec;
});

function stepsFor(text: string): number {
  steps = 0;
  extractEntities(text);
  readLanguage(text);
  return steps;
}

describe('understanding a message costs steps in proportion to its length', () => {
  it.each(worstInputs.map((input) => [input.name, input] as const))('%s', (_name, input) => {
    const small = stepsFor(input.make(500));
    const large = stepsFor(input.make(2000));
    // 4× the characters: allow 5× the steps (a fixed cost per message does not scale).
    expect(large, `${input.why}: ${small} steps at 500 chars, ${large} at 2,000`).toBeLessThanOrEqual(small * 5 + 200);
  });

  it('a long message of every kind of entity together stays linear too', () => {
    const mixed = (n: number) => '我们饭馆区属国企门面，3月2万，4月1.8万，辞了2个人，一年24万，降了80%，'.repeat(Math.ceil(n / 40)).slice(0, n);
    expect(stepsFor(mixed(2000))).toBeLessThanOrEqual(stepsFor(mixed(500)) * 5 + 200);
  });

  it('the counter does count: a quadratic use of a pattern is caught', () => {
    // Re-reading the text from each position, the way the old negation look-back did.
    const quadratic = (text: string) => { for (let at = 0; at < text.length; at += 1) /不$/.exec(text.slice(0, at)); };
    steps = 0; quadratic('饭'.repeat(500)); const small = steps;
    steps = 0; quadratic('饭'.repeat(2000)); const large = steps;
    expect(large).toBeGreaterThan(small * 10);
  });
});
