import { describe, expect, it } from 'vitest';
import type { Action } from '../../src/dialog/actions.js';
import { loadDialogs } from '../../src/dialog/dialog-schema.js';
import { itemNamed } from '../../src/dialog/direct-answer.js';
import { step } from '../../src/dialog/engine.js';
import { newSession, type Session } from '../../src/dialog/session.js';
import { extractEntities } from '../../src/nlu/entities.js';
import { textCues } from '../../src/nlu/text-cues.js';
import type { Understanding } from '../../src/nlu/understanding.js';
import { render } from '../../src/reply/render.js';

// The engine is handed what a classifier would give (the intent) and what the real extractors find;
// the direct answers must not depend on the intent being right.
const dialogs = loadDialogs();
const now = 1_700_000_000_000;

function heard(text: string, intent = 'out_of_scope'): Understanding {
  const lang = /[\u4e00-\u9fff]/.test(text) ? 'zh' : 'en';
  return { text, lang, intent, confidence: 0.9, ranking: [], ambiguous: null, entities: extractEntities(text), cues: textCues(text) };
}

function turn(session: Session, text: string, intent?: string) {
  const result = step(session, heard(text, intent), { dialogs, now });
  return { ...result, reply: render(result.actions, result.session, { intent: intent ?? 'out_of_scope', confidence: 0.9 }, dialogs) };
}

const fresh = () => newSession('zh', now);
const first = (actions: Action[]) => actions[0];

