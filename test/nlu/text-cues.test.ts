import { describe, expect, test } from 'vitest';
import { questionCue, textCues } from '../../src/nlu/text-cues.js';

describe('which side of the lease a speaker says they are on', () => {
  test.each([
    '来电人称自己是租户', '我们属于承租方', '客户是租客', '我们其实是租的', 'Caller is a tenant', "we're tenants of a district SOE",
    'the caller says she is a renter', 'I am actually the lessee',
    '我是租商铺的 房东是区国资的', '我们是租门面的',
  ])('tenant: %s', (text) => {
    expect(textCues(text)).toMatchObject({ tenantSide: true, landlordSide: false });
  });

  test.each([
    '来电人是房东', '我们公司是出租方', '客户是业主', '我们是产权单位', 'caller is the landlord', "we're the lessor",
    'the caller says she is the landlord', 'we are the property owner',
    'hi, i have a flat i rent to a small company', 'we rent it out to shops', 'we have tenants, we gave them rent relief',
    '我有套房子租给一家小公司', '我们有几家租户，都减了租',
    'Our WFOE owns a small office building in Xicheng and leases floors to SMEs', 'we own a small block and let units to small firms',
    // Leasing out with words before the unit, the owner's own tenants, "their rent" reduced.
    'our company leases a small ground-floor unit to a noodle shop', 'We cut rent for our SME tenants in March and April',
    'we reduced their rent by 8,000 a month', 'Our firm leases two street-front units to a bakery and a tailor',
    // Anyone asking about the landlord's own subsidy, the tenant too.
    'Our landlord cut our rent in 2020, can they get a subsidy for that?', 'can my landlord get a subsidy from the district?',
    '我们房东给我们免了两个月房租，房东能拿到补贴吗？', '给房东的补贴是多少？', 'is there a subsidy for our landlord?',
    'My landlord asked me whether he can claim anything for cutting our rent in 2020',
    '来电人反映：其单位系区属国企，疫情期间为承租的小微企业减免租金共计86万元', '我们对入驻企业减免了房租',
    '不是 我们是出租房子的那方', '我们是出租写字楼的公司', "hmm actually we're the ones renting it out", "caller says they're the ones letting it out",
    // The owner of the property speaking of themselves (not "the property owner is a district SOE", a tenant's words).
    'As a property owner, we waived two months for a bakery', 'we own the building and cut rent for 3 shops', 'property owner here, halved rent for our cafe tenant',
  ])('landlord: %s', (text) => {
    expect(textCues(text)).toMatchObject({ landlordSide: true, tenantSide: false });
  });

  test.each(['房东租给我们的门面', 'we rent from a district SOE', 'We rent from a district SOE, 28k per month. We let 3 people go out of 40',
    'caller: sole trader, tea shop, district SOE landlord, pays 240k a year',
    'our landlord owns the building and rents floors to small firms, is our rent waived?', 'the district SOE rents shops to us',
    "our landlord's other tenants got a cut, can our rent be waived too?", '房东减了我们的房租，我们能拿补贴吗', '我们的房东是区属国企，会给小微企业免租金吗',
    // A landlord named by its kind in pinyin, and free rent asked for (the tenant's waiver, as 能免房租 is).
    'Gift shop, Xicheng guoqi landlord, RMB 45,000 monthly', 'is there free rent for march and april if the landlord is a district state company?',
    'any free rent for March? the landlord is a state company'])('tenant, not letting: %s', (text) => {
    expect(textCues(text)).toMatchObject({ tenantSide: true, landlordSide: false });
  });

  test.each(['we let two people go, out of 12', 'we had to let our cook go', "we're not the landlord, just asking", '来电人是房东的亲戚', '房东是国企', 'the landlord is a district SOE',
    // The landlord described as someone else, in words that would otherwise say "landlord" of the speaker.
    'oh wait, I checked the contract — the landlord is actually the district state-owned property company',
    "sorry, landlord's a district SOE property company", 'Correction: the lessor is the Xicheng district state-owned property company'])(
    'no side said: %s', (text) => {
      expect(textCues(text).landlordSide).toBe(false);
    },
  );
});

