import { describe, expect, it } from 'vitest';
import type { Outcome } from '../../src/policy/outcome.js';
import type { Reply } from '../../src/core/reply.js';
import { CorpusError, parseCorpusFile, type Conversation } from '../../src/tools/conversation-corpus.js';
import { evaluateConversations, renderConversationMarkdown, renderConversationSummary } from '../../src/tools/conversation-eval.js';
import { checkReply, replayConversation, type ReplayBot } from '../../src/tools/conversation-replay.js';

/**
 * A scripted bot, so these tests pin the runner's semantics and not today's bot: it asks whether the
 * business is registered in Xicheng (only "是" will do, anything else is asked again), then the monthly
 * rent (digits), then answers 2 × rent under rule rent-waiver with the 区国资委 phone. After a result, a
 * message with digits corrects the rent; "担保" is answered as measure 6 and the pending question asked again; "每人"
 * after a result is a follow-up on measure 1 that computes nothing.
 */
function scriptedBot(): ReplayBot & { sent: string[] } {
  const sessions = new Map<string, { registered?: boolean; rent?: number }>();
  const sent: string[] = [];
  const reply = (text: string, awaiting: Reply['awaiting'], measures: number[], results: Outcome[] = []): Reply => ({
    text, lang: /[\u4e00-\u9fff]/.test(text) ? 'zh' : 'en', intent: 'test', confidence: 1, measures, awaiting, options: [], results, contacts: [], card: null,
  });
  const outcome = (rent: number): Outcome => ({
    rule: 'rent-waiver', measure: 1, eligible: true, amount: (rent * 2).toFixed(2), amountNote: null, breakdown: [], reasons: [], met: [],
    missing: [], confirmBy: [], alternatives: [], period: { zh: '2020年3、4月', en: 'March–April 2020' }, contacts: [],
  });
  return {
    sent,
    async handleTurn({ userId, text }) {
      sent.push(text);
      const session = sessions.get(userId) ?? {};
      const isNew = !sessions.has(userId);
      sessions.set(userId, session);
      const digits = /\d+/.exec(text)?.[0];
      const ask = (): Reply => session.registered !== true
        ? reply('在西城注册纳税吗？', 'registeredInXicheng', [1])
        : reply('每月房租多少？', 'monthlyRent', [1]);
      if (text.includes('担保')) {
        return session.rent === undefined ? reply(`（六）担保费减半，电话83926742。\n${ask().text}`, ask().awaiting, [6]) : reply('（六）担保费减半', null, [6]);
      }
      if (text.includes('每人') && session.rent !== undefined) return reply('通知没有规定每人的标准，问区国资委 66112569', null, [1]);
      if (isNew) return ask();
      if (session.registered !== true) {
        if (text.includes('是')) session.registered = true;
        return ask();
      }
      if (digits === undefined) return session.rent === undefined ? ask() : reply('不客气', null, []);
      session.rent = Number(digits);
      return reply(`3、4月房租全免，共 ${session.rent * 2} 元。区国资委 66112569`, null, [1], [outcome(session.rent)]);
    },
  };
}

function conversation(yaml: string): Conversation {
  const [parsed] = parseCorpusFile(yaml, 'inline.zh.yaml');
  if (!parsed) throw new Error('no conversation');
  return parsed;
}

const owner = `
- id: t-1
  lang: zh
  dialog: rent-tenant
  opening: "区里国企的门面 房租能免吗"
  answers:
    registeredInXicheng: "是的 都在西城"
    monthlyRent: "20000"
`;