describe('questions the notice answers directly', () => {
  it.each([
    ['担保机构拿的补贴最多能有多少', 'guarantee_institution', 'guarantor-cap'],
    ['is the counter-guarantee fee cut in half as well?', 'guarantee_borrower', 'reguarantee-halved'],
    ['租来当办公室的话是全部免还是免一部分', 'rent_tenant', 'office-half'],
    ['are self-employed people covered?', 'checkup', 'sole-trader'],
    ['临时岗位补贴每人给多少钱', 'job_subsidy', 'job-subsidy-standard'],
    ['申请需要交哪些资料', 'help', 'materials'],
  ])('"%s" (read as %s) gets the answer %s first, whatever the intent', (text, intent, id) => {
    expect(first(turn(fresh(), text, intent).actions)).toMatchObject({ type: 'directAnswer', id });
    expect(first(turn(fresh(), text).actions)).toMatchObject({ type: 'directAnswer', id });
  });

  it('states the cap, quotes the clause and offers to work out the owner\'s case', () => {
    const { reply, session } = turn(fresh(), 'Is the subsidy for guarantee firms capped?', 'guarantee_institution');
    expect(reply.text).toContain('5,000,000');
    expect(reply.text).toContain('单家机构最高不超过500万元');
    expect(reply.options).toEqual([{ label: 'Work out my case', value: '/topic guarantee_institution' }]);
    expect(reply.measures).toEqual([6]);
    const next = turn(session, '/topic guarantee_institution');
    expect(first(next.actions)).toMatchObject({ type: 'ask', dialog: 'guarantee-institution' });
  });

  it.each(['好', '帮我算算', 'ok, work it out', 'how much would we get then?', '那我们能补多少'])(
    'after the answer, a typed "%s" takes up the offer and starts the calculation', (text) => {
      const { session } = turn(fresh(), 'Is the subsidy for guarantee firms capped?', 'guarantee_institution');
      expect(first(turn(session, text, 'out_of_scope').actions)).toMatchObject({ type: 'ask', dialog: 'guarantee-institution' });
    });

  it('takes up the offer with the facts given in the same message, and a no is not taken as one', () => {
    const { session } = turn(fresh(), '担保公司的补贴有上限吗', 'guarantee_institution');
    const accepted = turn(session, '帮我算算，我们是区属担保机构，综合费率1.5%', 'out_of_scope');
    expect(accepted.session.dialog).toBe('guarantee-institution');
    expect(accepted.session.facts).toMatchObject({ districtInstitution: true, comprehensiveFeeRate: '1.5' });
    expect(accepted.session.awaiting).toBe('guaranteedAmount');
    expect(turn(session, '不用了', 'cancel').session.dialog).not.toBe('guarantee-institution');
  });

  it('says the notice sets no amount for the job subsidies and whom to ask', () => {
    const { reply } = turn(fresh(), '稳岗培训补贴一个人补多少', 'job_subsidy');
    expect(reply.text).toContain('通知没有规定');
    expect(reply.text).toContain('66201990');
    expect(reply.text).toContain('66206171');
  });

  it('leaves the owner\'s own case to the dialog: amounts, rates or several facts', () => {
    expect(first(turn(fresh(), '担保机构给我们担保了300万，补贴最多多少', 'guarantee_institution').actions)).toMatchObject({ type: 'ask' });
    const soleTrader = turn(fresh(), '我是个体户，租区属国企的门面开饭馆，能免吗', 'rent_tenant');
    expect(soleTrader.actions.map((a) => a.type)).toEqual(['directAnswer', 'ask']);
    expect(soleTrader.session.dialog).toBe('rent-tenant');
    // Describing their own landlord, the owner asks about their own rent: the dialog starts.
    for (const text of ['美甲店 个体户 房租能减吗 房东是国资的', 'sole trader here, our landlord is a state firm, can the rent be cut?']) {
      const own = turn(fresh(), text, 'rent_tenant');
      expect(own.actions.map((a) => a.type)).toContain('ask');
      expect(own.session.dialog).toBe('rent-tenant');
    }
  });

  it('mid-dialog answers the question, offers no second calculation, and asks the pending question again', () => {
    const started = turn(fresh(), '房租能减免吗', 'rent_tenant');
    expect(started.session.awaiting).toBe('landlordType');
    const { actions, reply } = turn(started.session, '顺便问一下，再担保的费用也打折吗', 'guarantee_borrower');
    expect(actions.map((a) => a.type)).toEqual(['directAnswer', 'ask']);
    expect(actions[1]).toMatchObject({ fact: 'landlordType', resume: true });
    expect(reply.text).not.toContain('算一算吗');
  });

  it('mid-dialog an answer is still an answer', () => {
    const started = turn(fresh(), '房租能减免吗', 'rent_tenant');
    expect(first(turn(started.session, '办公用的').actions)).not.toMatchObject({ type: 'directAnswer' });
  });

  it.each([['我们公司是房东 给租户减了租', '补贴是按多少比例算的'], ["we're the landlord and reduced our tenants' rent", 'what percentage is the subsidy?']])(
    "asked the reduction, the landlord's \"%s\" then \"%s\" gets the share, whatever the intent (round 10)", (opening, question) => {
      const started = turn(fresh(), opening, 'rent_landlord');
      expect(first(turn(started.session, question, 'rent_carrier').actions)).toMatchObject({ type: 'directAnswer', id: 'landlord-share' });
    });

  it("asked the tenant's facts of （一）, a share asked about is no question of the landlord's subsidy", () => {
    const started = turn(fresh(), '房租能减免吗 我们租的区属国企门面', 'rent_tenant');
    expect(first(turn(started.session, '减免比例是多少').actions)).not.toMatchObject({ type: 'directAnswer', id: 'landlord-share' });
  });

  it('the materials answer gives the contacts of the measure under discussion', () => {
    const started = turn(fresh(), '稳岗补贴怎么拿', 'job_subsidy');
    const { actions } = turn(started.session, '要带哪些证明文件？');
    expect(first(actions)).toMatchObject({ type: 'directAnswer', id: 'materials', measure: 13 });
  });
});

