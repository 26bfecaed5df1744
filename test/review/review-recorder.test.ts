/**
 * The recorder through the real bot, against both stores: a real SQLite file and a real redis-server.
 * What a user (and a privacy officer) would notice: the misses land in the inbox with their text masked,
 * a result carries an answer id that looks it up, days are counted, old records go, capture off keeps no text.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBot, type Bot } from '../../src/bot/bot.js';
import { cpSync, writeFileSync } from 'node:fs';
import { lookUpAnswer } from '../../src/review/answer-lookup.js';
import { defaultPolicyFiles, policyVersion } from '../../src/review/policy-version.js';
import { createReviewRecorder } from '../../src/review/review-recorder.js';
import { createRedisReviewStore } from '../../src/review/redis-review-store.js';
import type { ReviewStore } from '../../src/review/review-store.js';
import { openSqliteReviewStore } from '../../src/review/sqlite-review-store.js';
import { createWriteBehindReviewStore } from '../../src/review/write-behind-review-store.js';
import { describeWithRedis, useRedisServer } from '../support/redis-server.js';

const PHONE = '13812345678';
const ID_CARD = '110101199003071234';
const RENT = ['区属国企的门面，月租2万，3、4月房租能免吗', '是', '小型企业', '坚持营业', '没有裁员'];

async function talk(bot: Bot, userId: string, lines: readonly string[]) {
  let reply = await bot.handleTurn({ channel: 'api', userId, text: lines[0] ?? '' });
  for (const line of lines.slice(1)) reply = await bot.handleTurn({ channel: 'api', userId, text: line });
  return reply;
}

/** The contract both stores must meet; `everything` dumps all the store holds, bytes as text. */
function recorderContract(open: (now?: () => number) => Promise<ReviewStore>, everything: () => Promise<string>): void {
  it('a message the bot cannot answer goes into the inbox, with the phone and ID numbers masked everywhere', async () => {
    const store = await open();
    const bot = await createBot({ review: createReviewRecorder({ store }) });
    const reply = await bot.handleTurn({ channel: 'api', userId: 'owner-1', text: `我的电话${PHONE}，身份证${ID_CARD}，帮我查查个人公积金缴存记录` });
    expect(reply.intent).toBe('out_of_scope');
    const entries = await store.listEntries();
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ channel: 'api', intent: 'out_of_scope', shortfalls: ['out_of_scope'], lang: 'zh' });
    expect(entries[0]?.text).toBe('我的电话〔电话〕，身份证〔身份证号〕，帮我查查个人公积金缴存记录');
    expect(entries[0]?.user).not.toContain('owner-1');
    expect(entries[0]?.reply).toBe(reply.text.split('\n')[0]);
    const all = await everything();
    expect(all).not.toContain(PHONE);
    expect(all).not.toContain(ID_CARD);
    expect(all).not.toContain('owner-1');
    await store.close();
  });

  it('a result carries an answer id, printed on the card, that finds the facts, outcome and clause', async () => {
    const store = await open();
    const bot = await createBot({ review: createReviewRecorder({ store }) });
    const reply = await talk(bot, 'owner-2', RENT);
    expect(reply.results[0]?.amount).toBe('40000.00');
    expect(reply.answerId).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    expect(reply.card?.split('\n').at(-1)).toBe(`答复编号：${reply.answerId}`);
    const card = await bot.handleTurn({ channel: 'api', userId: 'owner-2', text: '/card' });
    expect(card.answerId).toBe(reply.answerId);
    expect(card.text).toContain(`答复编号：${reply.answerId}`);
    const record = await store.getAnswer(reply.answerId ?? '');
    expect(record).toMatchObject({ facts: { landlordType: 'districtSoe', monthlyRent: '20000', enterpriseSize: 'small' }, dialog: 'rent-tenant' });
    expect(record?.outcomes[0]).toMatchObject({ rule: 'rent-waiver', measure: 1, eligible: true, amount: '40000.00' });
    expect(record?.clauses['1']).toContain('区属国有企业');
    expect(record?.policy.version).toMatch(/^[0-9a-f]{12}$/);
    expect(record?.text).toBe('没有裁员');
    const days = await store.days('2000-01-01');
    expect(days).toHaveLength(1);
    expect(days[0]?.turns).toBe(6);
    expect(days[0]?.outcomes.answered).toBe(2);
    expect(days[0]?.topics['rent-tenant']).toBe(6);
    await store.close();
  });

  it('an answer id looked up after the policy data changed says which file changed and what the same facts give today', async () => {
    const policyDir = mkdtempSync(join(tmpdir(), 'policy-'));
    const files = { notice: join(policyDir, 'notice.yaml'), parameters: join(policyDir, 'parameters.yaml'), rulesDir: join(policyDir, 'rules') };
    cpSync(defaultPolicyFiles.notice, files.notice);
    cpSync(defaultPolicyFiles.rulesDir, files.rulesDir, { recursive: true });
    const store = await open();
    const bot = await createBot({ review: createReviewRecorder({ store, policy: policyVersion(files) }) });
    const reply = await talk(bot, 'owner-8', RENT);
    const id = reply.answerId ?? '';
    expect((await lookUpAnswer(store, id, policyVersion(files)))?.changed).toEqual([]);
    // Staff correct a contact's phone in the notice after the answer was given.
    writeFileSync(files.notice, readFileSync(files.notice, 'utf8').replace('66112569', '66112570'));
    const found = await lookUpAnswer(store, id, policyVersion(files));
    expect(found?.changed).toEqual(['notice.yaml']);
    expect(found?.recomputed).toEqual([expect.objectContaining({ rule: 'rent-waiver', same: true, today: expect.objectContaining({ amount: '40000.00', eligible: true }) })]);
    rmSync(policyDir, { recursive: true, force: true });
    await store.close();
  });

  it('REVIEW_CAPTURE=off: no inbox entry and no message text, but the answer and the counts are kept', async () => {
    const store = await open();
    const bot = await createBot({ review: createReviewRecorder({ store, capture: false }) });
    await bot.handleTurn({ channel: 'api', userId: 'owner-3', text: '今天天气怎么样' });
    const reply = await talk(bot, 'owner-4', RENT);
    expect(await store.listEntries()).toEqual([]);
    expect((await store.getAnswer(reply.answerId ?? ''))?.text).toBeNull();
    expect((await store.days('2000-01-01'))[0]?.turns).toBe(6);
    await store.close();
  });

  it('after the retention period the inbox entry is deleted; the answer (no text) lives longer', async () => {
    let clock = Date.parse('2026-03-01T08:00:00Z');
    const store = await open(() => clock);
    const bot = await createBot({ review: createReviewRecorder({ store, now: () => clock, retention: { textDays: 30, answerDays: 365 } }) });
    await bot.handleTurn({ channel: 'api', userId: 'owner-5', text: '今天天气怎么样' });
    const answer = await talk(bot, 'owner-6', RENT);
    expect(await store.listEntries()).toHaveLength(1);
    clock += 31 * 24 * 3600 * 1000;
    await bot.handleTurn({ channel: 'api', userId: 'owner-7', text: '讲个笑话' });
    const left = await store.listEntries();
    expect(left.map((e) => e.text)).toEqual(['讲个笑话']);
    const record = await store.getAnswer(answer.answerId ?? '');
    expect(record?.outcomes[0]?.amount).toBe('40000.00');
    expect(record?.text).toBeNull();
    await store.close();
  });
}

