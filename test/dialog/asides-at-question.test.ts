/**
 * Issue 11 §2, §6, §1, §3: a question asked while the bot waits for a fact is answered and the question put again —
 * its words are never the value; a question about the landlord's side after a tenant's answer is a new question; a
 * tenant's own fact answers "tenant or landlord?".
 */
import { describe, expect, test } from 'vitest';
import { dialogs, now, run } from './engine-driver.js';
import { step } from '../../src/dialog/engine.js';
import { newSession, type Session } from '../../src/dialog/session.js';
import { createBot } from '../../src/bot/bot.js';
import { createUnderstander } from '../../src/nlu/understand.js';
import { testIntentModel } from '../nlu/intent-model-fixture.js';
import { comparesWithOthers } from '../../src/nlu/asked-not-told.js';

// Through the real classifier too: it reads "再担保费也减半吗" as the borrower's question, with "减半" a rate of 50%.
const understand = createUnderstander(testIntentModel());

const guaranteeAtRate: Array<[string, string?]> = [
  ['我们小公司贷款走的担保 担保费能减半？', 'guarantee_borrower'], ['小微'], ['是 西城区的政府担保公司'], ['300万'],
];

function outcomeAmount(actions: ReturnType<typeof run>['actions']): string | null | undefined {
  const result = actions.find((a) => a.type === 'result');
  return result?.type === 'result' ? result.outcomes[0]?.amount : undefined;
}

describe('a question at the fee rate question is no fee rate', () => {
  test('"再担保费也减半吗" gets the notice\'s answer, the rate is asked again, and 2% then gives 30,000 (not 750,000)', () => {
    const asked = step(run(guaranteeAtRate).session, understand('再担保费也减半吗'), { dialogs, now });
    expect(asked.session.awaiting).toBe('originalFeeRate');
    expect(asked.session.facts.originalFeeRate).toBeUndefined();
    expect(asked.actions.some((a) => a.type === 'directAnswer')).toBe(true);
    expect(asked.actions.some((a) => a.type === 'result')).toBe(false);
    expect(outcomeAmount(run([['原来2%']], asked.session).actions)).toBe('30000.00');
  });

  test('the whole chat: "再担保费也减半吗" at the rate, then "原来2%": 3,000,000 × 2% ÷ 2 = 30,000 元, never 750,000', async () => {
    const bot = await createBot();
    const say = (text: string) => bot.handleTurn({ channel: 'cli', userId: 'aside12', text });
    for (const text of ['我们小公司疫情那年贷款走的担保 担保费能减半？', '是 西城区的政府担保公司', '300万']) await say(text);
    const aside = await say('再担保费也减半吗');
    expect(aside.awaiting).toBe('originalFeeRate');
    expect(aside.text).not.toContain('750,000');
    expect((await say('原来2%')).text).toContain('30,000');
  });

  test('"利息也减半吗" (no answer of its own in the notice) takes no rate: the rate question is asked again', () => {
    const { session, actions } = run([...guaranteeAtRate, ['利息也减半吗']]);
    expect(session.awaiting).toBe('originalFeeRate');
    expect(session.facts.originalFeeRate).toBeUndefined();
    expect(actions.at(-1)).toMatchObject({ type: 'ask', fact: 'originalFeeRate' });
  });
});

describe('a comparison with other businesses asks; the kind compared with is no fact of the owner', () => {
  // An approved school in district SOE premises, asked whether its opening was delayed.
  const asked = (): Session => ({
    ...newSession('en', now), dialog: 'rent-school', awaiting: 'openingDelayed',
    facts: { industry: 'educationTraining', approvedByEducationCommission: true, landlordType: 'districtSoe' },
  });

  test('"is this the same deal as normal shops get, or different?" at the delayed-opening question keeps it asked', () => {
    const { session, actions } = run([['is this the same deal as normal shops get, or different?']], asked());
    expect(session.awaiting).toBe('openingDelayed');
    expect(session.facts.premisesUse).toBeUndefined();
    expect(actions.some((a) => a.type === 'info' && a.measure === 3)).toBe(true);
  });

  test('"这个跟普通商户的待遇一样吗？" is answered with the measure and the question stands', () => {
    const { session, actions } = run([['这个跟普通商户的待遇一样吗？']], asked());
    expect(session.awaiting).toBe('openingDelayed');
    expect(actions.some((a) => a.type === 'result')).toBe(false);
  });
});

test('after a tenant\'s answer, "那房东要是给我减了 房东那边有啥好处没有？" is answered (30% for the landlord), not a correction', () => {
  const { actions } = run([
    ['我们房东是个民营的公司 不是国企 这种情况3 4月房租能减吗', 'rent_tenant'], ['民营企业，私人老板开的公司'],
    ['那房东要是给我减了 房东那边有啥好处没有？我好去跟他说', 'rent_landlord'],
  ]);
  expect(actions.some((a) => a.type === 'whichWrong')).toBe(false);
  expect(actions.find((a) => a.type === 'directAnswer')).toMatchObject({ id: 'landlord-benefit', measure: 1 });
});

test.each([
  ['我们是办公用的，不是门店', 'office'],
  ["sorry, actually it's our office, not a shop. we don't sell anything there", 'office'],
])('"tenant or landlord?" answered by the use of the premises (%s): the tenant\'s dialog, with that use', (reply, use) => {
  const { session } = run([['房东是区属国企，减租的事怎么弄', 'rent_tenant'], [reply, 'resume_work']]);
  expect(session.dialog).toBe('rent-tenant');
  expect(session.facts.premisesUse).toBe(use);
});

describe('comparesWithOthers', () => {
  test.each([
    ['is this the same deal as normal shops get, or different?', true], ['跟普通商户一样吗？', true],
    ['延期开学了。跟普通商户一样吗？', false], ['the same', false],
  ])('comparesWithOthers(%s) = %s', (text, expected) => {
    expect(comparesWithOthers(text)).toBe(expected);
  });
});