describe('questions about an item by its number', () => {
  it.each([
    ['第十三项讲的啥', 13], ['第7条说了什么', 7], ['（九）是什么意思', 9], ['tell me about measure eleven', 11],
    ['what does item 4 say', 4], ['the third measure?', 3], ['第五个措施', 5],
  ])('"%s" names item %i', (text, n) => expect(itemNamed(text)).toBe(n));

  it.each(['第二个月的房租', '十四条措施都有哪些', 'item 15', '3、4月的房租'])('"%s" names no item', (text) => expect(itemNamed(text)).toBeNull());

  it.each([
    'What support can we get from notice No. 6?', 'what does document number 6 give a bakery', 'Circular #6 - anything for schools?',
    '6号文件里我们能享受什么', '六号文有房租减免吗', 'under policy no. 6 can I get help',
  ])('the notice\'s own number names no item: "%s"', (text) => expect(itemNamed(text)).toBeNull());

  it('an item named beside the notice\'s number is still that item', () => {
    expect(itemNamed('notice No. 6, item 12 - what is it?')).toBe(12);
  });

  it('answers with the measure itself and offers each dialog that computes it', () => {
    const { actions, reply } = turn(fresh(), '第一项是什么内容');
    expect(first(actions)).toMatchObject({ type: 'measureAnswer', measure: 1 });
    expect(reply.text).toContain('区属国企房产租金减免');
    expect(reply.text).toContain('2020');
    expect(reply.options.map((o) => o.value).sort()).toEqual(['/topic rent_landlord', '/topic rent_tenant']);
  });

  it('（十二） lists the contacts of the owner\'s field', () => {
    const told = turn(fresh(), '开饭馆的，房租能免吗', 'rent_tenant').session;
    const { reply } = turn(told, 'what is item twelve?');
    expect(reply.text).toContain('83509369');
    expect(reply.text).not.toContain('66015590');
  });
});

describe('contact look-ups', () => {
  it('finds a person by name, in Chinese or pinyin', () => {
    const zh = turn(fresh(), '赵晓辉负责什么');
    expect(first(zh.actions)).toMatchObject({ type: 'contacts', people: [{ contact: { person: '赵晓辉' }, measures: [12] }] });
    expect(zh.reply.text).toContain('市场监管一科');
    const en = turn(newSession('en', now), "what's Ding Ning's number");
    expect(en.reply.text).toContain('83509369');
  });

  it('says the notice prints no separate mobile numbers, and a follow-up naming a unit continues it', () => {
    const asked = turn(fresh(), '财政局有没有手机号码');
    expect(asked.reply.text).toContain('没有另列手机号');
    expect(asked.reply.text).toContain('66218055');
    const follow = turn(asked.session, '那教委呢');
    expect(follow.reply.text).toContain('没有另列手机号');
    expect(follow.reply.text).toContain('66201155-26042');
  });

  it('continues a look-up only right after it', () => {
    const asked = turn(fresh(), '国资委电话', 'contact_lookup');
    expect(asked.reply.text).toContain('66112569');
    expect(turn(asked.session, 'and the culture bureau?').reply.text).toContain('58562997');
    const between = turn(asked.session, '房租能减免吗', 'rent_tenant');
    expect(first(turn(between.session, '教委').actions)).not.toMatchObject({ type: 'contacts' });
  });

  it('a follow-up naming another subsidy of the measure, asking whether it is the same office, gets that contact', () => {
    const asked = turn(newSession('en', now), "temporary post subsidy - who's the contact?", 'contact_lookup');
    expect(asked.reply.text).toContain('66206171');
    for (const text of ['ok. what about the training subsidy, same person or someone else?', 'Thanks. And for the job training subsidy (稳岗培训补贴) - same office?']) {
      const follow = turn(asked.session, text, 'job_subsidy');
      expect(first(follow.actions)).toMatchObject({ type: 'contacts' });
      expect(follow.reply.text).toContain('66201990');
      // "same office" asks about an office; it says nothing of the owner's premises.
      expect(follow.session.facts.premisesUse).toBeUndefined();
      expect(follow.session.dialog).toBeNull();
    }
    // Not marked as a follow-up, and asking nothing of whom to call: a new question about the measure.
    expect(first(turn(asked.session, '稳岗培训补贴我们能拿吗 我们是餐馆', 'job_subsidy').actions)).not.toMatchObject({ type: 'contacts' });
  });

  it.each([
    ['我们是美发连锁在西城的分公司 连锁门店补贴商务局那边谁管', 'rent_chain_store', '83509352'],
    ["Who at the Commerce Bureau handles the chain store rent subsidy? We're a hair salon chain with a 分公司 in Xicheng.", 'rent_chain_store', '83509352'],
    ['Which person at the education commission handles kindergarten rent relief?', 'contact_lookup', '66201155-26042'],
  ])('"%s": a unit named with words of whom to call is a look-up, whatever facts of the owner come with it', (text, intent, phone) => {
    const { actions, reply, session } = turn(fresh(), text, intent);
    expect(first(actions)).toMatchObject({ type: 'contacts' });
    expect(reply.text).toContain(phone);
    expect(session.awaiting).toBeNull();
  });

  it('an amount with the unit named is still the owner\'s case to work out', () => {
    const { session } = turn(fresh(), '我们是美发连锁的分公司 月租2万 商务局谁管这个补贴 能补多少', 'rent_chain_store');
    expect(session.dialog).toBe('rent-chain-store');
  });

  it('（十四） says the clause prints no contact before the SME service line', () => {
    const { reply } = turn(fresh(), '遇到别的特殊困难应该联系谁', 'contact_lookup');
    const note = reply.text.indexOf('本条未列联系人');
    expect(note).toBeGreaterThanOrEqual(0);
    expect(reply.text.indexOf('83926742')).toBeGreaterThan(note);
  });

  it('a builder asking about reopening gets the construction commission', () => {
    const { reply } = turn(fresh(), '我们做工程施工的，复工复产找哪个部门', 'contact_lookup');
    expect(reply.text).toContain('66015590');
    expect(reply.text).not.toContain('63134698');
  });
});

