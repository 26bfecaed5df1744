import { expect, test } from 'vitest';
import { labelledFacts } from '../../src/nlu/labelled-facts.js';
import { extractEntities } from '../../src/nlu/entities.js';

const pasted = `Caller: private kindergarten owner
- approved by Xicheng education commission: yes
- landlord: district SOE
- opening delayed: no, they kept open for children of medical staff
- layoffs: none
- rent: 40,000/month`;

test('a pasted list: each line read by its label\'s fact, "opening delayed: no" a no whatever "delayed" says', () => {
  expect(labelledFacts(pasted)).toEqual({ approvedByEducationCommission: true, landlordType: 'districtSoe', openingDelayed: false, layoffs: 'none' });
  expect(extractEntities(pasted).facts).toMatchObject({ openingDelayed: false, approvedByEducationCommission: true });
});

test('Chinese labels with full-width colons, numbered lines', () => {
  expect(labelledFacts('1. 房东：区属国企\n2. 是否裁员：没有\n3. 在西城注册纳税：是')).toEqual({ landlordType: 'districtSoe', layoffs: 'none', registeredInXicheng: true });
});

test('one "label: value" line is no list: left to the whole-message reading', () => {
  expect(labelledFacts('Note: the company bought the shop unit years ago.')).toEqual({});
  expect(labelledFacts('hi: can we get rent relief')).toEqual({});
});