describe("the owner's own working: figures joined by an operator or an equals sign", () => {
  test.each([
    '我核一下：1.4%×9.5亿×50%=665w，超了500w 所以按500w封顶 对吧', '所以就是2万×2个月=4万 对吧', '1.2%乘2亿再乘50% 等于120万 没错吧',
    'so 20k x 2 = 40k right?', 'quick check: (2% - 0.8%) x 200m x 50% = 1.2m?', '28000*2=56000?',
  ])('working: %s', (text) => {
    expect(textCues(text).working).toBe(true);
  });

  test.each(['3/4月的房租', '月租2万 一共两个月', 'rent is 28k not 20k, can you recalculate?', '去年同期120w 今年30w 只降了75%', '24小时便利店'])(
    'no working: %s', (text) => {
      expect(textCues(text).working).toBe(false);
    },
  );
});

describe('a request to recalculate corrects, it does not ask to start over', () => {
  test.each(['月租是5.2w 不是4.2w 重算下', '财务核完是74.6w 再算下', '重新算一下', '刚才报的数不准', 'can you recalculate that?', 'redo it with 25,000 a month'])(
    'correction: %s', (text) => {
      expect(textCues(text)).toMatchObject({ correction: true, explicitReset: false });
    },
  );
});

describe("a 现在 / 'currently' that dates the owner's own state is no question about today", () => {
  test.each([
    ['顺便问一下，我们学校现在资金紧，能找银行贷款吗', false], ['对了 我们现在手头紧 找银行贷款有啥门路没', false],
    ['by the way we are currently short of money, can bank give us loan?', false],
    ['我们现在还能申请吗', true], ['现在还能申请吗', true], ['我们现在还在营业，这个政策还有效吗', true], ['can we still apply now?', true],
    ['下个月的房租能减免吗', true],
    // A 现在 that brings in hearsay ("现在说有补贴") dates nothing.
    ['2020年我们公司给底商租户减了租 现在说有补贴 补多少', false], ['我们当年给租户减了房租，现在不是说有补贴吗，能补多少', false],
    ['现在还有补贴吗', true],
  ] as Array<[string, boolean]>)('%s → about today: %s', (text, aboutNow) => {
    expect(textCues(text).aboutNow).toBe(aboutNow);
  });
});

describe("a 'now' that moves the chat on to another measure is no question about today", () => {
  test.each([
    ['nice. now rent - our office is in a building owned by a district SOE, what about that?', false],
    ['thx. different hat now - I also manage an incubator, we cut rent for our startups through April. what do we get?', false],
    ['ok now for the loan, what is the fee cut?', false], ['great, now the guarantee fee: 2 million loan at 2%', false],
    ['and now i want to ask about the job subsidy', false], ['好 现在问问稳岗补贴', false], ['那现在算算房租', false],
    ['can i still apply now?', true], ['is it available now?', true], ['now, is it still open?', true],
    ['现在还能申请吗', true], ['现在问还来得及吗', true], ['现在看看还能不能申请', true], ['ok now what about this year?', true],
  ] as Array<[string, boolean]>)('%s → about today: %s', (text, aboutNow) => {
    expect(textCues(text).aboutNow).toBe(aboutNow);
  });
});

describe('an apology before a request is politeness, not a correction', () => {
  test.each([
    ['sorry can you send the number again', false], ['sorry, what was the phone number?', false], ['sorry could you repeat that', false],
    ['sorry, the rent was 15k not 12k', true], ['sorry what if the rent was 15k?', true], ['apologies, wrong figure - it is 18000', true],
    ['sorry, actually can you redo it with 25k?', true],
  ] as Array<[string, boolean]>)('%s → correction: %s', (text, correction) => {
    expect(textCues(text).correction).toBe(correction);
  });
});

describe("还 of 'what else' (还能申请啥) asks what more there is, not whether a measure still holds", () => {
  test.each(['我们还能申请啥', '那我还能拿点什么', '还可以享受哪些', '除了这个还能领点别的吗'])('%s: not about today, not "still valid"', (text) => {
    expect(textCues(text)).toMatchObject({ aboutNow: false, stillValid: false });
  });
  test.each(['这个还能申请吗', '现在还能申请啥'])('%s: still about today', (text) => {
    expect(textCues(text).aboutNow).toBe(true);
  });
});

