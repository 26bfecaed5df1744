/**
 * School or shop (src/dialog/handlers/school-or-shop.ts): a shop heard as a school that says it only sells leaves （三）'s
 * dialog for the tenants' （一）, its other facts kept; a school that denies another kind of school stays; a training
 * school found out in （一）'s dialog moves to （三）.
 * And a direct question with "想先算算" beside it (src/dialog/direct-answer.ts): the answer, then the calculation at once.
 */
import { expect, test } from 'vitest';
import { run } from './engine-driver.js';

test.each([
  '不是，我们就是卖琴的门店，不办培训',
  '没有 我们只卖琴不教课',
  '啥审批啊 我们就是个卖乐器的店 不搞培训',
  'no, we are not a school, we just sell pianos',
])('in （三）\'s dialog, "%s" moves to （一） with the landlord kept and the trade no school', (answer) => {
  const { session, actions } = run([['琴行的房租问题。房东是区国资委下面的公司，能不能免三四月的', 'rent_school'], [answer]]);
  expect(session.dialog).toBe('rent-tenant');
  expect(session.facts).toMatchObject({ landlordType: 'districtSoe' });
  expect(['kindergarten', 'educationTraining']).not.toContain(session.facts.industry);
  expect(session.facts.approvedByEducationCommission).toBeUndefined();
  expect(actions).toContainEqual(expect.objectContaining({ type: 'ask', dialog: 'rent-tenant' }));
});

test('a school that denies another kind of school stays in （三）', () => {
  const { session } = run([['英语培训学校，房租减免这块，我们校区在区属国企的楼里', 'rent_school'], ['不是幼儿园，是培训机构，区教委批的']]);
  expect(session.dialog).toBe('rent-school');
  expect(session.facts.industry).toBe('educationTraining');
});

test('in （一）\'s dialog, "其实我们是培训机构" moves to （三） with the landlord kept', () => {
  const { session, actions } = run([['房租减免，房东区属国企', 'rent_tenant'], ['其实我们是少儿美术培训机构']]);
  expect(session.dialog).toBe('rent-school');
  expect(session.facts).toMatchObject({ landlordType: 'districtSoe', industry: 'educationTraining' });
  expect(actions).toContainEqual(expect.objectContaining({ type: 'ask', dialog: 'rent-school' }));
});

test('"没有办学许可" is a no to the approval, not a shop: the school\'s own rule answers', () => {
  const { session } = run([['培训学校房租减免 房东区属国企', 'rent_school'], ['没有办学许可']]);
  expect(session.dialog).toBe('rent-school');
  expect(session.facts.approvedByEducationCommission).toBe(false);
});

test('"有上限吧？想先算算": the direct answer, then the institution\'s first question at once', () => {
  const { session, actions } = run([['担保机构的补贴有上限吧？我们量比较大，想先算算', 'guarantee_institution']]);
  expect(actions[0]).toMatchObject({ type: 'directAnswer', id: 'guarantor-cap' });
  expect(session.dialog).toBe('guarantee-institution');
  expect(session.awaiting).toBe('districtInstitution');
});

test('"怎么算的" asks how it is worked out: the answer and an offer, no questionnaire', () => {
  const { session, actions } = run([['担保机构补贴比例是多少，怎么算的', 'guarantee_institution']]);
  expect(actions[0]).toMatchObject({ type: 'directAnswer' });
  expect(session.awaiting).toBeNull();
  expect(session.offer).toMatchObject({ kind: 'calculate' });
});
