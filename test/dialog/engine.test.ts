import { describe, expect, it } from 'vitest';
import { MAX_ATTEMPTS, step } from '../../src/dialog/engine.js';
import { newSession, type Session } from '../../src/dialog/session.js';
import type { Understanding } from '../../src/nlu/understanding.js';
import { dialogs, heard, now, run } from './engine-driver.js';

// The engine is pure: these tests hand it an understanding (the intent a classifier would give, the
// entities the real extractors find) and read the actions it decides (engine-driver.ts).

describe('the dialog engine', () => {
  it('fills every fact an opening question states and asks only for the next missing one', () => {
    const { session, actions } = run([['我们是区属国企的门面，月租2万，房租能免吗', 'rent_tenant']]);
    expect(session.facts).toMatchObject({ landlordType: 'districtSoe', premisesUse: 'business', monthlyRent: '20000' });
    expect(actions).toEqual([expect.objectContaining({ type: 'ask', fact: 'registeredInXicheng', intro: true })]);
  });

  it('reaches the rule outcome once nothing is missing, with the amount', () => {
    const { session, actions } = run([
      ['区属国企的门面，月租2万，房租能免吗', 'rent_tenant'], ['是'], ['小型企业'], ['坚持营业'], ['没有'],
    ]);
    const result = actions.find((a) => a.type === 'result');
    expect(result?.type === 'result' && result.outcomes[0]).toMatchObject({ rule: 'rent-waiver', eligible: true, amount: '40000.00' });
    expect(session.awaiting).toBeNull();
  });

  it('asks again after an unusable answer, and after three gives the contact and moves on', () => {
    let state = run([['房租能免吗', 'rent_tenant']]);
    expect(state.session.awaiting).toBe('landlordType');
    for (let attempt = 1; attempt < MAX_ATTEMPTS; attempt += 1) {
      state = run([['啊这'], ], state.session);
      expect(state.actions).toEqual([expect.objectContaining({ type: 'ask', fact: 'landlordType', retry: true })]);
    }
    state = run([['啊这']], state.session);
    expect(state.actions[0]).toMatchObject({ type: 'giveUp', fact: 'landlordType' });
    expect(state.session.givenUp).toContain('landlordType');
    expect(state.session.awaiting).toBe('premisesUse');
  });

  it('says what changed when a fact is corrected after the answer, and recomputes', () => {
    const answered = run([['区属国企的门面，月租2万，房租能免吗', 'rent_tenant'], ['是'], ['小型企业'], ['坚持营业'], ['没有']]);
    const { actions } = run([['不对，是办公用的']], answered.session);
    expect(actions[0]).toEqual({ type: 'changed', fact: 'premisesUse', from: 'business', to: 'office' });
    const result = actions.find((a) => a.type === 'result');
    expect(result?.type === 'result' && result.outcomes[0]?.amount).toBe('20000.00');
  });

  it('answers "不知道" with both branches instead of a dead end', () => {
    const { actions } = run([
      ['区属国企的门面，月租2万，房租能免吗', 'rent_tenant'], ['不知道'], ['小型企业'], ['坚持营业'], ['没有'],
    ]);
    const result = actions.find((a) => a.type === 'result');
    if (result?.type !== 'result') throw new Error('no result');
    expect(result.outcomes[0]?.eligible).toBeNull();
    expect(result.branches).toEqual([
      { rule: 'rent-waiver', fact: 'registeredInXicheng', value: true, eligible: true, amount: '40000.00' },
      { rule: 'rent-waiver', fact: 'registeredInXicheng', value: false, eligible: false, amount: null },
    ]);
  });

  it('picks an offered option by its number, and keeps the language on commands', () => {
    const asked = run([['can my shop get rent off', 'rent_tenant']], newSession('en', now));
    const withOptions = { ...asked.session, lang: 'en' as const, options: ['/answer landlordType districtSoe', '/answer landlordType private'] };
    const { session } = run([['2']], withOptions);
    expect(session.facts.landlordType).toBe('private');
    expect(session.lang).toBe('en');
  });

  it('starts over when asked to, keeping nothing but the language, and can undo it', () => {
    const { session, actions } = run([['区属国企的门面，月租2万', 'rent_tenant'], ['重新开始', 'cancel']]);
    expect(actions[0]).toEqual({ type: 'reset', undoable: true });
    expect(session.facts).toEqual({});
    expect(session.dialog).toBeNull();
    const undone = run([['/undo']], session).session;
    expect(undone.facts).toMatchObject({ landlordType: 'districtSoe', monthlyRent: '20000' });
  });

  it('asks before clearing anything when a message merely reads as a cancel mid-dialog', () => {
    const { session, actions } = run([['区属国企的门面，月租2万', 'rent_tenant'], ['算了吧这个', 'cancel']]);
    expect(actions).toEqual([{ type: 'confirmReset' }]);
    expect(session.facts).toMatchObject({ monthlyRent: '20000' });
    expect(run([['不用']], session).session.facts).toMatchObject({ monthlyRent: '20000' });
    expect(run([['是的']], session).session.facts).toEqual({});
  });

  it('keeps the session a plain object that survives JSON', () => {
    const { session } = run([['区属国企的门面，月租2万，房租能免吗', 'rent_tenant']]);
    expect(JSON.parse(JSON.stringify(session))).toEqual(session);
  });
});