describe('asking what there is, asking back what a question means, an aside', () => {
  const cases: Array<[string, Partial<Record<'broadAsk' | 'askMeaning' | 'digression' | 'question', boolean>>]> = [
    ['我开个小饭馆 你帮我看看都能拿点啥', { broadAsk: true }], ['来电人是开小超市的 想知道有啥补贴能拿', { broadAsk: true }],
    ['I have a small noodle shop in Xicheng, what could we get?', { broadAsk: true }],
    ['分公司跟加盟有啥区别？', { askMeaning: true, question: true }], ['直营和加盟怎么区分啊？', { askMeaning: true, question: true }],
    ["what's the difference between a branch and a franchise?", { askMeaning: true, question: true }],
    ['sorry, what does that mean?', { askMeaning: true, question: true }], ['why do you need to know that?', { askMeaning: true, question: true }],
    ['分公司直营', { askMeaning: false, broadAsk: false }], ['we are a franchise', { askMeaning: false, broadAsk: false }],
    ['稳岗补贴能拿多少', { askMeaning: false, broadAsk: false }],
    ['Sorry, quick aside - is the loan guarantee fee also reduced for small firms?', { digression: true, question: true }],
    ['caller also asks: is there any discount on loan guarantee fees?', { digression: true, question: true }],
    ['来电人插一句 问贷款的担保费是不是也能减半', { digression: true, question: true }],
  ];
  test.each(cases)('%s', (text, expected) => {
    expect(textCues(text)).toMatchObject(expected);
  });
});

test.each([
  ['担保公司的补贴有上限么', true], ['房租能免木', true], ['是么？', true], ['木工坊的房租', false], ['我们卖木材', false], ['就这样', false], ['那么 我们十个人', false],
])('么 and chat\'s 木 end a question like 吗: %s', (text, asks) => {
  expect(textCues(text).question).toBe(asks);
});

describe('the check-up asked of the measures as a whole', () => {
  test.each([
    'with all these measures, which ones fit us?', 'Caller owns a beauty salon in Xicheng and wants to know everything she can get.',
    'what applies to a tiny tailoring shop like mine?', 'Which of them apply for my shop?', 'find out all that we could claim back from 2020',
    'a rundown of everything the owner is able to get', 'which of these would apply to my florist shop',
  ])('check-up: %s', (text) => {
    expect(textCues(text).checkup).toBe(true);
  });

  test.each(['which one is for landlords?', 'which measure covers rent?', 'we let everything go', 'all we can do is wait'])('not the check-up: %s', (text) => {
    expect(textCues(text).checkup).toBe(false);
  });
});

describe('round 10: a landlord who tells of the rent cut for tenants, or of a unit let on campus', () => {
  test.each([
    'Our firm waived March and April rent for two small tenants. What can we claim?',
    'we cut the rent for our three tenants by half',
    'We are a public university and we lease a shop unit on campus to a small bookshop',
  ])('landlord: %s', (text) => {
    expect(textCues(text)).toMatchObject({ landlordSide: true, tenantSide: false });
  });
  test.each(['our landlord waived March and April rent for all small tenants', 'we rent a shop unit in the mall next to the station'])('not the landlord: %s', (text) => {
    expect(textCues(text).landlordSide).toBe(false);
  });
});