describe('replaying a conversation', () => {
  it('answers whatever the bot asks in the owner\'s words and passes when the last reply matches (amounts as decimals)', async () => {
    const result = await replayConversation(scriptedBot(), conversation(`${owner}  expect: { measure: 1, eligible: true, amount: "40000", phone: "66112569", says: ["全免"], notSays: ["不客气"] }\n`), 'u1');
    expect(result.failures).toEqual([]);
    expect(result.passed).toBe(true);
    expect(result.turns.map((t) => [t.owner, t.why, t.awaiting])).toEqual([
      ['区里国企的门面 房租能免吗', 'opening', 'registeredInXicheng'],
      ['是的 都在西城', 'answer registeredInXicheng', 'monthlyRent'],
      ['20000', 'answer monthlyRent', null],
    ]);
  });

  it('fails on a wrong amount, a missing phone and an unwanted phrase, naming each', async () => {
    const result = await replayConversation(scriptedBot(), conversation(`${owner}  expect: { measure: 1, amount: "44000", phone: "83926742", notSays: ["全免"] }\n`), 'u1');
    expect(result.passed).toBe(false);
    expect(result.failures).toEqual([
      'amount: expected "44000", got "40000.00" (measure 1)',
      'phone: 83926742 not in the reply',
      'notSays: "全免" is in the reply',
    ]);
  });

  it('reads "amount: null" / "eligible: null" on a measure no rule computes as "states no amount, the department decides", but still wants an outcome where a rule computes one', () => {
    const infoReply: Reply = {
      text: '（七）政府采购', lang: 'zh', intent: 'procurement', confidence: 1, measures: [7], awaiting: null, options: [], results: [], contacts: [], card: null,
    };
    expect(checkReply({ measure: 7, amount: null }, infoReply)).toEqual([]);
    expect(checkReply({ measure: 7, eligible: null, amount: null }, infoReply)).toEqual([]);
    expect(checkReply({ measure: 1, amount: null }, { ...infoReply, measures: [1] })).toEqual(['result: expected an outcome of measure 1, got no result']);
    expect(checkReply({ measure: 7, eligible: true }, infoReply)).toEqual(['result: expected an outcome of measure 7, got no result']);
    // A look-up of whom to call computes nothing, whatever the measure.
    expect(checkReply({ measure: 1, eligible: null, amount: null }, { ...infoReply, measures: [1] }, [], true)).toEqual([]);
  });

  it('reads the result a follow-up on the same measure leaves standing, but not across a reply on no measure', async () => {
    const followUp = `${owner}  steps:\n    - when: result\n      user: "那每人给多少"\n  expect: { measure: 1, eligible: true, amount: "40000", phone: "66112569" }\n`;
    expect((await replayConversation(scriptedBot(), conversation(followUp), 'u1')).failures).toEqual([]);
    const offTopic = followUp.replace('那每人给多少', '好的');
    expect((await replayConversation(scriptedBot(), conversation(offTopic), 'u1')).failures).toEqual([
      'measure: expected 1, got []', 'result: expected an outcome of measure 1, got no result', 'phone: 66112569 not in the reply',
    ]);
  });

  it('fails when the bot asks a fact this owner has no answer for, and stops there', async () => {
    const yaml = owner.replace('    monthlyRent: "20000"\n', '');
    const bot = scriptedBot();
    const result = await replayConversation(bot, conversation(`${yaml}  expect: { measure: 1 }\n`), 'u1');
    expect(result.failures).toEqual(['asked monthlyRent, which this owner was never going to be asked']);
    expect(bot.sent).toHaveLength(2);
  });

  it('fails a stuck loop: the same fact asked three times in a row', async () => {
    const yaml = owner.replace('"是的 都在西城"', '"嗯嗯 对的"');
    const result = await replayConversation(scriptedBot(), conversation(`${yaml}  expect: { measure: 1 }\n`), 'u1');
    expect(result.failures).toEqual(['stuck on registeredInXicheng: asked 3 times in a row']);
    expect(result.turns).toHaveLength(3);
  });

  it('does not count a question asked again after an aside as stuck: only unread answers count', async () => {
    const steps = `  steps:
    - when: registeredInXicheng
      user: "顺便问下 担保费呢"
    - when: registeredInXicheng
      user: "还有担保的事"
  expect: { measure: 1, amount: "40000" }
`;
    const result = await replayConversation(scriptedBot(), conversation(`${owner}${steps}`), 'u1');
    expect(result.failures).toEqual([]);
    expect(result.turns.map((turn) => turn.awaiting)).toEqual(['registeredInXicheng', 'registeredInXicheng', 'registeredInXicheng', 'monthlyRent', null]);
  });

  it('sends a `when: result` step once the bot has answered, checks its own expect, and checks the final reply after it', async () => {
    const steps = `  steps:
    - when: result
      user: "不对 房租是30000"
      expect: { amount: "60000", measure: 1 }
  expect: { measure: 1, amount: "60000.00" }
`;
    const result = await replayConversation(scriptedBot(), conversation(`${owner}${steps}`), 'u1');
    expect(result.failures).toEqual([]);
    expect(result.turns.at(-1)).toMatchObject({ owner: '不对 房租是30000', why: 'step 1 (when: result)' });
  });

  it('sends a `when: <fact>` step instead of the answer, and its answers override the owner\'s from then on', async () => {
    const steps = `  steps:
    - when: monthlyRent
      user: "顺便问下 贷款担保费有优惠吗"
      answers: { monthlyRent: "一个月 15000" }
      expect: { measure: 6, phone: "83926742" }
  expect: { measure: 1, amount: "30000" }
`;
    const result = await replayConversation(scriptedBot(), conversation(`${owner}${steps}`), 'u1');
    expect(result.failures).toEqual([]);
    expect(result.turns.map((t) => t.why)).toEqual(['opening', 'answer registeredInXicheng', 'step 1 (when: monthlyRent)', 'answer monthlyRent']);
  });

  it('fails a step whose expect does not hold, and a step whose moment never comes', async () => {
    const wrongStep = `  steps:
    - when: any
      user: "担保费呢"
      expect: { measure: 5 }
    - when: layoffs
      user: "没裁员"
  expect: { measure: 1 }
`;
    const result = await replayConversation(scriptedBot(), conversation(`${owner}${wrongStep}`), 'u1');
    expect(result.failures).toEqual([
      'step 1: measure: expected 5, got [6]',
      'step 2 (when: layoffs) never sent: the bot stopped asking before its moment came',
    ]);
  });

  it('fails a final reply in the other language', async () => {
    const en: Conversation = { ...conversation(`${owner}  expect: { measure: 1 }\n`), lang: 'en' };
    const result = await replayConversation(scriptedBot(), en, 'u1');
    expect(result.failures).toEqual(['lang: expected en, got zh']);
  });
});

