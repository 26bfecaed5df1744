// Many owners at once (issue 6 §2): 1,000 rent conversations interleaved, each owner with their own
// rent, in-process and over POST /api/chat. A session mixed up with another owner's shows as a wrong
// amount, a lost option list ("1" meaning nothing), or a question asked twice.
import { Agent, request } from 'node:http';
import { beforeAll, describe, expect, it } from 'vitest';
import { createBot, type Understand } from '../../src/bot/bot.js';
import { loadConfig } from '../../src/app/config.js';
import { silentLogger } from '../../src/lib/logger.js';
import { loadDefaultUnderstander } from '../../src/nlu/default-understander.js';
import type { Reply } from '../../src/core/reply.js';
import { startServer } from '../../src/app/server.js';
import { playRentConversation, randomPause, rentOwner, seededRandom, type RentOwner } from '../support/rent-conversation.js';

const OWNERS = 1_000;

let understand: Understand;
beforeAll(() => {
  understand = loadDefaultUnderstander();
});

/** Runs every owner's conversation at once and returns, per owner, the amount they ended with. */
async function runAll(owners: RentOwner[], send: (owner: RentOwner, text: string) => Promise<Reply>, seed: number): Promise<Map<string, string | null | undefined>> {
  const pause = randomPause(seededRandom(seed));
  const finals = await Promise.all(owners.map((owner) => playRentConversation(owner, (text) => send(owner, text), pause)));
  return new Map(owners.map((owner, i) => [owner.userId, finals[i]?.results.find((r) => r.rule === 'rent-waiver')?.amount]));
}

/** POST a JSON body and read the JSON reply; anything but 200 fails the owner's conversation. */
function postChat(agent: Agent, url: string, body: { sessionId: string; text: string }): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8');
        if (res.statusCode !== 200) reject(new Error(`${body.sessionId}: HTTP ${String(res.statusCode)} ${text}`));
        else resolve(JSON.parse(text) as Reply);
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

function expectEveryOwnAmount(owners: RentOwner[], amounts: Map<string, string | null | undefined>): void {
  const wrong = owners.filter((owner) => amounts.get(owner.userId) !== owner.expectedAmount);
  expect(wrong.map((o) => `${o.userId}: expected ${o.expectedAmount}, got ${String(amounts.get(o.userId))}`)).toEqual([]);
}

describe('1,000 owners at once, each ends with their own rent waiver', () => {
  it('in-process through handleTurn (one bot, sessions in memory)', async () => {
    const bot = await createBot({ understand });
    const owners = Array.from({ length: OWNERS }, (_, i) => rentOwner(i));
    const amounts = await runAll(owners, (owner, text) => bot.handleTurn({ channel: 'wecom', userId: owner.userId, text }), 1);
    expectEveryOwnAmount(owners, amounts);
  }, 60_000);

  it('the same user id on two channels is two owners, not one', async () => {
    const bot = await createBot({ understand });
    const owners = Array.from({ length: 200 }, (_, i) => rentOwner(i));
    const twins = owners.map((owner, i) => ({ ...rentOwner(i + OWNERS), userId: owner.userId }));
    const [onWecom, onTelegram] = await Promise.all([
      runAll(owners, (owner, text) => bot.handleTurn({ channel: 'wecom', userId: owner.userId, text }), 2),
      runAll(twins, (owner, text) => bot.handleTurn({ channel: 'telegram', userId: owner.userId, text }), 3),
    ]);
    expectEveryOwnAmount(owners, onWecom);
    expectEveryOwnAmount(twins, onTelegram);
  }, 60_000);

  it('over POST /api/chat on a server on 127.0.0.1', async () => {
    // The rate limit is per user and these owners send a handful of messages each, so it stays on.
    // 1,000 owners, all from loopback: the per-address API limit would stop them, as it should one real client.
    const running = await startServer(
      loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', API_RATE_LIMIT_PER_MINUTE_PER_ADDRESS: '0' }),
      silentLogger,
      { bot: { understand } },
    );
    // 1,000 conversations over 100 kept-alive connections, as behind a load balancer: requests of
    // different owners share connections and queue for them, which is where a mix-up would show.
    const agent = new Agent({ keepAlive: true, maxSockets: 100 });
    try {
      const owners = Array.from({ length: OWNERS }, (_, i) => rentOwner(i, 'api-owner'));
      const amounts = await runAll(owners, (owner, text) => postChat(agent, `${running.url}/api/chat`, { sessionId: owner.userId, text }), 4);
      expectEveryOwnAmount(owners, amounts);
    } finally {
      agent.destroy();
      await running.stop();
    }
  }, 120_000);
});
