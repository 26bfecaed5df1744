/**
 * A month told in the story before the figures ("4月份其实涨租了 3月3万 4月3万2") is not the first figure's month: of
 * several months before an amount, the one right before it is its own; a list right before it ("3 4月3万") stays a list.
 */
import { expect, test } from 'vitest';
import { extractMoney } from '../../src/nlu/extract-money.js';
import { monthsRightBefore } from '../../src/nlu/extract-months.js';

test.each<[string, number[][]]>([
  ['哎 4月份其实涨租了 3月3万 4月3万2 麻烦重新算下', [[3], [4]]],
  ['4月涨了 三月两万 四月两万二', [[3], [4]]],
  ['rent went up in April, March was 30k and April 32k', [[3], [4]]],
  ['3 4月3万', [[3, 4]]],
  ['3、4月合计5万', [[3, 4]]],
])('%s', (text, months) => {
  expect(extractMoney(text).map((m) => m.months)).toEqual(months);
});

test('monthsRightBefore reads only the months ending the text', () => {
  expect(monthsRightBefore('4月份其实涨租了 3月')).toEqual([3]);
  expect(monthsRightBefore('涨租了')).toEqual([]);
});
