/**
 * Mid-dialog, a value of this dialog's own said with a wish ("我就想知道大概能给多少钱 德外那个店一个月房租九千") answers
 * this dialog, though its 房租 makes the classifier hear the tenant's measure: the rent is kept and the question pending
 * asked again. Another measure named by its own words ("btw the guarantee fee? 1m loan") still leaves it.
 */
import { expect, test } from 'vitest';
import { run } from './engine-driver.js';

const opening: [string, string] = ['我们家政公司在西城开了几个分公司门店 这个房租补贴咋算', 'rent_chain_store'];

test.each([
  '我就想知道大概能给多少钱 德外那个店一个月房租九千',
  '你先说大概能补多少吧 月租九千',
])('"%s" keeps the chain-store dialog and its rent', (text) => {
  const { session } = run([opening, [text, 'rent_tenant']]);
  expect(session.dialog).toBe('rent-chain-store');
  expect(session.facts.monthlyRent).toBe('9000');
});

test('another measure named by its words still starts that measure', () => {
  const { session } = run([opening, ['顺便问下贷款担保费能减半吗 贷款100万', 'guarantee_borrower']]);
  expect(session.dialog).not.toBe('rent-tenant');
});
