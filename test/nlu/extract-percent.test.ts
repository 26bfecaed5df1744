import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { extractPercents, readBareRate } from '../../src/nlu/extract-percent.js';
import { extractEntities } from '../../src/nlu/entities.js';
import { checkCase } from '../../src/tools/eval/entity-cases.js';
import { Decimal } from '../../src/policy/money.js';
import { anyText, casesOfKind, numberishText } from './entity-case-table.js';

describe('percentages owners type (intents/entity-cases.yaml)', () => {
  test.each(casesOfKind('percent'))('%s', (_text, entityCase) => {
    const check = checkCase(entityCase, 'percent', extractEntities(entityCase.text));
    expect(check.actual).toEqual(check.expected);
  });
});

test('a percentage is not also read as money', () => {
  expect(extractEntities('营业额下降了85%').money).toEqual([]);
  expect(extractEntities('百分之八十').money).toEqual([]);
});

test('the mention quotes the original text', () => {
  expect(extractPercents('降了８５％')[0]).toMatchObject({ value: '85', text: '８５％', start: 2, end: 5 });
});

test('any text: never throws, every percentage is a decimal from 0 to 100', () => {
  fc.assert(fc.property(fc.oneof(anyText, numberishText), (text) => {
    for (const mention of extractPercents(text)) {
      expect(mention.value).toMatch(/^\d+(\.\d+)?$/);
      expect(new Decimal(mention.value).lessThanOrEqualTo(100)).toBe(true);
    }
  }), { numRuns: 2000 });
});

describe('a guarantee rate given as a bare figure (readBareRate)', () => {
  test.each([
    ['收1.5', '1.5'], ['年化1.5', '1.5'], ['零点五', '0.5'], ['一个半', '1.5'], ['大概一点五吧', '1.5'],
    ['one point five', '1.5'], ['1.5 per annum', '1.5'], ['around one and a half', '1.5'], ['the rate was 2', '2'], ['他说原来收1.5', '1.5'], ['caller says around one and a half', '1.5'],
  ])('%s is %s percent', (text, value) => {
    expect(readBareRate(text)).toBe(value);
  });

  test.each(['收1.5万', '15', '两百万', 'half', '费率不清楚'])('%s is no bare rate', (text) => {
    expect(readBareRate(text)).toBeNull();
  });
});

describe('round 10: "a quarter" after an amount is the period it is paid for', () => {
  test.each(['their rent is 60k a quarter', 'rent 90,000 a quarter', 'we pay 45 thousand a quarter'])('%s: no share', (text) => {
    expect(extractPercents(text)).toEqual([]);
  });
  test('a quarter of the rent is still a share', () => {
    expect(extractPercents('we cut a quarter of the rent').map((p) => p.value.toString())).toEqual(['25']);
  });
});

// Fee rate talk in 厘 and 分 (年息1厘 = 1%; 一分五 of a fee can only be 1.5%): a bare answer, and 厘 anywhere (not 厘米).
const rateTalk: Array<[string, string | null]> = [
  ['1.5厘', '1.5'], ['一厘二', '1.2'], ['一分五', '1.5'], ['大概一分五吧', '1.5'], ['他说收两分', '2'], ['费率一厘五', '1.5'],
  ['年化1.2厘', '1.2'], ['三分之一', null], ['一分钟', null], ['5厘米', null],
];
test('rate talk in 厘 and 分 answering the fee rate reads as that many percent', () => {
  expect(rateTalk.map(([text]) => readBareRate(text))).toEqual(rateTalk.map(([, value]) => value));
  expect(extractPercents('费率1.5厘，贷款100万').map((m) => m.value)).toEqual(['1.5']);
  expect(extractPercents('门面宽5厘米')).toEqual([]);
});

// Round 12: a rate told by what it was brought to, no percent sign ("综合费率降到0.8了"), and a change of two figures.
describe('a guarantee rate told with a verb of changing it', () => {
  test.each([
    ['综合费率降到0.8了', '0.8'], ['降到零点八', '0.8'], ['现在0.8', '0.8'], ['now 0.8', '0.8'], ['down to 0.8', '0.8'],
    ['we cut it to 0.8', '0.8'], ['费率下调至1.2', '1.2'], ['0.8 now', '0.8'],
  ])('%s is %s percent', (text, value) => {
    expect(readBareRate(text)).toBe(value);
  });
  test('a change of two figures gives the rate asked: the one before, or the one it was brought to', () => {
    expect(readBareRate('从1.5降到0.8')).toBe('0.8');
    expect(readBareRate('从1.5降到0.8', 'before')).toBe('1.5');
    expect(readBareRate('was 1.5, now 0.8')).toBe('0.8');
    expect(readBareRate('原来1.5 现在0.8', 'before')).toBe('1.5');
  });
  test('the figure after the rate word and the verb is a percentage anywhere; a revenue brought down is no rate', () => {
    expect(extractPercents('综合费率降到0.8了').map((m) => m.value)).toEqual(['0.8']);
    expect(readBareRate('营业额降到20')).toBeNull();
    expect(readBareRate('降到20万')).toBeNull();
  });
});

test('asked the rate before the halving, the rate it was brought to alone answers nothing', () => {
  expect(readBareRate('降到0.75了', 'before')).toBeNull();
  expect(readBareRate('now 0.75', 'before')).toBeNull();
  expect(readBareRate('原来1.5', 'before')).toBe('1.5');
});