describe('a figure told with its unit words', () => {
  const borrower = (lang: 'zh' | 'en') => {
    let session = newSession(lang, now);
    const texts = lang === 'zh'
      ? ['我们小微企业，区里的政府性担保公司担保了200万，担保费能减多少']
      : ['small firm, the Xicheng government guarantor backed our 2 million loan, how much is the fee cut?'];
    for (const text of texts) session = step(session, heard(text, 'guarantee_borrower', lang), { dialogs, now }).session;
    return session;
  };

  it.each(['2 per cent', '1.8 percent', '2.5 pct'])('"%s" in a Chinese conversation keeps it Chinese', (text) => {
    const session = borrower('zh');
    expect(session.awaiting).toBe('originalFeeRate');
    expect(step(session, heard(text, 'out_of_scope', 'en'), { dialogs, now }).session.lang).toBe('zh');
  });

  it.each([['and with a 3 million loan?', 'finance_bank'], ['那要是担保了500万呢', 'finance_bank'], ['what about 4m?', 'out_of_scope']])(
    'after the result, "%s" (read as %s) recomputes the same measure with the new amount', (text, intent) => {
      let session = borrower('en');
      session = step(session, heard('2%'), { dialogs, now }).session;
      const { actions } = step(session, heard(text, intent), { dialogs, now });
      expect(actions[0]).toMatchObject({ type: 'changed', fact: 'guaranteedAmount', from: '2000000' });
      expect(actions.find((a) => a.type === 'result')).toMatchObject({ dialog: 'guarantee-borrower' });
    });
});

describe('a measure named by its own words settles a close reading', () => {
  const close = (text: string, top: string, second: string): Understanding => ({
    ...heard(text, top), confidence: 0.5, ranking: [{ intent: top, score: 0.5 }, { intent: second, score: 0.49 }], ambiguous: [top, second],
  });

  it('"稳岗补贴" beside a trade of （十二）\'s field, weighed against （十二）, starts the job subsidies', () => {
    const { session, actions } = step(newSession('zh', now), close('开装修队的 那阵子基本没活干 稳岗补贴有我们的份吗', 'resume_work', 'job_subsidy'), { dialogs, now });
    expect(session.dialog).toBe('job-subsidy');
    expect(actions).toContainEqual(expect.objectContaining({ type: 'ask', fact: 'enterpriseSize' }));
  });

  it('rent words between two rent measures still ask which one', () => {
    const { actions } = step(newSession('zh', now), close('房租的事问一下', 'rent_landlord', 'rent_tenant'), { dialogs, now });
    expect(actions[0]).toMatchObject({ type: 'clarify' });
  });
});

describe('the check-up\'s words narrowed to one topic', () => {
  it('"what can we get for the rent?" from a training school is （三）\'s question, not the check-up', () => {
    const { session } = step(newSession('en', now), heard('we are a dance school, what can we get for the rent?', 'checkup', 'en'), { dialogs, now });
    expect(session.dialog).toBe('rent-school');
  });

  it.each([
    ['开了个小理发店 帮我瞅瞅都能拿点啥', 'zh'],
    ['what would I have been entitled to back then? we run a bakery', 'en'],
  ] as const)('"%s" read as small talk is the check-up by its words', (text, lang) => {
    const { session } = step(newSession(lang, now), heard(text, 'help', lang), { dialogs, now });
    expect(session.dialog).toBe('checkup');
  });

  it('a rent stated as a fact of the case still asks for the whole check-up', () => {
    const { session } = step(newSession('zh', now), heard('房租2万 我们能享受哪些政策', 'checkup'), { dialogs, now });
    expect(session.dialog).toBe('checkup');
  });
});

