/**
 * After the answer, a question put as "if …" that changes no fact ("那房东要是给我减了 房东那边有啥好处没有？") asks
 * something new (the landlord's 30% subsidy), not a correction: no "which fact is wrong?" list, and the landlord-benefit
 * answer with the office of the landlord subsidy. A "what if" with a new figure still corrects.
 */
import { expect, test } from 'vitest';
import { run } from './engine-driver.js';

const tenantNo: Array<[string, string?]> = [
  ['我们房东是个民营的公司 不是国企 这种情况3 4月房租能减吗', 'rent_tenant'],
  ['民营企业，私人老板开的公司'],
];

test.each([
  '那房东要是给我减了 房东那边有啥好处没有？我好去跟他说',
  '如果房东给我们减了，他那边能得到什么吗？',
])('"%s" is the landlord-benefit question', (text) => {
  const { actions } = run([...tenantNo, [text, 'rent_landlord']]);
  expect(actions.some((a) => a.type === 'whichWrong')).toBe(false);
  const answer = actions.find((a) => a.type === 'directAnswer');
  expect(answer && answer.type === 'directAnswer' ? answer.id : null).toBe('landlord-benefit');
  expect(JSON.stringify(answer)).toContain('83926742');
});

test('a "what if" with a new figure still recomputes', () => {
  const { session } = run([
    ['我的饭馆租区属国企门面 房租能免吗', 'rent_tenant'], ['门面'], ['西城注册纳税'], ['小微'], ['一直营业'], ['没裁员'], ['2万'],
    ['要是房租是3万呢'],
  ]);
  expect(session.facts.monthlyRent).toBe('30000');
});
