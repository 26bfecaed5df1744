/**
 * English answers to the bot's questions, by family (round 8): amounts in words with a short scale or a share of
 * one ("twenty two k", "half a million", "a quarter of a million"), a yes/no fact answered by denying the other
 * option ("a branch, not a franchise"), premises named by their trade ("a tea room, so trade"), trading carried
 * on at less than full strength ("kept production going with fewer shifts"), and a landlord firm "in Xicheng"
 * that says nothing of where the owner is registered; a delayed opening told as a story ("couldn't take the kids back
 * until September"); "still" said of the owner's own condition ("do we still get it if we let people go?").
 */
import { expect, test } from 'vitest';
import type { FactName } from '../../src/policy/facts.js';
import { readAnswer } from '../../src/nlu/read-answer.js';
import { extractMoney } from '../../src/nlu/extract-money.js';
import { extractRegistration } from '../../src/nlu/extract-registration.js';
import { extractPercents } from '../../src/nlu/extract-percent.js';
import { textCues } from '../../src/nlu/text-cues.js';
import { extractYesNo } from '../../src/nlu/extract-yes-no.js';

test.each([
  ['twenty two k', '22000'],
  ['fifteen k a month', '15000'],
  ['thirty-five k per month', '35000'],
  ['a hundred k', '100000'],
  ['one hundred and twenty k', '120000'],
  ['two mil', '2000000'],
  ['three point two mil', '3200000'],
  ['one point two million', '1200000'],
  ['half a million yuan', '500000'],
  ['half a million yuan all together', '500000'],
  ['half a billion yuan', '500000000'],
  ['half a mil', '500000'],
  ['a quarter of a million', '250000'],
  ['roughly a quarter million', '250000'],
  ['three quarters of a million', '750000'],
  ['a million and a half in total', '1500000'],
])('money in words: "%s" is %s yuan, and no share', (text, value) => {
  expect(extractMoney(text).map((m) => m.value)).toEqual([value]);
  expect(extractPercents(text)).toEqual([]);
});

test.each([
  ['a quarter of a million'],
  ['roughly a quarter million'],
])('"%s" is an amount, not a rent per quarter', (text) => {
  expect(extractMoney(text)[0]?.per).not.toBe('quarter');
});

test.each([['ok k, thanks'], ['two k-pop posters'], ['half a year'], ['I paid half']])('"%s" holds no amount', (text) => {
  expect(extractMoney(text)).toEqual([]);
});

test.each<[FactName, string, string | boolean | undefined]>([
  ['chainBranch', 'branch of company, not join', true],
  ['chainBranch', 'a branch, not a franchise', true],
  ['chainBranch', "we're a branch office, not a franchisee", true],
  ['chainBranch', 'directly operated, not join-in', true],
  ['chainBranch', 'we are not franchise, we are branch', true],
  ['chainBranch', 'not a franchise, head office runs it', true],
  ['chainBranch', '直营的，不是加盟', true],
  ['chainBranch', 'not a branch, we\'re a franchise', false],
  ['chainBranch', 'franchise, not a branch', false],
  ['chainBranch', "it's not a branch", false],
  ['chainBranch', '不是直营，是加盟', false],
  ['openingDelayed', "we couldn't take the kids back until September", true],
  ['openingDelayed', "we weren't allowed to have classes until May", true],
  ['openingDelayed', "kids didn't return till the autumn", true],
  ['openingDelayed', 'we had to wait until June to reopen', true],
  ['openingDelayed', 'classes moved online from February', true],
  ['openingDelayed', 'no classes in person until summer', true],
  ['openingDelayed', 'no, we started on time', false],
  ['openingDelayed', 'no, classes went on as usual', false],
  ['approvedByEducationCommission', 'approved, not just a business licence', true],
  ['approvedByEducationCommission', '不只是营业执照，有教委的办学许可', true],
  ['approvedByEducationCommission', 'no, just a business licence', false],
  ['approvedByEducationCommission', 'not approved, only a business licence', false],
  ['premisesUse', "It's a tea room, so trade", 'business'],
  ['premisesUse', "it's where we trade", 'business'],
  ['premisesUse', 'a teahouse', 'business'],
  ['premisesUse', 'customers eat in, it is a dining place', 'business'],
  ['premisesUse', 'a laundry', 'business'],
  ['premisesUse', 'a little boutique', 'business'],
  ['premisesUse', 'karaoke bar', 'business'],
  ['premisesUse', 'a sales outlet', 'business'],
  ['premisesUse', 'not an office, a tea house', 'business'],
  ['premisesUse', 'warehouse and office', 'office'],
  ['operatingStatus', 'We kept production going with fewer shifts', 'open'],
  ['operatingStatus', 'kept the factory running with half the staff', 'open'],
  ['operatingStatus', 'we kept the shop going, just fewer hours', 'open'],
  ['operatingStatus', 'stayed open at half capacity', 'open'],
  ['operatingStatus', 'ran a skeleton crew the whole time', 'open'],
  ['operatingStatus', 'we operated with reduced staffing', 'open'],
  ['operatingStatus', 'kept the business ticking over', 'open'],
  ['operatingStatus', 'we kept the shop closed', undefined],
  // Another place denied, a no standing beside it (r10): the no is said of that place.
  ['registeredInXicheng', "we're not outside Xicheng, no, registered right here", true],
  ['registeredInXicheng', 'no, not registered anywhere else, we are in Xicheng', true],
  ['registeredInXicheng', "it's not like we're registered in another district, no. Xicheng for both", true],
  ['registeredInXicheng', "we aren't registered outside of Xicheng, no", true],
  ['registeredInXicheng', 'not in Haidian or anywhere, no - here in Xicheng', true],
  ['registeredInXicheng', '不在外区 没有 就在西城注册的', true],
  ['registeredInXicheng', '没在朝阳注册 也没在海淀 就西城', true],
  ['registeredInXicheng', '不是外地的 就是西城本地的', true],
  ['registeredInXicheng', 'no, we are registered in Haidian', false],
  ['registeredInXicheng', 'not registered in Xicheng but in Haidian', false],
  ['registeredInXicheng', '不是，在海淀', false],
  // The landlord told as a person (r10): a private landlord, unless a state owner is named.
  ['landlordType', "the place belongs to an old lady, she's retired", 'private'],
  ['landlordType', 'a local family owns it', 'private'],
  ['landlordType', 'some guy who owns half the street', 'private'],
  ['landlordType', '房子是楼上老两口的', 'private'],
  ['landlordType', 'the district SOE, the man there is nice', 'districtSoe'],
  // Soft words (r10): the closure told by when the owner was let back.
  ['operatingStatus', 'we closed for a month then reopened when allowed', 'closedPerRules'],
  ['operatingStatus', 'shut until they let us open again in April', 'closedPerRules'],

])('asked %s: "%s" is %s', (fact, text, value) => {
  expect(readAnswer(fact, text)).toBe(value);
});