describe('a figure corrected by denying the value known', () => {
  it('"hang on, it fell to 150k, not 80k" after the job-subsidy answer changes the 2020 revenue and recomputes', () => {
    const en = newSession('en', now);
    const answered = run([['software firm, revenue went from 500k to 80k in feb-apr, any job subsidy?', 'job_subsidy'], ['micro'], ['tech company'], ['yes we trained everyone']], en);
    expect(answered.session.facts).toMatchObject({ revenueBefore: '500000', revenueAfter: '80000' });
    const { session, actions } = run([['hang on, it fell to 150k, not 80k']], answered.session);
    expect(session.facts.revenueAfter).toBe('150000');
    expect(actions).toContainEqual({ type: 'changed', fact: 'revenueAfter', from: '80000', to: '150000' });
    const result = actions.find((a) => a.type === 'result');
    expect(result?.type === 'result' && result.outcomes[0]?.eligible).toBe(false);
  });
});

describe('a question in passing that restates what is known', () => {
  it('"顺便问下 我们幼儿园能贷款吗" while layoffs are asked answers the bank loans briefly, then asks again', () => {
    const asked = run([['民办幼儿园 区属国企的房子 房租能免吗', 'rent_school'], ['是 区教委批的'], ['延期开园了']]);
    expect(asked.session.awaiting).toBe('layoffs');
    const { session, actions } = run([['顺便问下 我们幼儿园能找银行贷款吗', 'finance_bank']], asked.session);
    expect(actions).toContainEqual(expect.objectContaining({ type: 'info', measure: 5 }));
    // The kindergarten's unit first: （五） names 民办幼儿园, and 区教委 looks after them.
    const info = actions.find((a) => a.type === 'info');
    expect(info?.type === 'info' ? info.contacts?.[0]?.unit : undefined).toBe('区教委');
    expect(session.awaiting).toBe('layoffs');
    expect(session.dialog).toBe('rent-school');
  });
});

/** The first outcome of a turn's result, if the turn showed one. */
const outcomeOf = (actions: ReturnType<typeof step>['actions']) => {
  const result = actions.find((a) => a.type === 'result');
  return result?.type === 'result' ? result.outcomes[0] : undefined;
};

describe('a fact of the answer restated in bare words, with no word of correcting', () => {
  const chainAnswered = () => run([['我们是连锁快餐 西城这家是分公司直营的 房租补贴怎么算', 'rent_chain_store'], ['是'], ['门店自己付'], ['一直开着'], ['没裁'], ['3万']]);

  it('"房租是总部那边统一交的" after a chain-store yes changes who pays and recomputes （四）, not the tenant\'s questions', () => {
    const answered = chainAnswered();
    expect(outcomeOf(answered.actions)).toMatchObject({ rule: 'chain-store-subsidy', eligible: true });
    const { session, actions } = run([['房租是总部那边统一交的', 'rent_tenant']], answered.session);
    expect(actions).toContainEqual({ type: 'changed', fact: 'paysRent', from: true, to: false });
    expect(outcomeOf(actions)).toMatchObject({ rule: 'chain-store-subsidy', eligible: false });
    expect(session.dialog).toBe('rent-chain-store');
  });

  it('"培训那会儿没搞起来" after a job-subsidy yes says no training was organised', () => {
    const answered = run([['科技型小微企业 2到4月收入降了85% 稳岗补贴', 'job_subsidy'], ['科技'], ['组织了']]);
    expect(outcomeOf(answered.actions)).toMatchObject({ rule: 'job-subsidy', eligible: true });
    const { actions } = run([['培训那会儿没搞起来', 'rent_tenant']], answered.session);
    expect(actions).toContainEqual({ type: 'changed', fact: 'organizesTraining', from: true, to: false });
    expect(outcomeOf(actions)).toMatchObject({ rule: 'job-subsidy', eligible: false });
  });

  it('"开学没往后推 照常开的" and "we only have a business licence" change a school\'s answer', () => {
    const answered = run([['民办幼儿园 教委批的 租的区属国企的房子 房租能免吗', 'rent_school'], ['延期了'], ['没裁老师'], ['3万']]);
    const opened = run([['开学没往后推 照常开的']], answered.session);
    expect(opened.actions).toContainEqual({ type: 'changed', fact: 'openingDelayed', from: true, to: false });
    const licensed = run([['we only have a business licence, no education bureau approval', 'job_subsidy']], answered.session);
    expect(licensed.actions).toContainEqual({ type: 'changed', fact: 'approvedByEducationCommission', from: true, to: false });
    expect(outcomeOf(licensed.actions)).toMatchObject({ rule: 'school-rent', eligible: false });
  });

  it('a question naming the subject asks, it changes nothing: "培训补贴标准是多少"', () => {
    const answered = run([['科技型小微企业 2到4月收入降了85% 稳岗补贴', 'job_subsidy'], ['科技'], ['组织了']]);
    const { session, actions } = run([['培训补贴标准是多少', 'job_subsidy']], answered.session);
    expect(session.facts.organizesTraining).toBe(true);
    expect(actions.some((a) => a.type === 'changed')).toBe(false);
  });
});

