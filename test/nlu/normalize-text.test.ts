import { expect, test } from 'vitest';
import fc from 'fast-check';
import { normalizeText } from '../../src/nlu/normalize-text.js';
import { extractEntities } from '../../src/nlu/entities.js';

// Mentions quote the owner's own words by offset, so normalising must never change the length of a text,
// whatever slang or homophones it holds.
test('normalising keeps every offset: the text has the same length, slang and all', () => {
  const pieces = fc.constantFrom('木有', '米有', '冇', '俺们', '俺', '咱们', '神马', '肿么', '房组', '免组', '祝册', '补帖', '好滴', '恩恩', '木', '木工', '兩萬', 'ＡＢ', '，', ' ', '2w', '裁');
  fc.assert(fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
    const text = parts.join('');
    expect(normalizeText(text)).toHaveLength(text.length);
  }));
});

test.each([
  ['有上限木', '有上限吗'],
  ['能免木？', '能免吗?'],
  ['木工坊的房租', '木工坊的房租'],
  ['卖木材的', '卖木材的'], ['红木有限公司', '红木有限公司'],
  ['俺们的房组', '我们的房租'],
  ['神马时候祝册的', '什么时候注册的'],
])('chat slang reads as the standard words: %s → %s', (text, standard) => {
  expect(normalizeText(text)).toBe(standard);
});

test.each([
  ['木有', { yesNo: false }],
  ['米有 一个都没走', { yesNo: false, layoffs: 'none' }],
  ['冇裁人', { yesNo: false, layoffs: 'none' }],
  ['木有组织培训', { yesNo: false, organizesTraining: false }],
  ['好滴', { yesNo: true }],
  ['恩恩 是滴', { yesNo: true }],
])('an answer in chat slang is read like the standard one: %s', (text, reading) => {
  const entities = extractEntities(text);
  const { yesNo, ...facts } = reading;
  expect(entities.yesNo).toBe(yesNo);
  expect(entities.facts).toMatchObject(facts);
});