describe('what is not a question for a direct answer', () => {
  it('a statement after a result is a correction, not a question', () => {
    const answered = turn(fresh(), '稳岗补贴怎么拿', 'job_subsidy').session;
    expect(first(turn(answered, '哦对了我们其实是个体工商户').actions)).not.toMatchObject({ type: 'directAnswer' });
    expect(first(turn(fresh(), 'actually we are self-employed').actions)).not.toMatchObject({ type: 'directAnswer' });
  });

  it('a person asked about mid-dialog is answered, then the pending question again', () => {
    const started = turn(fresh(), '房租能减免吗', 'rent_tenant');
    const { actions } = turn(started.session, '方严松的电话');
    expect(actions.map((a) => a.type)).toEqual(['contacts', 'ask']);
  });
});

describe('questions without a question word', () => {
  it.each(['再担保费收费减不减', '办公的话是五成还是全部', '个体户算不算在内'])('"%s" is answered', (text) => {
    expect(first(turn(fresh(), text).actions)).toMatchObject({ type: 'directAnswer' });
  });
});

describe('materials as goods the business lacks', () => {
  it.each([
    'we have a special difficulty none of the measures cover, our main supplier went bust in the epidemic and we cant get materials. is there anyone in the district who helps with that?',
    '我们有个特殊困难 政策里都没有 原材料供应商倒闭了 进不到材料 区里有人管这事吗',
  ])('"%s" is （十四）, not the documents to bring', (text) => {
    const { actions, reply } = turn(fresh(), text, 'other_difficulty');
    expect(actions.some((a) => a.type === 'directAnswer' && a.id === 'materials')).toBe(false);
    expect(reply.measures).toEqual([14]);
  });

  it.each(['申请要带什么材料', 'what materials do I need to bring?'])('"%s" still asks for the documents', (text) => {
    expect(first(turn(fresh(), text).actions)).toMatchObject({ type: 'directAnswer', id: 'materials' });
  });
});