describe('a question about today after a result, in the words of that measure', () => {
  const guaranteed = () => run([['小微企业 驻区政府性担保机构担保贷款60万 原费率2% 能省多少', 'guarantee_borrower']]);

  it('"现在贷款还能减半吗" after （六） stays on （六）: the guaranteed loan is what it asked about', () => {
    const { actions } = run([['现在贷款还能减半吗', 'finance_bank']], guaranteed().session);
    expect(actions).toContainEqual(expect.objectContaining({ type: 'periodNotice' }));
    const result = actions.find((a) => a.type === 'result');
    expect(result?.type === 'result' && result.outcomes[0]?.rule).toBe('guarantee-fee');
  });

  it('"现在还能找银行贷款吗" names the banks too: a question about （五）', () => {
    const { actions } = run([['现在还能找银行贷款吗', 'finance_bank']], guaranteed().session);
    expect(actions.some((a) => a.type === 'result')).toBe(false);
  });
});

describe('the second batch of bare restatements, asides naming a kind, and 不 asking', () => {
  const guaranteed = () => run([['小型企业 驻区政府性担保机构担保贷款100万 费率2% 能省多少', 'guarantee_borrower']]);
  const rentAnswered = () => run([['区属国企门面 小型企业 开饭馆 房租能免吗', 'rent_tenant'], ['西城'], ['一直开'], ['没裁'], ['1万']]);

  it('"担保公司是市里的" after （六） says the guarantor is not the district\'s', () => {
    const { actions } = run([['担保公司是市里的', 'guarantee_institution']], guaranteed().session);
    expect(actions).toContainEqual({ type: 'changed', fact: 'districtInstitution', from: true, to: false });
    expect(outcomeOf(actions)).toMatchObject({ rule: 'guarantee-fee', eligible: false });
  });

  it('"这政策还管用不" after the rent answer asks about today: no fact changes, the period is said', () => {
    const { session, actions } = run([['这政策还管用不', 'other_difficulty']], rentAnswered().session);
    expect(actions.some((a) => a.type === 'changed')).toBe(false);
    expect(actions).toContainEqual(expect.objectContaining({ type: 'periodNotice' }));
    expect(session.facts.operatingStatus).toBe('open');
  });

  it('"by the way is there anything for incubators?" mid-dialog answers （二） briefly and asks again', () => {
    const asked = run([['区属国企门面 小型企业 开饭馆 房租能免吗', 'rent_tenant'], ['西城']]);
    expect(asked.session.awaiting).toBe('operatingStatus');
    const { session, actions } = run([['by the way is there anything for incubators?', 'rent_carrier']], asked.session);
    expect(actions).toContainEqual(expect.objectContaining({ type: 'info', measure: 2 }));
    expect(session.dialog).toBe('rent-tenant');
    expect(session.awaiting).toBe('operatingStatus');
  });
});

describe('stop words alone mid-dialog, and the answer given to the confirm', () => {
  const atLayoffs = () => run([['区属国企门面 小型企业 开饭馆 房租能免吗', 'rent_tenant'], ['西城'], ['一直开']]);

  it('"不想问了" at the layoffs question is confirmed, never read as "no layoffs"', () => {
    const { session, actions } = run([['不想问了', 'rent_tenant']], atLayoffs().session);
    expect(actions).toContainEqual({ type: 'confirmReset' });
    expect(session.facts.layoffs).toBeUndefined();
  });

  it('"没裁" after the confirm answers the layoffs question and the dialog goes on', () => {
    const confirmed = run([['不想问了', 'rent_tenant']], atLayoffs().session);
    const { session } = run([['没裁']], confirmed.session);
    expect(session.facts.layoffs).toBe('none');
    expect(session.awaiting).toBe('monthlyRent');
  });

  it('a bare "不" after the confirm keeps going and asks the question again', () => {
    const confirmed = run([['不想问了', 'rent_tenant']], atLayoffs().session);
    const { session, actions } = run([['不']], confirmed.session);
    expect(actions).toContainEqual({ type: 'keptGoing' });
    expect(session.awaiting).toBe('layoffs');
  });

  it('"那我们要是开的美发店呢" mid job-subsidy changes the trade, no aside about （十二）', () => {
    const asked = run([['小型家政公司 2-4月收入降了90% 稳岗补贴', 'job_subsidy']]);
    expect(asked.session.awaiting).toBe('organizesTraining');
    const { session, actions } = run([['那我们要是开的美发店呢', 'resume_work']], asked.session);
    expect(actions).toContainEqual({ type: 'changed', fact: 'industry', from: 'housekeeping', to: 'beautySalon' });
    expect(session.awaiting).toBe('organizesTraining');
  });
});