test.each([
  ['We rent a shop from a district state-owned company in Xicheng.', null],
  ['our landlord is a state firm in Xicheng', null],
  ['租的是西城区的国有企业的房子', null],
  ['我们是西城区的公司', 'here'],
  ['a consulting firm in Xicheng', 'here'],
  ['a company registered in Xicheng', 'here'],
  ['not in Haidian, registered and taxed in Xicheng', 'here'],
  ['没在朝阳注册，工商税务都在西城', 'here'],
  ['registered in Haidian, not in Chaoyang', 'elsewhere'],
])('registration: "%s" is %s', (text, where) => {
  expect(extractRegistration(text)).toBe(where);
});

test.each([
  ['we cut the rent by half', '50'],
  ['down by four fifths', '80'],
  ['a quarter', '25'],
])('"%s" is a share of %s %%', (text, value) => {
  expect(extractPercents(text).map((p) => p.value)).toEqual([value]);
});

/** Readers of one flag or polarity each: whether a message asks about today, and the yes or no of a short answer. */
const flags = {
  aboutNow: (text: string) => textCues(text).aboutNow,
  yesNo: (text: string) => extractYesNo(text).yesNo,
};

test.each<[keyof typeof flags, string, boolean | null]>([
  ['aboutNow', 'Do we still get the rent waiver if we had to let some people go?', false],
  ['aboutNow', 'can we still claim even though we closed for renovation?', false],
  ['aboutNow', '要是裁了两个人还能享受吗', false],
  ['aboutNow', 'can I still apply?', true],
  // A story of the owner's 2020 told first: "still" is "despite that", their 2020 case, not today.
  ['aboutNow', 'covid killed us and honestly we had to let go most of the staff. can we still get the rent waiver?', false],
  ['aboutNow', '疫情那会儿把我们害惨了 裁了一多半人 还能享受免租吗', false],
  ['aboutNow', 'we had to close back in 2020, can we still get the rent waiver now?', true],
  ['aboutNow', '我们当年关了两个月 现在还能申请吗', true],
  ['aboutNow', '还能申请吗', true],
  ['aboutNow', 'can I still apply in 2026?', true],
  ['yesNo', "can't say", null],
])('%s: "%s" is %s', (reader, text, value) => {
  expect(flags[reader](text)).toBe(value);
});

test.each([['we let 4 of our 12 staff go'], ['we let two of the twelve cooks go']])('"%s" lets staff go, not premises', (text) => {
  expect(textCues(text).landlordSide).toBe(false);
});