/** Each contract runs on the store itself and behind the write-behind queue, as `serve` and `ask` use it. */
const layouts = [
  { name: 'written at once', wrap: (store: ReviewStore): ReviewStore => store },
  { name: 'behind the write-behind queue', wrap: (store: ReviewStore): ReviewStore => createWriteBehindReviewStore(store) },
];

describe.each(layouts)('review recorder with a real SQLite file, $name', ({ wrap }) => {
  let dir: string;
  let n = 0;
  beforeAll(() => { dir = mkdtempSync(join(tmpdir(), 'review-sqlite-')); });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  let file = '';
  recorderContract(
    async () => {
      n += 1;
      file = join(dir, `t${n}`, 'review.sqlite');
      return wrap(openSqliteReviewStore(file));
    },
    async () => {
      const folder = join(file, '..');
      return readdirSync(folder).map((name) => readFileSync(join(folder, name)).toString('utf8')).join('\n');
    },
  );
});

for (const { name, wrap } of layouts) describeWithRedis(`review recorder with a real redis-server, ${name}`, () => {
  const redis = useRedisServer();
  recorderContract(
    async () => wrap(createRedisReviewStore({ redis: await redis.connect(), retention: { textDays: 30, answerDays: 365 } })),
    async () => {
      const client = await redis.connect();
      const keys = await client.keys('*');
      const parts: string[] = [...keys];
      for (const key of keys) {
        const type = await client.type(key);
        if (type === 'string') parts.push((await client.get(key)) ?? '');
        else if (type === 'hash') parts.push(JSON.stringify(await client.hgetall(key)));
        else if (type === 'zset') parts.push(JSON.stringify(await client.zrange(key, 0, -1)));
      }
      return parts.join('\n');
    },
  );
});
