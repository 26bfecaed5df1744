/**
 * The real bot behind the WeCom callback: encrypted requests in, encrypted passive replies out, a whole
 * rent dialog, every delivery sent twice (as WeCom retries) to show a retry never advances the dialog.
 */
import { describe, expect, it } from 'vitest';
import { createBot } from '../../../src/bot/bot.js';
import type { Route } from '../../../src/core/http-types.js';
import type { Message } from '../../../src/core/message.js';
import type { WecomMemo } from '../../../src/channels/wecom/wecom-conversation.js';
import { createWecomRoutes } from '../../../src/channels/wecom/wecom-routes.js';
import { createMemoryStore } from '../../../src/infra/memory-store.js';
import { silentLogger } from '../../../src/lib/logger.js';
import type { Reply } from '../../../src/core/reply.js';
import { SAMPLE_KEYS, wecomClient } from '../../support/wecom-client.js';

const NOW = 1_700_000_000_000;

async function setup() {
  const bot = await createBot({ logger: silentLogger });
  const replies: Reply[] = [];
  const calls: Message[] = [];
  const routes = createWecomRoutes({
    config: { token: SAMPLE_KEYS.token, encodingAesKey: SAMPLE_KEYS.encodingAesKey, corpId: SAMPLE_KEYS.receiveId },
    // A pass-through spy: the adapter sees the real bot; the test also sees the structured reply.
    handleTurn: async (message) => {
      calls.push(message);
      const reply = await bot.handleTurn(message);
      replies.push(reply);
      return reply;
    },
    dedupe: createMemoryStore<WecomMemo>({ maxEntries: 1000, ttlSeconds: 600 }),
    logger: silentLogger,
    now: () => NOW,
  });
  const found = routes.find((route) => route.method === 'POST');
  if (found === undefined) throw new Error('no POST route');
  const post: Route = found;
  const wecom = wecomClient(SAMPLE_KEYS, () => NOW);
  let msgId = 8_000_000_000_000_000_000n;
  let messages = 0;

  /** Sends one text twice (a retry) and returns what the user sees, checking both deliveries agree. */
  async function say(user: string, text: string): Promise<string> {
    messages++;
    const request = wecom.textRequest(user, text, String(msgId++));
    const first = wecom.openXmlReply(await post.handle(request, {}));
    const retry = wecom.openXmlReply(await post.handle(request, {}));
    expect(retry.content).toBe(first.content);
    expect(Buffer.byteLength(first.content, 'utf8')).toBeLessThanOrEqual(2048);
    return first.content;
  }
  return { say, replies, calls, wecom, post, sent: () => messages };
}

describe('WeCom end to end with the real bot', () => {
  it('greets with the menu on subscribe', async () => {
    const { wecom, post, calls } = await setup();
    const reply = wecom.openXmlReply(await post.handle(wecom.eventRequest('owner1', 'subscribe', String(NOW / 1000)), {}));
    expect(reply.content.length).toBeGreaterThan(0);
    expect(calls).toHaveLength(1);
  });

  it('answers a rent question told in one message with the amount and a phone, once per message', async () => {
    const { say, calls } = await setup();
    const content = await say('owner2', '我们是西城区注册的小微企业，租的区属国企的门面做生意，一直坚持营业，没有裁员，月租2万，3、4月房租能免吗？');
    expect(calls).toHaveLength(1);
    expect(content).toMatch(/4万|40,000|40000/);
    expect(content).toMatch(/\d{8}/);
  });

  it('walks a rent dialog to its outcome, answering choices by number', async () => {
    const { say, replies, calls, sent } = await setup();
    let content = await say('owner3', '房租能减免吗？');
    for (let turn = 0; turn < 12 && (replies.at(-1)?.results.length ?? 0) === 0; turn++) {
      const last = replies.at(-1);
      const answer = last?.awaiting === 'monthlyRent' ? '2万'
        : (last?.options.length ?? 0) > 0 ? '1'
          : '是';
      content = await say('owner3', answer);
    }
    expect(replies.at(-1)?.results.length).toBeGreaterThan(0);
    expect(content).toMatch(/\d{8}/);
    // The operator card is the longest text the bot sends: still within 2048 bytes, phone included.
    expect(await say('owner3', '复制版')).toMatch(/\d{8}/);
    // Every message reached the bot exactly once, though each was delivered twice.
    expect(calls).toHaveLength(sent());
  });
});
