import { expect, test } from 'vitest';
import fc from 'fast-check';
import { extractEntities } from '../../src/nlu/entities.js';
import { parseFacts } from '../../src/policy/facts.js';
import { anyText, numberishText } from './entity-case-table.js';

test('one message, every kind of entity', () => {
  const entities = extractEntities('區屬國企的門面，開飯館的，3、4月每月兩萬五，一直營業沒裁員');
  expect(entities.money).toMatchObject([{ value: '25000', per: 'month', months: [3, 4] }]);
  expect(entities.months).toEqual([3, 4]);
  expect(entities.facts).toEqual({
    landlordType: 'districtSoe', premisesUse: 'business', industry: 'catering', operatingStatus: 'open', layoffs: 'none',
  });
});

test('a revenue pair and its percentage side by side', () => {
  const entities = extractEntities('去年同期100万，今年才20万，降了八成');
  expect(entities.revenuePair).toEqual({ before: '1000000', after: '200000' });
  expect(entities.percents.map((p) => p.value)).toEqual(['80']);
});

test('any text: never throws, and the facts are valid for the rules', () => {
  fc.assert(fc.property(fc.oneof(anyText, numberishText), (text) => {
    const entities = extractEntities(text);
    expect(parseFacts(entities.facts).ok).toBe(true);
    expect(typeof entities.unsure).toBe('boolean');
  }), { numRuns: 2000 });
});