describe('an operator naming their own desk asks for no phone line', () => {
  test.each([
    'Hotline: caller has a home cleaning company, asks about the job subsidy',
    'Hotline here. Caller runs a noodle shop and asks about rent',
    '12345 hotline, caller asks about the guarantee fee',
    'This is the 12345 hotline operator, the caller owns a salon',
    'hotline staff here - caller wants to know if her rent is waived',
    "I'm calling from the hotline for a caller with a bakery",
    '我是12345热线的，来电人开了个饭馆问房租',
    '热线转来一个来电，问稳岗补贴',
  ])('%s', (text) => {
    expect(textCues(text).whomToCall).toBe(false);
  });

  test.each(['what is the hotline number?', 'Hotline: who do I call about the guarantee fee?', '热线电话是多少', 'is there a hotline for landlords'])(
    'still a contact question: %s', (text) => {
      expect(textCues(text).whomToCall).toBe(true);
    });
});
describe("the tenants' payments told by their landlord, and landlords asked of in the third person", () => {
  test.each(['25% off for two months, the tenants pay 80k a month in total', '他们交的房租一个月1万，免了两个月', '两家租户每月各交1.2万', 'they pay us 9k a month'])(
    'no tenant speaking: %s', (text) => {
      expect(textCues(text).tenantSide).toBe(false);
    });
  test.each(['we pay 20k a month', '我交的房租一个月两万'])('still the tenant: %s', (text) => {
    expect(textCues(text).tenantSide).toBe(true);
  });
  test.each(['do landlords get anything for giving rent relief', 'landlords who waived rent, what do they get', '房东减租有没有补贴', '减免租金的房东有补贴吗'])(
    'the landlord\'s subsidy asked: %s', (text) => {
      expect(textCues(text)).toMatchObject({ landlordSide: true, tenantSide: false });
    });
});

describe('a landlord telling of the rent they reduced, in their own words', () => {
  test.each([
    "I run a serviced office business and I cut my clients' rent by 30% in March and April.",
    "We're the owners of a small mall and we forgave rent for all our small shops",
    'we waived the rent for our two small shops',
  ])('%s', (text) => {
    expect(textCues(text)).toMatchObject({ landlordSide: true, tenantSide: false });
  });
  test('a tenant of such owners is still the tenant', () => {
    expect(textCues("we're tenants of the owners of a small mall")).toMatchObject({ landlordSide: false, tenantSide: true });
  });
});

describe('a problem placed outside the measures (（十四）)', () => {
  test.each([
    "we have a weird problem not covered by the rent or loan stuff, is there anywhere in the district to escalate this?",
    "our problem isn't rent or loans - who can help?",
    'none of the measures fit our case',
    '我们的困难不是房租也不是贷款，区里有地方反映吗',
    '碰到个特殊情况，前面那些都不沾边',
    '我们这情况哪条都对不上',
  ])('%s', (text) => {
    expect(textCues(text).outsideMeasures).toBe(true);
  });
  test.each(['房租能免吗', 'is the rent or the loan part easier to get?', '不是区属国企的房子'])('not said: %s', (text) => {
    expect(textCues(text).outsideMeasures).toBe(false);
  });
});

describe('a school denied is no school cue, unless a school of another kind is said', () => {
  test.each(['kids art studio (not a school, just classes for fun)', '少儿美术工作室，不算培训机构，就是兴趣班', '我们是儿童摄影，不是学校'])('no school: %s', (text) => {
    expect(textCues(text).school).toBe(false);
  });
  test.each(['我们不是幼儿园，是培训学校', 'we are a kids dance school'])('still a school: %s', (text) => {
    expect(textCues(text).school).toBe(true);
  });
});

describe('an adverb of emphasis inside the check-up\'s words', () => {
  test.each(['what can i actually get from this notice? i own a bakery', 'so what could we really get?', 'what exactly can we get for our salon'])('%s', (text) => {
    expect(textCues(text).checkup || textCues(text).broadAsk).toBe(true);
  });
  test('the check-up asked for someone else', () => {
    expect(textCues("i'm an accountant, client has a print shop, what are they entitled to?").checkup).toBe(true);
    expect(textCues('asking for my client, a kindergarten: what could they get under notice 6?').checkup).toBe(true);
  });
});

describe('a clause-final 不 after the verb asked about asks, as 吗 does', () => {
  test.each(['再担保费也减半不', '个体户也算不', '办公的也免不', '幼儿园也包括不', '个体工商户也适用不'])('a question: %s', (text) => {
    expect(textCues(text).question).toBe(true);
    expect(questionCue.test(text)).toBe(true);
  });
  test.each(['当然不', '肯定不', '我们不'])('an answer: %s', (text) => {
    expect(questionCue.test(text)).toBe(false);
  });
});