describe('the corpus format', () => {
  it('rejects an unknown fact, a language that does not match the file, and a verdict without its measure', () => {
    expect(() => parseCorpusFile(owner.replace('monthlyRent', 'rent'), 'a.zh.yaml')).toThrow(/unknown fact "rent"/);
    expect(() => parseCorpusFile(`${owner}  expect: { measure: 1 }\n`, 'a.en.yaml')).toThrow(CorpusError);
    expect(() => parseCorpusFile(`${owner}  expect: { eligible: true }\n`, 'a.zh.yaml')).toThrow(/name its measure or rule/);
  });
});

describe('the report', () => {
  it('counts per set, language and dialog, lists dev failures with their turns and keeps held-out failures out', async () => {
    const pass = conversation(`${owner}  expect: { measure: 1, amount: "40000" }\n`);
    const fail = { ...conversation(`${owner.replace('t-1', 't-2')}  expect: { measure: 1, amount: "1" }\n`), dialog: 'rent-school' };
    const corpus = { dev: [pass, fail], heldout: [{ ...pass, id: 'h-1' }, { ...fail, id: 'h-2' }] };
    const report = await evaluateConversations(scriptedBot(), corpus);
    const [dev, heldout] = report.sets;
    expect(dev).toMatchObject({ set: 'dev', passed: 1, total: 2, share: 0.5, byLang: { zh: { passed: 1, total: 2 }, en: { total: 0 } } });
    expect(dev?.byDialog.map((d) => [d.dialog, d.passed, d.total])).toEqual([['rent-school', 0, 1], ['rent-tenant', 1, 1]]);
    expect(dev?.failures?.map((f) => f.id)).toEqual(['t-2']);
    expect(heldout).toMatchObject({ set: 'heldout', passed: 1, total: 2, failures: null });
    const markdown = renderConversationMarkdown(report);
    expect(markdown).toContain('| dev | 50.0% (1/2) | 50.0% (1/2) | – (0/0) |');
    expect(markdown).toContain('### t-2 (inline.zh.yaml)');
    expect(markdown).toContain('owner (answer monthlyRent): 20000');
    expect(markdown).not.toContain('h-2');
    expect(renderConversationSummary(report)).toContain('whole conversations, heldout: 50.0% (1/2)');
    const shown = await evaluateConversations(scriptedBot(), corpus, { sets: ['heldout'], showHeldout: true });
    expect(shown.sets.map((s) => s.failures?.map((f) => f.id))).toEqual([['h-2']]);
  });

  it('counts an opening on topic only when the first reply is already on the expected measure', async () => {
    const onTopic = conversation(`${owner}  expect: { measure: 1 }\n`);
    // The scripted bot answers every opening about rent (measure 1): an owner expecting measure 6 was taken off topic.
    const offTopic = conversation(`${owner.replace('t-1', 't-3')}  expect: { measure: 6 }\n`);
    const noMeasure = conversation(`${owner.replace('t-1', 't-4')}  expect: { phone: "66112569" }\n`);
    const report = await evaluateConversations(scriptedBot(), { dev: [onTopic, offTopic, noMeasure], heldout: [] }, { sets: ['dev'] });
    expect(report.sets[0]?.opening).toMatchObject({ passed: 1, total: 2, byLang: { zh: { passed: 1, total: 2 }, en: { total: 0 } } });
    expect(renderConversationSummary(report)).toContain('openings on topic 50.0% (1/2)');
    expect(renderConversationMarkdown(report)).toContain('| 50.0% (1/2) / 50.0% / – |');
  });

  it('does not judge the opening of a conversation that goes through several measures against the last one', async () => {
    // Rent first (a step checks measure 1), then the guarantee fee: the opening was about rent, not measure 6.
    const twoMeasures = conversation(`${owner}  steps:
    - when: result
      user: "不对 房租是30000"
      expect: { measure: 1 }
    - when: result
      user: "那担保费呢"
  expect: { measure: 6 }
`);
    const result = await replayConversation(scriptedBot(), twoMeasures, 'u-two');
    expect(result.openingOnTopic).toBeNull();
    const oneMeasure = await replayConversation(scriptedBot(), conversation(`${owner}  expect: { measure: 6 }\n`), 'u-one');
    expect(oneMeasure.openingOnTopic).toBe(false);
  });
});
