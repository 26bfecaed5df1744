import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { extractYesNo } from '../../src/nlu/extract-yes-no.js';
import { extractEntities } from '../../src/nlu/entities.js';
import { checkCase } from '../../src/tools/eval/entity-cases.js';
import { anyText, casesOfKind } from './entity-case-table.js';

describe('yes, no and unsure (intents/entity-cases.yaml)', () => {
  test.each(casesOfKind('yesNo'))('%s', (_text, entityCase) => {
    const check = checkCase(entityCase, 'yesNo', extractEntities(entityCase.text));
    expect(check.actual).toEqual(check.expected);
  });
});

test('没裁员 is a "no" in polarity while the fact says no layoffs: the dialog reads the fact', () => {
  const entities = extractEntities('我们没裁员');
  expect(entities.yesNo).toBe(false);
  expect(entities.facts.layoffs).toBe('none');
});

test('unsure is never also a yes or no', () => {
  fc.assert(fc.property(anyText, fc.constantFrom('不知道', 'not sure', '说不好'), (prefix, phrase) => {
    const reading = extractYesNo(`${prefix}${phrase}`);
    expect(reading).toEqual({ yesNo: null, unsure: true });
  }));
});

test.each([
  ['I think so', true], ['i believe so', true], ['I guess so', true], ['should be', true], ["that's right", true], ['exactly', true],
  ['应该是吧', true], ['应该有的', true],
  ["I don't think so", false], ['probably not', false], ['doubt it', false], ['应该不是', false],
  // "应该是2万" corrects a figure; it is no yes.
  ['应该是2万', null], ['should be 20000', null],
] as const)('a hedged answer leans one way: %s → %s', (text, yesNo) => {
  expect(extractYesNo(text).yesNo).toBe(yesNo);
});
