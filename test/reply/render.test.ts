/**
 * What the replies say, played through the real bot: the card of the current answer, English contact
 * lines and arithmetic, fact labels instead of field names, and the known facts a console shows as chips.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createBot, type Bot } from '../../src/bot/bot.js';
import { render } from '../../src/reply/render.js';
import { newSession } from '../../src/dialog/session.js';
import type { Reply } from '../../src/core/reply.js';

const fieldNames = /\b(registeredInXicheng|enterpriseSize|landlordType|premisesUse|operatingStatus|monthlyRent|guaranteedAmount|originalFeeRate|comprehensiveFeeRate|districtInstitution|revenueDropPercent)\b/;

describe('replies', () => {
  let bot: Bot;
  let n = 0;
  beforeAll(async () => {
    bot = await createBot();
  });

  async function call(...texts: string[]): Promise<Reply[]> {
    const userId = `render-${n++}`;
    const replies: Reply[] = [];
    for (const text of texts) replies.push(await bot.handleTurn({ channel: 'api', userId, text }));
    return replies;
  }

  it('a correction after the answer replaces the card; a new question clears it', async () => {
    const [, , , , answered, corrected, changed, asked] = await call('区属国企的门面，月租2万，3、4月房租能免吗', '是', '小型', '坚持营业', '没有裁员', '不对，月租是3万', '/answer monthlyRent 25000', '担保费能补贴吗');
    expect(answered?.card).toContain('金额：40,000 元');
    expect(corrected?.card).toContain('金额：60,000 元');
    expect(changed?.card).toContain('金额：50,000 元');
    expect(asked?.awaiting).not.toBe(null);
    expect(asked?.card ?? null).toBe(null);
    expect(asked?.cardCleared).toBe(true);
  });

  it('/forget drops a fact: the bot asks for it again and the card is cleared', async () => {
    const replies = await call('区属国企的门面，月租2万，3、4月房租能免吗', '是', '小型', '坚持营业', '没有裁员', '/forget monthlyRent');
    const last = replies.at(-1)!;
    expect(last.awaiting).toBe('monthlyRent');
    expect(last.cardCleared).toBe(true);
    expect(last.facts?.map((f) => f.name)).not.toContain('monthlyRent');
  });

  it('/reset clears the card; a thank-you keeps it', async () => {
    const replies = await call('区属国企的门面，月租2万，3、4月房租能免吗', '是', '小型', '坚持营业', '没有裁员', '谢谢', '/reset');
    expect(replies[5]?.cardCleared).toBe(false);
    expect(replies[6]?.cardCleared).toBe(true);
    expect(replies[6]?.facts).toEqual([]);
  });

  it('an information measure, a contact look-up and a hand-off each come with a card', async () => {
    const [info] = await call('银行贷款有什么支持');
    expect(info?.card).toMatch(/^【政策答复单】（五）/);
    const [contacts] = await call('商务局电话多少');
    expect(contacts?.card).toMatch(/^【联系方式】区商务局/);
    expect(contacts?.card).toContain('83509352');
    const [, handoff] = await call('区属国企的门面，月租2万，3、4月房租能免吗', '转人工');
    expect(handoff?.card).toMatch(/^【转人工】/);
    expect(handoff?.card).toContain('来电人情况：');
  });

  it('the card and the contacts listed in the reply name the same phones', async () => {
    const replies = await call('区属国企的门面，月租2万，3、4月房租能免吗', '是', '小型', '坚持营业', '没有裁员');
    const last = replies.at(-1)!;
    const phones = last.contacts.map((c) => c.phone);
    const cardPhones = [...(last.card ?? '').matchAll(/\b\d{8,11}\b/g)].map((m) => m[0]);
    expect(new Set(cardPhones)).toEqual(new Set(phones));
  });

  it('English: contact lines in English with pinyin names, an English card beside the Chinese one', async () => {
    const replies = await call('I rent a shop from a district state-owned company for 20,000 yuan a month. Can March and April rent be waived?', 'yes', 'small', 'stayed open', 'no layoffs');
    const last = replies.at(-1)!;
    expect(last.text).toContain('Xicheng SASAC (区国资委), Reform Coordination Office, Yu Weichuan, 66112569');
    expect(last.card).toMatch(/^【政策答复单】/);
    expect(last.cardEn).toContain('Phone: Xicheng SASAC (区国资委), Reform Coordination Office, Yu Weichuan, 66112569');
    expect(last.facts?.find((f) => f.name === 'monthlyRent')).toMatchObject({ label: 'monthly rent', text: '20,000 yuan', value: '20000', options: [] });
  });

  it('English arithmetic shows the cap, and no reply names a field', async () => {
    const replies = await call('We are a district government guarantee institution. Our total fee rate was 0.5% on 1 billion yuan guaranteed. What subsidy do we get?', 'yes', 'What about guarantee fees for a small borrower?');
    const texts = replies.map((r) => `${r.text}\n${r.card ?? ''}\n${r.cardEn ?? ''}`).join('\n');
    expect(texts).toContain('= 7,500,000 yuan, above the 5,000,000 yuan cap per institution: 5,000,000 yuan');
    expect(texts).not.toMatch(fieldNames);
    expect(texts).not.toContain('About ');
  });

  it('a busy or rate-limited reply leaves the facts and the card on screen alone', () => {
    for (const action of [{ type: 'busy' }, { type: 'rateLimited', retryAfterSeconds: 5 }] as const) {
      const reply = render([action], newSession('zh', 0), { intent: 'busy', confidence: 0 }, bot.dialogs);
      expect(reply.facts).toBeUndefined();
      expect(reply.cardCleared).toBe(false);
    }
  });

  it('a clarification with one option asks about that one; with none it shows the menu', () => {
    const session = { ...newSession('en', 0) };
    const one = render([{ type: 'clarify', intents: ['rent_tenant', 'rent_tenant'] }], session, { intent: 'x', confidence: 0 }, bot.dialogs);
    expect(one.text).toBe('Do you mean "Rent relief for tenants"?');
    expect(one.options).toHaveLength(1);
    const none = render([{ type: 'clarify', intents: ['nothing', 'none'] }], session, { intent: 'x', confidence: 0 }, bot.dialogs);
    expect(none.text).not.toContain('Which one do you mean?');
    expect(none.options.length).toBeGreaterThan(1);
  });
});
