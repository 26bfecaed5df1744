import { beforeAll, describe, expect, it } from 'vitest';
import { createBot, type Bot } from '../../src/bot/bot.js';
import { loadDialogs, promptFor } from '../../src/dialog/dialog-schema.js';
import { factsFromMessage } from '../../src/dialog/fill-facts.js';
import { extractEntities } from '../../src/nlu/entities.js';
import { textCues } from '../../src/nlu/text-cues.js';
import type { FactName, Facts } from '../../src/policy/facts.js';

// Round 12, values: answers owners give in a story or with a verb, read for the question asked (layoffs hedged,
// premises told by what is done there, a rate told by what it was brought to), and the questions after a result
// that are the job subsidy's.
const dialogs = loadDialogs();

function read(dialogId: string, awaiting: FactName, text: string): Facts {
  const dialog = dialogs.byId.get(dialogId);
  return factsFromMessage(text, extractEntities(text), awaiting, dialog, {}, promptFor(dialogs, dialog, awaiting)).facts;
}

function table(dialogId: string, awaiting: FactName, rows: Array<[text: string, expected: Facts]>): void {
  it.each(rows)(`${dialogId}, asked ${awaiting}: "%s"`, (text, expected) => {
    const facts = read(dialogId, awaiting, text);
    for (const [fact, value] of Object.entries(expected)) expect(facts[fact as FactName], fact).toEqual(value);
  });
}

describe('layoffs told as a story with a hedge are few (or none for a resignation), never many', () => {
  table('rent-tenant', 'layoffs', [
    // The same person told twice ("走了一个教练" then "裁了一个") is one let go, not all of a staff of one.
    ['走了一个教练 算裁了一个吧', { layoffs: 'few' }],
    ['就走了一个 也不算裁吧', { layoffs: 'few' }],
    ['辞了一个学徒 店里一共八个人 这个算不算裁员啊', { layoffs: 'few' }],
    ['走了俩 算是裁了吧 店里一共十个人', { layoffs: 'few' }],
    ['we let one barista go out of 9, I guess that counts as a layoff?', { layoffs: 'few' }],
    ['one trainer left, kind of a layoff I suppose', { layoffs: 'few' }],
    ['one guy quit, does that count?', { layoffs: 'none' }],
    ['one trainer left on her own', { layoffs: 'none' }],
    ['a cook left, does that count as a layoff?', { layoffs: 'few' }],
    ['走了个保洁阿姨 这算不算', { layoffs: 'few' }],
    // A headcount told before and after still decides.
    ['走了八个 店里一共十个人', { layoffs: 'many' }],
  ]);
});

describe('the premises told by what is done there are business premises; an office still reads as one', () => {
  table('rent-tenant', 'premisesUse', [
    ['练功房 教跳舞的', { premisesUse: 'business' }],
    ['拍婚纱照的影棚', { premisesUse: 'business' }],
    ['洗车的', { premisesUse: 'business' }],
    ['我们用来接诊', { premisesUse: 'business' }],
    ['we teach there', { premisesUse: 'business' }],
    ['we see patients there', { premisesUse: 'business' }],
    ['people come in to eat', { premisesUse: 'business' }],
    ['就我们自己员工办公 不接待客人', { premisesUse: 'office' }],
    ['design studio, just our team at desks', { premisesUse: 'office' }],
    // A shop with its office in one part of the place is used for the business (the notice halves only premises
    // rented as offices); a change of use told in time is left as said.
    ['前面门店后面办公', { premisesUse: 'business' }],
    ['楼下门市楼上办公', { premisesUse: 'business' }],
    ['shop in front, office in the back', { premisesUse: 'business' }],
    ['shopfront with a back office', { premisesUse: 'business' }],
    ['门面后办公', { premisesUse: 'business' }],
    ['以前门店 现在办公', { premisesUse: 'office' }],
  ]);
});

