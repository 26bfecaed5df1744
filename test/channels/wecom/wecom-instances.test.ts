// Two bot instances behind one load balancer, sharing one real Redis: WeCom's copies of a message
// (retries, or a slow first delivery) split across them still run one turn and give one answer.
import { setTimeout as sleep } from 'node:timers/promises';
import { expect, it } from 'vitest';
import type { Message } from '../../../src/core/message.js';
import type { WecomMemo } from '../../../src/channels/wecom/wecom-conversation.js';
import { createWecomRoutes } from '../../../src/channels/wecom/wecom-routes.js';
import { createRedisClaims } from '../../../src/infra/delivery-claim.js';
import { createRedisStore } from '../../../src/infra/redis-store.js';
import { describeWithRedis, useRedisServer } from '../../support/redis-server.js';
import { fakeReply, recordingLogger, SAMPLE_KEYS, wecomClient } from '../../support/wecom-client.js';

const NOW = 1_700_000_000_000;
const now = (): number => NOW;

describeWithRedis('WeCom on two instances sharing Redis', () => {
  const redis = useRedisServer();

  async function instance(turns: Message[], failFirst = false) {
    const client = await redis.connect();
    const routes = createWecomRoutes({
      config: { token: SAMPLE_KEYS.token, encodingAesKey: SAMPLE_KEYS.encodingAesKey, corpId: SAMPLE_KEYS.receiveId },
      handleTurn: async (message) => {
        turns.push(message);
        if (failFirst && turns.length === 1) throw new Error('the store is down');
        await sleep(150); // a turn that takes a while, so the copies really overlap
        return fakeReply({ text: `答复 ${turns.length}` });
      },
      dedupe: createRedisStore<WecomMemo>({ redis: client, prefix: 'relief:wecom:', ttlSeconds: 600 }),
      claims: createRedisClaims({ redis: client, prefix: 'relief:wecom-claim:' }),
      logger: recordingLogger(),
      now,
    });
    const post = routes.find((route) => route.method === 'POST');
    if (post === undefined) throw new Error('no POST route');
    return post;
  }

  it('20 concurrent copies of one MsgId split across two instances: one turn, and every copy carries the same answer', async () => {
    const turns: Message[] = [];
    const instances = [await instance(turns), await instance(turns)];
    const wecom = wecomClient(SAMPLE_KEYS, now);
    const request = wecom.textRequest('wang', '房租能免吗', '4561255354251345929');
    const responses = await Promise.all(Array.from({ length: 20 }, (_, i) => instances[i % 2]?.handle(request, {})));
    expect(turns).toHaveLength(1);
    expect(responses.map((response) => response?.status)).toEqual(Array(20).fill(200));
    const answers = new Set(responses.map((response) => (response === undefined ? '' : wecom.openXmlReply(response).content)));
    expect([...answers]).toEqual(['答复 1']);
  });

  it('a copy whose first turn failed gives its claim up, so the retry on the other instance answers it', async () => {
    const turns: Message[] = [];
    const [first, second] = [await instance(turns, true), await instance(turns)];
    const wecom = wecomClient(SAMPLE_KEYS, now);
    const request = wecom.textRequest('li', '你好', '1002');
    const failed = await first?.handle(request, {});
    expect(failed && wecom.openXmlReply(failed).content).toMatch(/稍后再发/);
    const retried = await second?.handle(request, {});
    expect(turns).toHaveLength(2);
    expect(retried && wecom.openXmlReply(retried).content).toBe('答复 2');
  });
});
