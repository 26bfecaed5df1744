import { describe, expect, it } from 'vitest';
import { extractMoney } from '../../src/nlu/extract-money.js';
import { normalizeText } from '../../src/nlu/normalize-text.js';
import { readHeadcount, readSizeAnswer, type Size } from '../../src/nlu/read-size.js';

// Sizes as owners answer "how big is your business?": a category named, or a shop, a headcount, the takings.
function read(text: string) {
  const normalized = normalizeText(text);
  return readSizeAnswer(normalized, extractMoney(text, normalized));
}

describe('a category named is taken as said', () => {
  it.each<[string, Size]>([
    ['小型', 'small'], ['小微企业吧', 'small'], ['微型 就五个人', 'micro'], ['中型的，两百来号人', 'medium'],
    ['个体户，就我和我老婆', 'individual'], ['ok is small', 'small'], ['micro I think, 9 people', 'micro'],
    ['small company ~30 staff', 'small'], ['not small, medium', 'medium'], ['caller says micro, 6 staff', 'micro'],
  ])('%s → %s', (text, size) => {
    expect(read(text)).toMatchObject({ value: size, named: true });
  });
});

describe('a headcount, the takings or a vague word leave a range, with its likeliest size', () => {
  it.each<[string, Size, Size[]]>([
    ['小店 五六个人', 'micro', ['micro', 'small']],
    ['就俩人', 'micro', ['micro']],
    ['十来个员工', 'small', ['small', 'micro']],
    ['is SME, 15 people', 'small', ['small', 'micro']],
    ['about 12 employees', 'small', ['small', 'micro']],
    ['规模不大 二十来人', 'small', ['small', 'micro', 'medium']],
    ['员工12名，年营业额三百来万', 'small', ['small', 'micro']],
    ['turnover about 2 million a year, 7 staff', 'micro', ['micro', 'small']],
    ['年营业额500万左右', 'small', ['small', 'micro', 'medium']],
    ['yes SME', 'small', ['small', 'micro', 'medium']],
    ['不大', 'small', ['small', 'micro', 'medium']],
    ['not big', 'small', ['small', 'micro', 'medium']],
    ['we have around 250 employees', 'medium', ['medium', 'large', 'small']],
    ['两百来号人吧', 'medium', ['medium', 'large', 'small']],
  ])('%s → %s of %j', (text, size, possible) => {
    expect(read(text)).toEqual({ value: size, possible, named: false });
  });

  it('a larger tier needs every figure: 9 people with 3 million of revenue is micro', () => {
    expect(read('we have 9 people and about 3 million revenue')).toMatchObject({ value: 'micro' });
  });

  it('says nothing when the answer gives no size', () => {
    expect(read('不知道')).toBeUndefined();
    expect(read('月租2万')).toBeUndefined();
    expect(read('走了两个月')).toBeUndefined();
  });
});

describe('headcounts in colloquial counts', () => {
  it.each<[string, number]>([
    ['五六个人', 6], ['二三十人', 30], ['十几个人', 15], ['两百来号人', 200], ['俩人', 2], ['员工12名', 12],
    ['人数：200', 200], ['a staff of 8', 8], ['a dozen staff', 12], ['4 of us', 4], ['a 12-person team', 12],
    ['七八个服务员', 8], ['15 people, laid off 2', 15],
  ])('%s → %d', (text, people) => {
    expect(readHeadcount(normalizeText(text))).toBe(people);
  });
});