describe('a fee rate told by what it was brought to, without a percent sign, is that rate', () => {
  table('guarantee-institution', 'comprehensiveFeeRate', [
    ['综合费率降到0.8了', { comprehensiveFeeRate: '0.8' }],
    ['降到零点八', { comprehensiveFeeRate: '0.8' }],
    ['现在0.8', { comprehensiveFeeRate: '0.8' }],
    ['费率下调至1.2', { comprehensiveFeeRate: '1.2' }],
    ['now 0.8', { comprehensiveFeeRate: '0.8' }],
    ['we cut it to 0.8', { comprehensiveFeeRate: '0.8' }],
    // Told as a change, the comprehensive rate is the one it was brought to.
    ['从1.5降到0.8', { comprehensiveFeeRate: '0.8' }],
    ['费率从1.5%降到0.8%', { comprehensiveFeeRate: '0.8' }],
    ['was 1.5, now 0.8', { comprehensiveFeeRate: '0.8' }],
    ['费率1.5降成了1', { comprehensiveFeeRate: '1' }],
    // Cut by so much, then the rate: the change is no rate.
    ['比原来降了0.5个点 现在1.5', { comprehensiveFeeRate: '1.5' }],
    ['降了半个点 到1.5', { comprehensiveFeeRate: '1.5' }],
    ['cut by 0.5, now 1.5', { comprehensiveFeeRate: '1.5' }],
    ['降了0.5个点', { comprehensiveFeeRate: undefined }],
    ['我们收0.8', { comprehensiveFeeRate: '0.8' }],
  ]);
  table('guarantee-borrower', 'originalFeeRate', [
    // The rate before the halving is the one before the change.
    ['原来1.5 后来降到0.75', { originalFeeRate: '1.5' }],
    ['原来1.5% 后来降到0.75%', { originalFeeRate: '1.5' }],
    ['费率是1.2', { originalFeeRate: '1.2' }],
    ['费率1.5降成了1', { originalFeeRate: '1.5' }],
    ['降了半个点 到1.5', { originalFeeRate: undefined }],
  ]);
});

describe('a landlord company speaking of itself without 是 is the landlord', () => {
  it.each(['我们房东企业 减了租户两个月房租 一共6万 有补贴吗', '我们业主方 免了商户两个月租金'])('"%s" is the landlord side', (text) => {
    expect(textCues(text)).toMatchObject({ landlordSide: true, tenantSide: false });
  });
  it('a tenant telling what the landlord did is still the tenant', () => {
    expect(textCues('房东减了租户的房租 我们是租户').tenantSide).toBe(true);
  });
});

describe('after a result, money by the head is a question about the job subsidy', () => {
  let bot: Bot;
  beforeAll(async () => {
    bot = await createBot();
  });
  async function talk(userId: string, lines: string[]) {
    let reply = await bot.handleTurn({ channel: 'api', userId, text: lines[0] ?? '' });
    for (const line of lines.slice(1)) reply = await bot.handleTurn({ channel: 'api', userId, text: line });
    return reply;
  }

  it('"按人头给吗" after the job subsidy answers how the notice sets it (no amount) and whom to ask', async () => {
    const reply = await talk('r12-per-head-zh', ['稳岗补贴能拿吗 我们是餐馆', '是', '小型', '降了85%', '组织了培训', '按人头给吗']);
    expect(reply.text).toContain('通知没有规定稳岗培训补贴');
    expect(reply.text).toContain('66201990');
    expect(reply.text).not.toContain('您好');
  });

  it('"一个人给多少钱" after the rent result is the job subsidy, not a refusal', async () => {
    const reply = await talk('r12-per-person-zh', ['区属国企的门面，月租2万，3、4月房租能免吗', '经营', '是', '小型', '营业', '没裁', '一个人给多少钱']);
    expect(reply.text).toContain('通知没有规定稳岗培训补贴');
    expect(reply.text).not.toContain('没有涉及');
  });

  it('"how much per employee?" after the rent result, in English', async () => {
    const reply = await talk('r12-per-employee-en', ['district SOE shop, rent 20k a month, can march and april rent be waived?', 'business', 'yes', 'small', 'open', 'none', 'how much per employee?']);
    expect(reply.text).toContain('sets no amount');
    expect(reply.text).toContain('66201990');
  });
});
