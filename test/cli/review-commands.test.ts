/**
 * The staff commands as staff use them at a terminal, on a real SQLite file in DATA_DIR: `ask` and
 * `chat` record into the inbox, `review` groups it, `review export --csv`, `review assign ... --dismiss`,
 * `stats`, and `answer <id>` (also for an answer given on older policy data).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { openSqliteReviewStore } from '../../src/review/sqlite-review-store.js';
import { captureIo } from '../support/cli-io.js';

let dir: string;
let env: NodeJS.ProcessEnv;

async function cli(argv: string[], input = '') {
  const { io, out, err } = captureIo(input, env);
  const code = await main(argv, io);
  return { code, stdout: out(), stderr: err() };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'review-cli-'));
  env = { DATA_DIR: dir };
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('relief-bot review, stats and answer', () => {
  let answerId = '';

  it('ask and chat record the misses; review groups similar wording, largest first, with examples and counts', async () => {
    expect((await cli(['ask'], '帮我查一下个人公积金缴存记录\n我想查个人公积金缴存记录 电话13912345678\n讲个笑话\n')).code).toBe(0);
    const chat = await cli(['chat', '--json'], ['区属国企的门面，月租2万，3、4月房租能免吗', '是', '小型企业', '坚持营业', '没有裁员'].join('\n'));
    const last = JSON.parse(chat.stdout.trim().split('\n').at(-1) ?? '{}') as { answerId?: string; card?: string };
    answerId = last.answerId ?? '';
    expect(answerId).toMatch(/^\w{4}-\w{4}-\w{4}$/);
    expect(last.card).toContain(`答复编号：${answerId}`);

    const listed = await cli(['review', '--json']);
    expect(listed.code).toBe(0);
    const groups = JSON.parse(listed.stdout) as Array<{ id: string; count: number; examples: Array<{ text: string; channel: string }> }>;
    expect(groups[0]?.count).toBe(2);
    expect(groups[0]?.examples.map((e) => e.text).sort()).toEqual(['帮我查一下个人公积金缴存记录', '我想查个人公积金缴存记录 电话〔电话〕']);
    expect(groups[0]?.examples[0]?.channel).toBe('cli');
    expect(groups[1]).toMatchObject({ count: 1, examples: [{ text: '讲个笑话' }] });
    expect(listed.stdout).not.toContain('13912345678');

    const text = await cli(['review']);
    expect(text.stdout).toContain(`${groups[0]?.id}  ×2`);
    expect(text.stdout).toContain('「帮我查一下个人公积金缴存记录」');
  });

  it('export --csv gives one row per message with its group, quoted where needed', async () => {
    const csv = await cli(['review', 'export', '--csv']);
    const rows = csv.stdout.trim().split('\r\n');
    expect(rows[0]).toBe('group,groupCount,time,channel,user,lang,intent,confidence,dialog,pending,shortfalls,text,reply');
    expect(rows).toHaveLength(4);
    expect(rows[1]).toMatch(/^g[0-9a-f]{8},2,\d{4}-\d\d-\d\dT[^,]+,cli,[0-9a-f]{12},zh,out_of_scope,/);
  });

  it('assign --dismiss takes the group out of the inbox; a wrong group id or option gets one clear line', async () => {
    const groups = JSON.parse((await cli(['review', '--json'])).stdout) as Array<{ id: string; count: number }>;
    const dismissed = await cli(['review', 'assign', groups[1]?.id ?? '', '--dismiss']);
    expect(dismissed.stdout).toContain('已从收件箱移除 1 条');
    const after = JSON.parse((await cli(['review', '--json'])).stdout) as Array<{ id: string }>;
    expect(after.map((g) => g.id)).toEqual([groups[0]?.id]);
    expect(await cli(['review', 'assign', 'g00000000', '--dismiss'])).toMatchObject({ code: 1, stderr: expect.stringContaining('no group g00000000') });
    expect(await cli(['review', 'assign', groups[0]?.id ?? '', '--intent', 'x', '--dismiss'])).toMatchObject({ code: 2, stderr: expect.stringContaining('exactly one of') });
    expect(await cli(['review', 'assign', groups[0]?.id ?? '', '--fact', 'industry=pizza', '--synonym', '披萨店'])).toMatchObject({ code: 2, stderr: expect.stringContaining('industry takes one of') });
  });

  it('stats counts every turn per day and lists the unanswered groups', async () => {
    const stats = await cli(['stats', '--json', '--days', '3']);
    const parsed = JSON.parse(stats.stdout) as { days: Array<{ turns: number }>; turns: number; shares: { answered: number }; topics: Array<{ topic: string; turns: number }>; unanswered: Array<{ count: number }> };
    expect(parsed.days).toHaveLength(3);
    expect(parsed.turns).toBe(8);
    expect(parsed.shares.answered).toBeCloseTo(1 / 8, 3);
    expect(parsed.topics.slice(0, 2)).toEqual([{ topic: 'rent-tenant', turns: 5 }, { topic: 'out_of_scope', turns: 3 }]);
    expect(parsed.unanswered[0]?.count).toBe(2);
    expect((await cli(['stats'])).stdout).toMatch(/共 8 轮对话；已答复 12\.5%/);
    expect((await cli(['stats', '--days', 'x'])).code).toBe(2);
  });

  it('answer <id> shows the facts, verdict, arithmetic and clause, and that the policy data is unchanged', async () => {
    const shown = await cli(['answer', answerId.toLowerCase().replace(/-/g, '')]);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain(`答复编号：${answerId}`);
    expect(shown.stdout).toContain('房东：区属国企');
    expect(shown.stdout).toContain('金额：40,000 元');
    expect(shown.stdout).toContain('20,000 元 × 2 个月');
    expect(shown.stdout).toContain('条款原文（一）');
    expect(shown.stdout).toContain('政策数据自答复以来未变更');
    expect(await cli(['answer', 'XXXX-XXXX-XXXX'])).toMatchObject({ code: 1, stderr: expect.stringContaining('no answer XXXX-XXXX-XXXX') });
    expect((await cli(['answer', 'nonsense'])).code).toBe(2);
  });

  it('an answer given on older policy data: answer says what changed and what the same facts give today', async () => {
    const store = openSqliteReviewStore(join(dir, 'review.sqlite'));
    const record = await store.getAnswer(answerId);
    if (!record) throw new Error('answer not recorded');
    // The same owner's answer, as if given before the rules and the notice were edited and with another amount.
    const older = {
      ...record, id: 'ABCD-EFGH-JKMN', text: null,
      policy: { version: '0123456789ab', notice: 'aaaaaaaaaaaa', parameters: record.policy.parameters, rules: 'bbbbbbbbbbbb' },
      outcomes: record.outcomes.map((o) => ({ ...o, amount: '30000.00' })),
    };
    await store.saveAnswer(older);
    await store.close();
    const shown = await cli(['answer', 'ABCD-EFGH-JKMN']);
    expect(shown.stdout).toMatch(/注意：政策数据已变更（notice\.yaml、src\/policy\/rules；当时 0123456789ab，现在 [0-9a-f]{12}）/);
    expect(shown.stdout).toContain('rent-waiver：当时 符合，30,000 元 → 现在 符合，40,000 元（结论不同）');
    const json = JSON.parse((await cli(['answer', 'ABCD-EFGH-JKMN', '--json'])).stdout) as { changed: string[]; recomputed: Array<{ same: boolean; today: { amount: string } }> };
    expect(json.changed).toEqual(['notice.yaml', 'src/policy/rules']);
    expect(json.recomputed[0]).toMatchObject({ same: false, today: { amount: '40000.00' } });
  });
});