describe('a person looked up by name', () => {
  it.each([
    ['我开书店的 听说有个孟兰老师管书店这块 她电话多少', 9, '63134703'],
    ['someone told me a Meng Lan looks after bookstores, how do I reach her?', 9, '63134703'],
    ['朋友说找一个叫苏彦鹏的 怎么联系他', 12, '66015590'],
  ])('"%s": the reply is about that person\'s measure', (text, measure, phone) => {
    const { reply } = turn(fresh(), text, 'contact_lookup');
    expect(reply.text).toContain(phone);
    expect(reply.measures).toEqual([measure]);
  });
});

describe('a mobile question right after a person', () => {
  it('is about that person\'s unit', () => {
    const asked = turn(fresh(), '孟兰是哪个单位的');
    const { reply } = turn(asked.session, '她有手机号吗');
    expect(reply.text).toContain('没有另列手机号');
    expect(reply.text).toContain('63134703');
    expect(reply.text).not.toContain('83926742');
  });
});

describe('an aside that names the value asked for', () => {
  it('is answered as a question, and the value is not taken as the answer', () => {
    const started = turn(fresh(), '区属国企的房子，月租1万5，房租能免吗', 'rent_tenant');
    expect(started.session.awaiting).toBe('premisesUse');
    const { actions, session } = turn(started.session, '顺便问一下，办公用房是免一半还是全免', 'rent_tenant');
    expect(actions.map((a) => a.type)).toEqual(['directAnswer', 'ask']);
    expect(session.facts.premisesUse).toBeUndefined();
    expect(session.awaiting).toBe('premisesUse');
  });
});

