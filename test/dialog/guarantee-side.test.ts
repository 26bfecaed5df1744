import { describe, expect, it } from 'vitest';
import { loadDialogs } from '../../src/dialog/dialog-schema.js';
import { step } from '../../src/dialog/engine.js';
import { newSession } from '../../src/dialog/session.js';
import { createUnderstander } from '../../src/nlu/understand.js';
import { extractEntities } from '../../src/nlu/entities.js';
import { testIntentModel } from '../nlu/intent-model-fixture.js';

// （六） has two sides: the borrower pays half the fee, the institution gets 50% of the fee cut below 2%.
// These openings were written apart from the dev conversations, each saying the side in its own words;
// the real classifier reads them and the engine starts the dialog (or asks) as a first reply would.
const dialogs = loadDialogs();
const understand = createUnderstander(testIntentModel());
const now = 1_700_000_000_000;

function opening(text: string, lang: 'zh' | 'en') {
  const { session, actions } = step(newSession(lang, now), understand(text), { dialogs, now });
  return { session, actions, dialog: session.dialog, asked: actions.find((a) => a.type === 'ask') };
}

const borrowers: Array<[string, 'zh' | 'en']> = [
  ['担保公司给我们担保了200万 费率1.5 能少交多少', 'zh'],
  ['担保机构降费那个 我们企业贷款的时候交了担保费 能退一半吗', 'zh'],
  ['我们找银行贷款 担保公司帮我们担保的 担保费能便宜点不', 'zh'],
  ['我们培训学校贷了款 担保费有优惠吗', 'zh'],
  ['民办幼儿园 找担保公司担保贷了50万 担保费有优惠没', 'zh'],
  ['我是修车的个体户 去年借钱担保公司收了担保费 政府说减半 是真的吗', 'zh'],
  ['个体工商户贷款的担保费也能减半吗', 'zh'],
  ['we borrow money from bank, guarantee company help us. is guarantee fee half for small company?', 'en'],
  ['we borrow money from bank, guarantee company help us, fee is 1.5, is half?', 'en'],
  ['Can our company get the guarantee fee cut? We are a medium sized manufacturer, loan of 5 million guaranteed by the district guarantee institution.', 'en'],
  ['our tutoring centre borrowed 1 million with a guarantee, can the guarantee fee be halved?', 'en'],
  // Round 8: what the institution did for the owner, told with no 我们/us after the verb, or read as out of scope.
  ['我们小微企业 驻区政府性担保机构给担保了150万 原来费率2个点 能省多少', 'zh'],
  ['咱小微企业 驻区的政府性担保机构给做了担保 贷了200万 担保费2个点', 'zh'],
  ['我们小企业 区里的担保公司给担保了80万 费率1.8 能减多少', 'zh'],
  ['Hi, our IT firm got a 1 mn loan guaranteed by a private commercial guarantee company based in Chaoyang, fee 2.5%. Does the Xicheng 2020 fee halving apply?', 'en'],
  ['We are an SME. The Xicheng district government guarantor backed our 1.2 million loan, fee 1.5 percent. How much do we save?', 'en'],
];

const institutions: Array<[string, 'zh' | 'en']> = [
  ['我们是担保公司 给小微企业降了费率 政府有补贴吗', 'zh'],
  ['我是区融资担保公司的财务 我们的降费补贴怎么算', 'zh'],
  ['我们担保的客户都是小微 费率都给减半了 我们机构能拿什么补贴', 'zh'],
  ['来电人称：某驻区担保机构业务部，2020年担保额9.5亿，费率0.6，问补贴', 'zh'],
  ['I work for a government guarantee company in Xicheng. Our fee rate was 1.5% last year. Is there a subsidy for us?', 'en'],
  ['Our guarantee company\'s comprehensive rate in 2020 was 2.3%, we guaranteed 150M for SMEs, any subsidy for us?', 'en'],
  ['caller is from a guarantee company, they guaranteed 300 million for small firms at 0.8%, asks how much subsidy', 'en'],
  ['We provide guarantees for small businesses and our clients paid half fees in 2020. Does the district compensate us?', 'en'],
  // Round 10: the staff by the job they do there, and the guarantor asked about as the one who gets the subsidy.
  ['She runs risk control at a district guarantee company; what subsidy did they get for cutting fees?', 'en'],
  ['I do the books for a Xicheng government guarantor, how is the fee cut subsidy worked out for us?', 'en'],
  ['我在西城区的担保公司做会计 降费以后能拿多少补贴', 'zh'],
  ['can a guarantee company still get the fee subsidy for 2020?', 'en'],
];

describe('which side of （六） an opening comes from', () => {
  it.each(borrowers)('a borrower: %s', (text, lang) => {
    const { dialog, asked, actions } = opening(text, lang);
    expect(actions.map((a) => a.type)).not.toContain('clarify');
    expect(dialog).toBe('guarantee-borrower');
    // A medium firm has its answer at once (the halving is for small and micro firms); the others are asked on.
    if (asked?.type === 'ask') expect(asked.dialog).toBe('guarantee-borrower');
  });

  it.each(institutions)('the institution: %s', (text, lang) => {
    const { dialog, actions } = opening(text, lang);
    expect(actions.map((a) => a.type)).not.toContain('clarify');
    expect(dialog).toBe('guarantee-institution');
  });

  it('keeps a bank-loan question without any fee on bank financing (（五）)', () => {
    const { actions } = opening('没有担保能从银行贷款吗', 'zh');
    expect(actions.find((a) => a.type === 'info')).toMatchObject({ measure: 5 });
  });

  it('keeps a school rent question that also mentions the guarantee fee on the rent dialog', () => {
    expect(opening('我们培训学校租的区国企房子 房租能免吗 贷款担保费呢', 'zh').dialog).toBe('rent-school');
  });
});

