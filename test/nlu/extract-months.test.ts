import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { extractMonths } from '../../src/nlu/extract-months.js';
import { extractEntities } from '../../src/nlu/entities.js';
import { checkCase } from '../../src/tools/eval/entity-cases.js';
import { anyText, casesOfKind, numberishText } from './entity-case-table.js';

describe('months owners name (intents/entity-cases.yaml)', () => {
  test.each(casesOfKind('months'))('%s', (_text, entityCase) => {
    const check = checkCase(entityCase, 'months', extractEntities(entityCase.text));
    expect(check.actual).toEqual(check.expected);
  });
});

test('a number that is no month of the year is not one', () => {
  expect(extractMonths('34月')).toEqual([]);
  expect(extractMonths('13月')).toEqual([]);
});

test('traditional and full-width forms', () => {
  expect(extractMonths('３、４月份')).toEqual([3, 4]);
});

test('months listed, then counted instead of a plain 月 (round 10)', () => {
  expect(extractMonths('3、4两个月的房租全免')).toEqual([3, 4]);
  expect(extractMonths('三、四俩月都免了')).toEqual([3, 4]);
  expect(extractMonths('免了4两个月')).toEqual([]);
});

test('any text: never throws; months are 1–12, ascending, each once', () => {
  fc.assert(fc.property(fc.oneof(anyText, numberishText), (text) => {
    const months = extractMonths(text);
    expect(months.every((m) => Number.isInteger(m) && m >= 1 && m <= 12)).toBe(true);
    expect([...new Set(months)].sort((a, b) => a - b)).toEqual(months);
  }), { numRuns: 1000 });
});

test('months typed with a bare space between them, as phones type them, are both named', () => {
  expect(extractMonths('3 4月份房租能免吗')).toEqual([3, 4]);
  expect(extractMonths('三 四月都没收')).toEqual([3, 4]);
  expect(extractMonths('月租2万 3 4月免了')).toEqual([3, 4]);
  // An amount or a year before a month is no month of its own.
  expect(extractMonths('减了3000 4月份')).toEqual([4]);
  expect(extractMonths('2020 3月')).toEqual([3]);
});