describe('a question that names the facts it asks about', () => {
  it.each([
    ['租区属国企的写字楼办公，免一半还是全免', 'office-half'],
    ['an office rented from a district state-owned firm: full waiver or half?', 'office-half'],
    ['租区属国企房子的，个体户也包括在内吗', 'sole-trader'],
    ['Is a self-employed shopkeeper renting from a district SOE covered?', 'sole-trader'],
  ])('"%s" gets the answer %s, not a questionnaire', (text, id) => {
    expect(first(turn(fresh(), text, 'rent_tenant').actions)).toMatchObject({ type: 'directAnswer', id });
  });

  it.each([
    '我们租区属国企写字楼办公，3、4月能减多少',
    'we are a sole trader renting a district SOE shop for our noodle bar, can we get the waiver?',
    'what am I eligible for? hair salon, sole trader',
    // An operator speaks for the caller: "her firm", "they" are the caller's own case (r9).
    'Caller says her design firm rents an office in a building of a district SOE and asks how much rent relief they got',
    '来电人称他们公司租区属国企的写字楼办公，问房租能减多少',
  ])('"%s" is the owner\'s own case: a dialog works it out', (text) => {
    const { actions, session } = turn(fresh(), text, 'rent_tenant');
    expect(actions.some((a) => a.type === 'ask')).toBe(true);
    expect(session.dialog).not.toBeNull();
    expect(session.offer).toBeNull();
  });

  it.each([
    ['美甲店 个体户 房租能减吗 房东是国资的', 'sole-trader', 'landlordType'],
    ['修脚店 个体的 房东区国资 个体的房租也给减吗', 'sole-trader', 'premisesUse'],
    ['我们租区属国企写字楼办公，3、4月能减多少', 'office-half', 'registeredInXicheng'],
    ['我们是民办幼儿园 租的区国企房子 也能免吗', 'school-covered', 'approvedByEducationCommission'],
  ])('"%s": the answer %s first, then the dialog asks %s with what was said kept', (text, id, fact) => {
    const { actions, session } = turn(fresh(), text, 'rent_tenant');
    expect(actions.map((a) => a.type)).toEqual(['directAnswer', 'ask']);
    expect(first(actions)).toMatchObject({ type: 'directAnswer', id, calculate: null });
    expect(session.awaiting).toBe(fact);
    expect(session.facts).not.toEqual({});
  });

  it.each([
    ['写字楼是不是只减一半', 'office-half', '50%'],
    ['连锁直营店那个补贴是百分之多少', 'chain-share', '30%'],
    ['What percentage does the chain store subsidy cover?', 'chain-share', '30%'],
    ['区国企房租免的是哪两个月啊', 'rent-months', '4月'],
    ['Does the rent waiver cover February too or only March and April?', 'rent-months', 'April'],
    ['培训机构也能免房租吗', 'school-covered', '教委'],
    ['Are private kindergartens covered by the rent waiver?', 'school-covered', 'education commission'],
  ])('"%s" gets the answer %s (%s), then the offer', (text, id, says) => {
    const lang = /[a-z]{3}/i.test(text) ? 'en' : 'zh';
    const { actions, reply, session } = turn(newSession(lang, now), text, 'rent_tenant');
    expect(actions.map((a) => a.type)).toEqual(['directAnswer']);
    expect(first(actions)).toMatchObject({ type: 'directAnswer', id });
    expect(reply.text).toContain(says);
    expect(session.offer).not.toBeNull();
  });

  it.each([
    'our little grocery rents a place owned by the sub-district office, can we get the two months rent free?',
    'the street office owns our shop, is the rent free for march and april?',
    'our head office is in Xicheng, is the rent of our shop waived in full?',
    'the property management office says our rent might be free, is it?',
  ])('"%s": an office named only as who owns or runs things ("sub-district office", "head office") asks nothing of office premises', (text) => {
    expect(turn(newSession('en', now), text, 'rent_tenant').actions.some((a) => a.type === 'directAnswer')).toBe(false);
  });

  it.each([
    ['我们是做少儿编程培训的 教室租的区属国企的楼 停课了好几个月 房租能参照免吗', 'rent_school'],
    ['我们是出租写字楼的公司，疫情期间给中小企业租户减免了租金，想算算能补多少', 'rent_landlord'],
  ])('"%s": "好几个月" asks no months, and a landlord gets no answer meant for tenants', (text, intent) => {
    expect(turn(fresh(), text, intent).actions.some((a) => a.type === 'directAnswer')).toBe(false);
  });

  it.each([
    ['Our office is rented from a district SOE. Is the rent cut 50% or is it free?', 'office-half'],
    ['we rent an office from a district state company. full waiver or only half??', 'office-half'],
    ['Is there any cap on the guarantor subsidy? We\'re a government guarantee company based in Xicheng.', 'guarantor-cap'],
    ['我们是驻西城的政府性担保公司 降费补贴有封顶吗', 'guarantor-cap'],
    ['房东给租户减了租的话 政府给房东补百分之几', 'landlord-share'],
  ])('"%s": facts beside a choice, or beside a question whose answer is the same for all, say who asks: %s', (text, id) => {
    const { actions, session } = turn(fresh(), text);
    expect(actions.map((a) => a.type)).toEqual(['directAnswer']);
    expect(first(actions)).toMatchObject({ type: 'directAnswer', id });
    expect(session.awaiting).toBeNull();
  });

  it('the materials answer names the measure the question is about', () => {
    const zh = turn(fresh(), '申请减免房租要交什么资料', 'finance_bank');
    expect(first(zh.actions)).toMatchObject({ type: 'directAnswer', id: 'materials', measure: 1 });
    expect(zh.reply.text).toContain('66112569');
    const en = turn(newSession('en', now), 'which documents do I bring for the rent relief?');
    expect(en.reply.text).toContain('66112569');
  });
});

