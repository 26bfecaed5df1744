// Issue 13 §2: a flood of anonymous API sessions must not erase a WeCom or Telegram conversation.
import { beforeAll, describe, expect, it } from 'vitest';
import { createBot, type Understand } from '../../src/bot/bot.js';
import { loadDefaultUnderstander } from '../../src/nlu/default-understander.js';
import { playRentConversation, rentOwner } from '../support/rent-conversation.js';

describe('session budgets per channel class', () => {
  let understand: Understand;
  beforeAll(() => {
    understand = loadDefaultUnderstander();
  });

  it('a flood of new API session ids evicts only API sessions: the Telegram owner mid-conversation reaches the amount', async () => {
    const bot = await createBot({ understand, maxSessions: 5, maxAnonymousSessions: 5 });
    const owner = rentOwner(11, 'telegram');
    const apiOwner = rentOwner(12, 'api');
    const telegramFirst = await bot.handleTurn({ channel: 'telegram', userId: owner.userId, text: owner.opening });
    const apiFirst = await bot.handleTurn({ channel: 'api', userId: apiOwner.userId, text: apiOwner.opening });
    expect(telegramFirst.awaiting).not.toBeNull();

    for (let i = 0; i < 50; i++) await bot.handleTurn({ channel: 'api', userId: `flood-${i}`, text: '你好' });

    // The API owner was one of the anonymous five: dropped, so /facts has nothing to tell.
    const apiFacts = await bot.handleTurn({ channel: 'api', userId: apiOwner.userId, text: '/facts' });
    expect(apiFirst.awaiting).not.toBeNull();
    expect(apiFacts.text).toContain('You have not told me anything yet');

    let first = true;
    const final = await playRentConversation(owner, (text) => {
      // The conversation goes on from the question already asked, not from the opening again.
      const sent = first ? telegramFirst : null;
      first = false;
      return sent ? Promise.resolve(sent) : bot.handleTurn({ channel: 'telegram', userId: owner.userId, text });
    });
    expect(final.results[0]?.amount).toBe(owner.expectedAmount);
  });
});
