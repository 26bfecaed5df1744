import { expect, test } from 'vitest';
import fc from 'fast-check';
import { normalizeText } from '../../src/nlu/normalize-text.js';
import { extractEntities } from '../../src/nlu/entities.js';

// Mentions quote the owner's own words by offset, so normalising must never change the length of a text,
// whatever slang, homophones, traditional or Cantonese words it holds.
test('normalising keeps every offset: the text has the same length, slang and all', () => {
  const pieces = fc.constantFrom('木有', '米有', '冇', '俺们', '俺', '咱们', '神马', '肿么', '房组', '免组', '祝册', '补帖', '好滴', '恩恩', '木', '木工', '兩萬', 'ＡＢ', '，', ' ', '2w', '裁',
    '唔係', '係', '嘅', '我哋', '喺', '咗', '唔该', '家盟', '夫化器', '關閉', '綜合費率', '𠵾', '联系');
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
  // A clause-final 不 after the verb asked about is the question particle; after an adverb or a pronoun it says no.
  ['再担保费也减半不', '再担保费也减半吗'], ['个体户也算不？', '个体户也算吗?'], ['办公的也免不，还是只免门店', '办公的也免吗,还是只免门店'],
  ['当然不', '当然不'], ['我们不', '我们不'], ['对不起', '对不起'], ['减不了', '减不了'], ['有点不', '有点不'],
  ['担保机构的补贴有上限不', '担保机构的补贴有上限吗'],
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

// Owners from Hong Kong and Taiwan type characters no hand-kept list held; the whole OpenCC table is read.
test.each([
  ['我們自己關門裝修了兩個月', '我们自己关门装修了两个月'],
  ['綜合費率低於2%', '综合费率低于2%'],
  ['區國資委的聯繫電話', '区国资委的联系电话'],
  ['在西城區註冊，稅也在西城繳', '在西城区注册,税也在西城缴'],
  ['參萬元', '叁万元'],
])('traditional characters read as simplified: %s → %s', (text, simplified) => {
  expect(normalizeText(text)).toBe(simplified);
});

test.each([
  ['唔係，我哋喺朝陽註冊', '不是,我们在朝阳注册'],
  ['係區屬國企嘅', '是区属国企的'],
  ['係啊', '是啊'], ['我係小微企业', '我是小微企业'],
  ['延遲咗開學', '延迟了开学'],
  ['唔该', '谢谢'],
  ['呢個政策而家仲有冇？', '这个政策现在还有没?'], ['辦公室係咪減一半', '办公室是否减一半'], ['電話幾多', '电话多少'],
  // 系 of Mandarin stays: 联系, 关系, 系统.
  ['联系电话', '联系电话'], ['没关系', '没关系'], ['系统里申请', '系统里申请'],
])('Cantonese words read as standard Chinese: %s → %s', (text, standard) => {
  expect(normalizeText(text)).toBe(standard);
});

test.each([
  ['我们是家盟店', '我们是加盟店'],
  ['科技夫化器', '科技孵化器'],
  ['担报费', '担保费'], ['稳刚补贴', '稳岗补贴'],
  ['区属国奇', '区属国企'], ['西城住测', '西城注册'],
  ['分公司直赢', '分公司直营'], ['民办有儿园', '民办幼儿园'], ['综合费律', '综合费率'],
  ['温岗补贴', '稳岗补贴'], ['我们是中创空间', '我们是众创空间'], ['房东是区数国企', '房东是区属国企'],
  ['莫得裁人', '没有裁人'], ['呒没裁员', '没有裁员'], ['勿是分公司', '不是分公司'],
])('pinyin-input and voice-recognition slips, and dialect negations, read as the standard words: %s → %s', (text, standard) => {
  expect(normalizeText(text)).toBe(standard);
});
