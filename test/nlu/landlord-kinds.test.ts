/**
 * Who the landlord is, as owners answer "房东是谁？" / "Who is your landlord?": （一） waives rent only on premises of
 * Xicheng's district SOEs (承租区内区属国有企业房产). A company the district government owns is one; the district's public
 * bodies themselves, central and city SOEs, private firms and people, collectives, the army and schools are not. A
 * state firm of no level, or a company whose owner is not said, is asked about, never guessed.
 */
import { expect, test } from 'vitest';
import { companyWithoutOwner, readAnswer, schoolIsTheLandlord, soeWithoutLevel } from '../../src/nlu/read-answer.js';
import { extractEntities } from '../../src/nlu/entities.js';

const kinds: Array<[string, string]> = [
  ['私营企业', 'private'],
  ['私营的', 'private'],
  ['私营企业的房子', 'private'],
  ['一家外资企业', 'private'],
  ['a foreign company', 'private'],
  ['private guy', 'private'],
  ['区政府下属的一个公司', 'districtSoe'],
  ['区属的资产公司', 'districtSoe'],
  ["it's owned by the xicheng government, some property company of theirs", 'districtSoe'],
  ['a property company of the xicheng government', 'districtSoe'],
  ['district state-own company', 'districtSoe'],
  ['a central SOE\'s subsidiary', 'centralSoe'],
  ['中字头的国企', 'centralSoe'],
  ['西城区房管局', 'other'],
  ['房子是区教委自己的', 'other'],
  ['our building belongs to the district education commission itself', 'other'],
  ['belongs to the district housing bureau itself', 'other'],
  ['村集体的', 'other'],
  ['集体企业', 'other'],
  ['the village collective', 'other'],
  ['部队', 'other'],
  ['the army', 'other'],
  ['学校的房子', 'other'],
  ['房东是一所大学', 'other'],
  ['a school', 'other'],
  ['a sublandlord', 'other'],
  ['the street office', 'other'],
  ['朋友的房子', 'private'],
  ['亲戚的', 'private'],
  ['房东是一对夫妻', 'private'],
  ['老外', 'private'],
  ["my friend's", 'private'],
  ['a relative', 'private'],
  // No landlord: the business owns its premises (the rent clauses say they do not apply).
  ['房子是我们自己买的', 'ownPremises'],
  ['门面是自家的', 'ownPremises'],
  ['产权是我们公司的', 'ownPremises'],
  ['自有房产', 'ownPremises'],
  ['we own the building ourselves', 'ownPremises'],
  ['it is our own property', 'ownPremises'],
  ['铺面是我们家老早买下的', 'ownPremises'],
  ['a building we bought years ago', 'ownPremises'],
  ['自家买的 没房东', 'ownPremises'],
  ['房东自己的房子 区属国企', 'districtSoe'],
];

// The level told alone, after "房东是哪一级的国企？" / "Which level is your landlord?".
const levels: Array<[string, string]> = [
  ['区级', 'districtSoe'],
  ['西城的', 'districtSoe'],
  ['xicheng', 'districtSoe'],
  ['the district one', 'districtSoe'],
  ['北京市的', 'other'],
  ['市级', 'other'],
  ['city level', 'other'],
  ['国务院国资委的', 'centralSoe'],
  ['部委下属的', 'centralSoe'],
  ['国家级的', 'centralSoe'],
  ['铁路局的', 'centralSoe'],
  ["the ministry's", 'centralSoe'],
  ['national level', 'centralSoe'],
  ['北京市西城区的私人老板', 'private'],
];

test.each([...kinds, ...levels])('"%s" is a %s landlord', (text, kind) => {
  expect(readAnswer('landlordType', text)).toBe(kind);
});

// 国资 typed in pinyin, as 区国资的 is said in Chinese: the district's own state firm.
test.each(['we rent from the district guozi company', 'district guozi company, state owned'])('"%s" names a district SOE landlord', (text) => {
  expect(extractEntities(text).facts.landlordType).toBe('districtSoe');
});

test.each(['物业公司', '一个资产管理公司', '某某资产管理公司', 'a property management company', 'an asset management company'])(
  '"%s": a company of no owner said, asked whose it is',
  (text) => {
    expect(readAnswer('landlordType', text)).toBeUndefined();
    expect(companyWithoutOwner(text)).toBe(true);
  },
);

test.each(['私营企业', '区属的资产公司', '西城区国有资产管理公司', 'a private company', 'a central soe company', '国企'])(
  '"%s" says whose company it is (or is a state firm, asked its level instead)',
  (text) => {
    expect(companyWithoutOwner(text)).toBe(false);
  },
);

test.each(['国营单位', '国营的', 'a state-run firm'])('"%s": a state firm of no level', (text) => {
  expect(soeWithoutLevel(text)).toBe(true);
});

test.each([
  ['学校的房子', true],
  ['房东是一所大学', true],
  ['a school', true],
  ['owned by the university', true],
  ['我们是培训学校', false],
  ['我们是民办学校 房东是私企', false],
  ["we're a tutoring school", false],
])('"%s": the school is the landlord: %s', (text, landlord) => {
  expect(schoolIsTheLandlord(text)).toBe(landlord);
});

// Said in passing, by the synonyms: the whole message corrects the kind they name.
test.each([
  ['our landlord is a property company owned by the xicheng government, can the rent be waived?', 'districtSoe'],
  ['owned by the xicheng government, we are a small tailoring company, rent waiver?', 'other'],
  ['the building belongs to the district housing bureau itself, rent waiver for our shop?', 'other'],
  ['我们的门面是区政府下属公司的 能免房租吗', 'districtSoe'],
  ['房东是部队 房租能免吗', 'other'],
  ['房东是私营企业 我们开小超市的', 'private'],
])('in an opening, "%s" names a %s landlord', (text, kind) => {
  expect(extractEntities(text).facts.landlordType).toBe(kind);
});

test.each(['开发商', '商场的', '银行的房子', 'the mall', 'a bank', 'the developer'])('"%s": a landlord company of no owner said, asked whose it is', (text) => {
  expect(companyWithoutOwner(text)).toBe(true);
});

test.each(['我们是饭店', "we're a hotel"])('"%s": the owner\'s own business, no landlord company', (text) => {
  expect(companyWithoutOwner(text)).toBe(false);
});

// Corrections read this grammar in any message: a person named in passing is no landlord.
test.each(['a friend mentioned it', "hold on, what's the innovation voucher thing? a friend mentioned it", '朋友介绍的'])(
  '"%s" says nothing of the landlord',
  (text) => {
    expect(readAnswer('landlordType', text)).toBeUndefined();
  },
);

test.each(['房子是我们自己的，租给了几家商户', '楼是我们自己的 底商都租我们的', 'we own the building and let it to shops', 'we own the building, the shops rent from us'])(
  '"%s": an owner who lets the premises is a landlord, no business in its own premises',
  (text) => {
    expect(readAnswer('landlordType', text)).not.toBe('ownPremises');
  },
);