describe('facts of a guarantee opening', () => {
  it('takes a rate said without % and the amounts, and asks only what is left', () => {
    const { session, asked } = opening('融担机构 综合费率1 担保2亿 补贴多少', 'zh');
    expect(session.facts).toMatchObject({ comprehensiveFeeRate: '1', guaranteedAmount: '200000000' });
    expect(asked).toMatchObject({ fact: 'districtInstitution' });
  });

  it('reads "¥1.2bn" as 1,200,000,000 yuan', () => {
    const { session } = opening("I'm the finance manager of a district guarantee co. We guaranteed ¥1.2bn for SMEs at 1.5% in 2020. What's our subsidy?", 'en');
    expect(session.facts).toMatchObject({ guaranteedAmount: '1200000000', comprehensiveFeeRate: '1.5' });
  });

  it('takes "能退一半吗" as the question, not a fee rate of 50%', () => {
    expect(opening('担保机构降费那个 我们企业贷款的时候交了担保费 能退一半吗', 'zh').session.facts.originalFeeRate).toBeUndefined();
  });

  it.each([
    ['我们小公司贷款是朝阳一家民营担保公司担保的 担保费能减半吗', 'zh'],
    ['我们是海淀的一家担保公司 也给西城的企业担保 能拿西城的降费补贴吗', 'zh'],
    ['small firm here, our loan guarantor is a private company in Chaoyang, do we get the halved fee?', 'en'],
  ] as const)('a guarantor of another kind or district is not the district institution: %s', (text, lang) => {
    const { session } = opening(text, lang);
    expect(session.facts.districtInstitution).toBe(false);
    // Where the guarantor is says nothing against the owner's own registration.
    expect(session.facts.registeredInXicheng).not.toBe(false);
  });

  it('places the guarantor, not the owner, in another district', () => {
    expect(extractEntities('担保公司在丰台 我们公司注册在西城').facts).toMatchObject({ districtInstitution: false, registeredInXicheng: true });
    expect(extractEntities('担保公司在丰台').facts.registeredInXicheng).toBeUndefined();
    expect(extractEntities('a Haidian-based guarantor backed our loan').facts.districtInstitution).toBe(false);
    expect(extractEntities('我们是市级的融资担保公司').facts.districtInstitution).toBe(false);
  });
});

describe('switching sides of （六） mid-dialog', () => {
  function turns(texts: string[], lang: 'zh' | 'en') {
    let session = newSession(lang, now);
    let actions: ReturnType<typeof step>['actions'] = [];
    for (const text of texts) ({ session, actions } = step(session, understand(text), { dialogs, now }));
    return { session, actions };
  }

  it('moves a borrower asked the institution\'s questions to the borrower\'s, facts kept', () => {
    const { session, actions } = turns(['担保机构降费补贴怎么算', '不是 我们不是担保公司 我们是借款的企业'], 'zh');
    expect(session.dialog).toBe('guarantee-borrower');
    expect(actions.find((a) => a.type === 'ask')).toMatchObject({ dialog: 'guarantee-borrower', fact: 'enterpriseSize' });
  });

  it("moves the institution's staff asked the borrower's questions to the institution's", () => {
    const { session } = turns(['guarantee fee halved - how does it work?', "no, we're the guarantee company, not the borrower"], 'en');
    expect(session.dialog).toBe('guarantee-institution');
  });

  it('keeps a borrower who answers the size with 我们是小微企业 in the borrower dialog', () => {
    const { session, actions } = turns(['担保费能减半吗', '我们是小微企业'], 'zh');
    expect(session.dialog).toBe('guarantee-borrower');
    expect(actions.find((a) => a.type === 'ask')).toMatchObject({ fact: 'districtInstitution' });
  });
});

describe('percentages of the notice quoted in a guarantee opening are not the owner\'s rate', () => {
  const quoting = {
    en: ["we're a govt guarantee company based in xicheng. how does the 50% subsidy for us work"],
    zh: ['综合费率不足2%的部分怎么补贴', '担保机构降费补贴50% 我们机构怎么算'],
  };
  it('asks for the rate after "the 50% subsidy" or "不足2%的部分"', () => {
    for (const lang of ['en', 'zh'] as const) {
      for (const text of quoting[lang]) {
        const { session } = opening(text, lang);
        expect(session.dialog, text).toBe('guarantee-institution');
        expect(session.facts.comprehensiveFeeRate, text).toBeUndefined();
      }
    }
  });

  it('still takes the rate the owner states beside the bound', () => {
    expect(opening('我们担保公司费率是1.2% 不足2%的部分补多少', 'zh').session.facts.comprehensiveFeeRate).toBe('1.2');
  });
});

it('takes "费率降到0.8%了" as the rate the institution charged (only "…以下" is the notice\'s bound)', () => {
  expect(opening('我们给企业做担保的 费率降到0.8%了 区里补多少', 'zh').session.facts.comprehensiveFeeRate).toBe('0.8');
  expect(opening('担保费率降到1%以下是真的吗', 'zh').session.facts.originalFeeRate).toBeUndefined();
});
