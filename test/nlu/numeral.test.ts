import { expect, test } from 'vitest';
import fc from 'fast-check';
import { parseNumeral } from '../../src/nlu/numeral.js';

test.each([
  ['两万五', '25000'], ['3千5', '3500'], ['2.5万', '25000'], ['一万五千', '15000'], ['壹万伍仟', '15000'],
  ['1.2亿', '120000000'], ['25,000', '25000'], ['二零二零', '2020'], ['两点五万', '25000'], ['十五', '15'],
  ['一百零五', '105'], ['一万零五', '10005'], ['2万5000', '25000'], ['1亿2000万', '120000000'], ['3千50', '3050'],
  ['一千五百万', '15000000'], ['1万亿', '1000000000000'], ['2百万', '2000000'], ['八十五点五', '85.5'],
])('%s = %s', (run, value) => {
  expect(parseNumeral(run)?.toFixed()).toBe(value);
});

test.each(['两万万', '亿亿', '百', '千万', '万', '三十四十', '五百三千', '', '点五'])('%s is not a number', (run) => {
  expect(parseNumeral(run)).toBeNull();
});

test('an Arabic integer reads as itself, exactly, however long', () => {
  fc.assert(fc.property(fc.bigInt({ min: 0n, max: 10n ** 30n }), (n) => {
    expect(parseNumeral(n.toString())?.toFixed()).toBe(n.toString());
  }));
});
