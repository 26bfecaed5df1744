/**
 * The chain-store answers told as stories (round 10). One store of the owner's own, said with the owner in front of the
 * count ("就我这一家", "it's just me and this one shop"), is no branch set up as 分公司 (（四）), while a count of one branch
 * is; a store the company opened or owns ("总公司开的", "集团自营的", "one of the company's own stores") is a branch. Rent
 * the head office pays but takes back from the store ("从门店利润里扣", "HQ pays and charges us back") is borne by the store.
 */
import { expect, test } from 'vitest';
import type { FactName } from '../../src/policy/facts.js';
import { readAnswer } from '../../src/nlu/read-answer.js';
import { textCues } from '../../src/nlu/text-cues.js';

test.each<[FactName, string, boolean]>([
  ['chainBranch', '就我这一家', false],
  ['chainBranch', '只有我们这一个店', false],
  ['chainBranch', '就咱这一家店', false],
  ['chainBranch', '我就这么一个小店', false],
  ['chainBranch', '全北京就我们这一家', false],
  ['chainBranch', '就开了我们这一家', false],
  ['chainBranch', '我们只开了1家', false],
  ['chainBranch', '独此一家', false],
  ['chainBranch', "it's just me and this one shop", false],
  ['chainBranch', 'only this one shop, nothing else', false],
  ['chainBranch', 'I only have this shop', false],
  ['chainBranch', "we're a one-shop business", false],
  ['chainBranch', 'just us, one location', false],
  ['chainBranch', 'there is only our shop, no others', false],
  ['chainBranch', '我自己开的', false],
  ['chainBranch', '我自己的公司开的', false],
  ['chainBranch', "we're a franchise, not a company store", false],
  ['chainBranch', '就一个分店', true],
  ['chainBranch', 'just one branch of the chain', true],
  ['chainBranch', '门店是总公司开的', true],
  ['chainBranch', '集团自营的', true],
  ['chainBranch', '公司自己投资开的', true],
  ['chainBranch', '总部100%控股', true],
  ['chainBranch', '是总部的店', true],
  ['chainBranch', "we're one of the company's own stores", true],
  ['chainBranch', 'head office owns all 12 stores, including ours', true],
  ['chainBranch', 'self-operated', true],
  ['paysRent', '总部统一交 然后从门店利润里扣', true],
  ['paysRent', '总部交的 从我们店账上扣', true],
  ['paysRent', 'HQ pays and charges us back', true],
  ['paysRent', '总部付', false],
  ['paysRent', 'head office pays centrally', false],
])('%s answered "%s" → %s', (fact, text, value) => {
  expect(readAnswer(fact, text)).toBe(value);
});

test.each([
  'what could I have claimed back then?',
  'good morning, what was my cafe entitled to in 2020?',
  'what would our salon have got from the Xicheng measures?',
  'what were we eligible for?',
])('the check-up asked in the past: %s', (text) => {
  expect(textCues(text).checkup).toBe(true);
});

test('a landlord asking what they could have claimed asks for the landlords\' subsidy, not the check-up', () => {
  expect(textCues('landlord here. we reduced the rent for our tenants, what could we have claimed').checkup).toBe(false);
});
