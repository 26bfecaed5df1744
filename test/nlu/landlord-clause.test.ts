/**
 * The landlord told in passing, in words the fact table lacks, is read as the answer to "房东是谁？" would be:
 * an opening that says it is not asked it again.
 */
import { expect, test } from 'vitest';
import { landlordInMessage } from '../../src/nlu/landlord-clause.js';

test.each([
  ['修鞋铺子 一个月房租两千五 房子是街道的公家单位的 能减不', 'other'],
  ['我们那个早点铺是租的区里国资公司的门脸儿 月租八千来块', 'districtSoe'],
  ['我们租的是一家私人老板的铺面 三四月房租能免吗', 'private'],
  ['房东是房管所 能免吗', 'other'],
  ['we rent from a retired couple, any rent help for march april?', 'private'],
  ['the shop is owned by the city government housing bureau', 'other'],
  ['our bakery sits in a building we bought years ago, any rent relief back then?', 'ownPremises'],
  ['铺面是我们家老早买下的 没租 疫情那两个月有啥能拿的', 'ownPremises'],
])('"%s": the landlord is %s', (text, kind) => {
  expect(landlordInMessage(text)).toBe(kind);
});

test.each([
  '房东让我问问政府补贴的事', // what the landlord did, not who it is
  '不对不对 租的那间其实是里屋办公的 不是门面 门面是我们自己的', '房东说可以减一个月', '我是租房子的，不是房东，我是想问我自己的房租能不能减', '我们出租的房子 租户减了租', '3月4月房租能免吗', 'can we get the rent waiver',
])('"%s" describes no landlord', (text) => {
  expect(landlordInMessage(text)).toBeUndefined();
});