describe('contacts asked by office or by the subsidy\'s own name', () => {
  it.each([['经济建设二科电话多少', '66218055'], ['职业能力建设科找谁', '66201990'], ["what's the number of the Community Commerce Section?", '83509365']])(
    '"%s" finds the office', (text, phone) => {
      expect(first(turn(fresh(), text, 'contact_lookup').actions)).toMatchObject({ type: 'contacts' });
      expect(turn(fresh(), text, 'contact_lookup').reply.text).toContain(phone);
    });

  it.each(['who handles the temporary post subsidy? phone please', '临时岗位补贴打哪个电话'])('"%s" gets item 13\'s contacts', (text) => {
    const { reply } = turn(fresh(), text, 'contact_lookup');
    expect(reply.text).toContain('66206171');
    expect(reply.measures).toEqual([13]);
  });

  it('a builder asking who helps with restarting work on site gets the construction commission, whatever the intent', () => {
    const { reply } = turn(newSession('en', now), 'we are a building contractor, who can help us with restarting work on site?', 'other_difficulty');
    expect(reply.text).toContain('66015590');
  });
});

describe('an item named for the owner\'s own case', () => {
  it('"少儿美术班 想咨询下第三条的房租" (read as the schools\' rent) starts the calculation, not the item\'s text', () => {
    const { session, actions } = turn(fresh(), '少儿美术班 想咨询下第三条的房租', 'rent_school');
    expect(actions.some((a) => a.type === 'measureAnswer')).toBe(false);
    expect(session.dialog).toBe('rent-school');
  });

  it('"我们是幼儿园，第三条是什么意思" asks what the item says: its text', () => {
    expect(first(turn(fresh(), '我们是幼儿园，第三条是什么意思', 'rent_school').actions)).toMatchObject({ type: 'measureAnswer', measure: 3 });
  });
});

describe('owners of plain English (round 10)', () => {
  it('an owner who introduces the business ("Translation office here, …") is asked about their own case', () => {
    const { actions } = turn(newSession('en', now), 'Translation office here, landlord is Xicheng district state-owned. How much off for March and April 2020?', 'rent_tenant');
    expect(actions).toContainEqual(expect.objectContaining({ type: 'ask', dialog: 'rent-tenant' }));
  });

  it.each([
    "I'm a landlord, who do I call about the 30% landlord subsidy?", '我是房东，房东补贴找谁', 'we are the landlord - who handles the landlord subsidy?',
  ])('a landlord asking whom to call gets the contacts, not a questionnaire: %s', (text) => {
    const { actions } = turn(newSession(/[\u4e00-\u9fff]/.test(text) ? 'zh' : 'en', now), text, 'rent_landlord');
    expect(actions).toContainEqual(expect.objectContaining({ type: 'contacts', measure: 1 }));
  });

  it('"Who can I phone to actually apply for this?" after a result asks for the contacts, no correction', () => {
    let session = turn(newSession('en', now), 'free rent for my print shop? landlord is a district state-owned company', 'rent_tenant').session;
    for (const answer of ['yes', 'sole trader', 'open', 'none', '4500']) session = turn(session, answer, 'answer').session;
    const { actions } = turn(session, 'Who can I phone to actually apply for this?', 'contact_lookup');
    expect(actions).not.toContainEqual(expect.objectContaining({ type: 'showFacts' }));
    expect(actions).toContainEqual(expect.objectContaining({ type: 'contacts', measure: 1 }));
  });

  it('"under document No. 6" asks about no documents to bring', () => {
    const { actions } = turn(newSession('en', now), 'What can my bakery claim under document No. 6?', 'checkup');
    expect(actions).not.toContainEqual(expect.objectContaining({ type: 'directAnswer', id: 'materials' }));
  });

  it('the landlord described in the answer to "who is your landlord?" keeps the tenant\'s dialog', () => {
    const started = turn(newSession('en', now), 'rent waiver question for my tailor shop', 'rent_tenant');
    const { session } = turn(started.session, "it's owned by the xicheng district government, some property company of theirs", 'rent_landlord');
    expect(session.dialog).toBe('rent-tenant');
    expect(session.facts.landlordType).toBe('districtSoe');
  });

  it('"we own the building" in answer to that question is still the landlord speaking', () => {
    const started = turn(newSession('en', now), 'rent waiver question for my tailor shop', 'rent_tenant');
    expect(turn(started.session, 'actually we own the building and let it to shops', 'rent_landlord').session.dialog).toBe('rent-landlord');
  });
});
