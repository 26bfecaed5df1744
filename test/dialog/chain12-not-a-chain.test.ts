import { beforeAll, describe, expect, it } from 'vitest';
import { createBot, type Bot } from '../../src/bot/bot.js';
import { readAnswer } from '../../src/nlu/read-answer.js';

// Round 12, chain stores: an opening that tells no chain (or denies one) is the tenant's rent question, and a payer
// answer that puts its negation before the store ("不是我们付") says the store does not pay.
describe('the store denied as payer before the verb is no', () => {
  it.each([
    '这个…不是我们付，房租都是总部统一交的',
    '不是我们付',
    '呃…不是我们出 是总公司那边统一付的',
    '不是门店付的，集团财务统一交',
    'uh, not us, head office pays it',
    "well it's not us who pays, the parent company does",
  ])('"%s" → false', (text) => {
    expect(readAnswer('paysRent', text)).toBe(false);
  });
  it.each(['门店自己交房租', '我们自己付', '不是总部付，是我们自己付', 'we pay it ourselves'])('"%s" → true', (text) => {
    expect(readAnswer('paysRent', text)).toBe(true);
  });
});

describe('an opening that tells no chain is the tenant rent question', () => {
  let bot: Bot;
  beforeAll(async () => {
    bot = await createBot();
  });
  // Openings that still speak of a chain (a franchise asking for （四） by name, a branch whose HQ pays) keep item 4.
  it.each([
    ['c12-zh-1', '我们店开在西城德胜门那边 不过执照是在昌平办的 这个房租减免能享受吗', 1],
    ['c12-zh-2', '我们就一家店 不是连锁 房东是区属国企 3、4月房租能免吗', 1],
    ['c12-en-1', 'Caller: owner of an independent hair salon in Xicheng (not a chain), micro business, landlord district SOE, closed Feb-March per epidemic rules, no layoffs, rent 11k. Caller wants to know what the rent relief was.', 1],
    ['c12-keep-zh', '我们是加盟一个茶饮牌子开的店 连锁门店那个房租补贴能申请不', 4],
    ['c12-keep-en', 'bubble tea franchise store. is the 30% chain rent subsidy for us?', 4],
    ['c12-keep-zh-2', '我们便利店在西城的几家都是分公司直营的，不过房租一直是总部统一交，能申请那个30%吗', 4],
  ])('%s: "%s" asks under item %i', async (userId, text, measure) => {
    const reply = await bot.handleTurn({ channel: 'api', userId, text });
    expect(reply.measures).toEqual([measure]);
  });
});