describe('asked in the middle of the questions (round 9)', () => {
  const enRun = (turns: Array<[string, string?]>) => run(turns, newSession('en', now));

  it('"wait, can I still apply now?" at the size question says 2020 first and asks the size again, in the same measure', () => {
    const asked = enRun([['I lease a shop from a district state-owned enterprise, rent relief?', 'rent_tenant'], ['yes', 'out_of_scope']]);
    expect(asked.session.awaiting).toBe('enterpriseSize');
    const { session, actions } = run([['wait, can I still apply now?', 'checkup']], asked.session);
    expect(actions.map((a) => a.type)).toEqual(['periodNotice', 'ask']);
    expect(session.dialog).toBe('rent-tenant');
    expect(session.awaiting).toBe('enterpriseSize');
  });

  it('"quick one, what is the job subsidy about?" weighed against a contact look-up gets （十三）\'s short answer, the question stays', () => {
    const asked = enRun([['district SOE premises, my tea shop, rent waiver?', 'rent_tenant']]);
    expect(asked.session.awaiting).toBe('registeredInXicheng');
    const understanding = { ...heard('quick one, what is the job subsidy about?', 'job_subsidy', 'en'), ambiguous: ['job_subsidy', 'contact_lookup'] as [string, string] };
    const { session, actions } = step(asked.session, understanding, { dialogs, now });
    expect(actions).toContainEqual(expect.objectContaining({ type: 'info', measure: 13 }));
    expect(session.dialog).toBe('rent-tenant');
  });
});

describe('a question about today, and the offer to work out the case after it (r10)', () => {
  const asked = (turns: Array<[string, string?]>, session?: Session) => {
    let current = session ?? newSession('en', now);
    let actions: ReturnType<typeof step>['actions'] = [];
    for (const [text, intent] of turns) ({ session: current, actions } = step(current, heard(text, intent, 'en'), { dialogs, now }));
    return { session: current, actions };
  };

  it('"is this still available now?" after a result, heard as a cancel, says 2020 and shows the result again', () => {
    const answered = asked([['district SOE shop, rent waiver?', 'rent_tenant'], ['yes'], ['micro'], ['closed under the rules'], ['none'], ['20k']]);
    expect(answered.actions.some((a) => a.type === 'result')).toBe(true);
    const { session, actions } = asked([['is this still available now?', 'cancel']], answered.session);
    expect(actions.map((a) => a.type)).not.toContain('confirmReset');
    expect(actions.map((a) => a.type)).toContain('periodNotice');
    expect(actions.find((a) => a.type === 'result')).toMatchObject({ outcomes: [expect.objectContaining({ rule: 'rent-waiver', amount: '40000.00' })] });
    expect(session.facts.monthlyRent).toBe('20000');
  });

  it('"算了，不问了" is still confirmed as a cancel after a result', () => {
    const answered = asked([['district SOE shop, rent waiver?', 'rent_tenant'], ['yes'], ['micro'], ['closed under the rules'], ['none'], ['20k']]);
    expect(asked([['forget it, stop', 'cancel']], answered.session).actions.map((a) => a.type)).toContain('confirmReset');
  });

  it('"can a guarantee company still get the fee subsidy now?" offers the institution\'s check, taken up by "ok, for 2020 then"', () => {
    const offered = asked([['can a guarantee company still get the Xicheng fee subsidy now?', 'guarantee_borrower']]);
    expect(offered.session.offer).toEqual({ kind: 'calculate', intent: 'guarantee_institution' });
    const { session } = asked([['ok, for 2020 then']], offered.session);
    expect(session.dialog).toBe('guarantee-institution');
    expect(session.awaiting).toBe('districtInstitution');
  });

  it('the owner\'s figures with "how much?" take the offer up, the loans named being the guarantee\'s own', () => {
    const offered = asked([['can a guarantee company still get the Xicheng fee subsidy now?', 'guarantee_institution']]);
    const { session } = asked([['ok, then for 2020 - our all-in rate was 1% on 8 million of loans. how much?', 'out_of_scope']], offered.session);
    expect(session.dialog).toBe('guarantee-institution');
    expect(session.facts).toMatchObject({ comprehensiveFeeRate: '1', guaranteedAmount: '8000000' });
  });
});
