import { describe, expect, it } from 'vitest';
import { loadDialogs, promptFor } from '../../src/dialog/dialog-schema.js';
import { factsFromMessage } from '../../src/dialog/fill-facts.js';
import { extractEntities } from '../../src/nlu/entities.js';
import type { FactName, Facts } from '../../src/policy/facts.js';

// Owners who hedge and correct themselves in one message: the value taken back is the slip, the one after the
// marker the answer ("两万，哦不对，两万二"); a no of the opposite is a yes ("没有不培训的"). Round 9, hedge9.
const dialogs = loadDialogs();

function answer(dialogId: string, awaiting: FactName, text: string): Facts {
  const dialog = dialogs.byId.get(dialogId);
  return factsFromMessage(text, extractEntities(text), awaiting, dialog, {}, promptFor(dialogs, dialog, awaiting)).facts;
}

type Row = [dialog: string, awaiting: FactName, text: string, expected: Facts];

function table(rows: Row[]): void {
  it.each(rows)('%s, asked %s: %s', (dialog, awaiting, text, expected) => {
    const facts = answer(dialog, awaiting, text);
    for (const [fact, value] of Object.entries(expected)) expect(facts[fact as FactName], fact).toEqual(value);
  });
}

describe('a figure taken back in the same message: the later one is the answer', () => {
  table([
    ['rent-tenant', 'monthlyRent', '两万，哦不对，两万二', { monthlyRent: '22000' }],
    ['rent-tenant', 'monthlyRent', '一万二，不是，一万三，上次续租涨了', { monthlyRent: '13000' }],
    ['rent-tenant', 'monthlyRent', '3万2，说错了，2万3', { monthlyRent: '23000' }],
    ['rent-tenant', 'monthlyRent', '20k, sorry, 22k', { monthlyRent: '22000' }],
    ['rent-tenant', 'monthlyRent', '32k - my mistake, 23k', { monthlyRent: '23000' }],
    ['rent-landlord', 'rentReduction', '三家租户都减了两个月，我算算，8万，哦不对，一共是12万', { rentReduction: '120000' }],
    ['rent-landlord', 'rentReduction', '80k, no wait, 90k', { rentReduction: '90000' }],
    ['rent-landlord', 'rentReduction', '200k, I mean 250k', { rentReduction: '250000' }],
    ['guarantee-borrower', 'guaranteedAmount', '两百万，不对，两百五十万', { guaranteedAmount: '2500000' }],
    ['guarantee-borrower', 'guaranteedAmount', '1.5 million, sorry, 1.8 million', { guaranteedAmount: '1800000' }],
    ['guarantee-borrower', 'originalFeeRate', '2%，哦不，2.5%', { originalFeeRate: '2.5' }],
    ['guarantee-borrower', 'originalFeeRate', '2%, oops, 2.5%', { originalFeeRate: '2.5' }],
    ['job-subsidy', 'revenueDropPercent', '降了七成，不对，是八成五', { revenueDropPercent: '85' }],
    ['job-subsidy', 'revenueDropPercent', '70%, actually no, 85%', { revenueDropPercent: '85' }],
    // A month named after the marker takes back that month's figure only.
    ['rent-tenant', 'monthlyRent', '3月一万五，4月一万六，不对4月也是一万五', { rentMarch: '15000', rentApril: '15000' }],
    // The owner thinks aloud, then settles: 来着 recalls, it rounds nothing.
    ['rent-tenant', 'monthlyRent', '一万六还是一万七来着 一万七 对一万七', { monthlyRent: '17000' }],
  ]);
});

describe('a figure kept: no marker, another month, or no settling', () => {
  table([
    ['rent-tenant', 'monthlyRent', '3月2万，4月好像是1万8，对，1万8', { rentMarch: '20000', rentApril: '18000' }],
    ['rent-tenant', 'monthlyRent', '两万，不是两万二', { monthlyRent: '20000' }],
    ['rent-tenant', 'monthlyRent', 'March 20k, actually April 22k', { rentMarch: '20000', rentApril: '22000' }],
  ]);
});

describe('a choice taken back: the words after the marker answer, not the explanation after them', () => {
  table([
    ['rent-tenant', 'landlordType', '区属国企，哦不对，是央企的，我记混了', { landlordType: 'centralSoe' }],
    ['rent-tenant', 'landlordType', "district SOE, no wait, it's a central SOE, Sinopec owns the building", { landlordType: 'centralSoe' }],
    ['rent-tenant', 'premisesUse', '办公，不对不对，是门店，楼上才是办公', { premisesUse: 'business' }],
    ['rent-tenant', 'premisesUse', "office - sorry, I mean it's a shop, the office is upstairs", { premisesUse: 'business' }],
    ['rent-chain-store', 'chainBranch', '加盟的，不对，我们是分公司直营，加盟是另一家店', { chainBranch: true }],
    ['rent-chain-store', 'chainBranch', "franchise, no sorry, we're a company-run branch", { chainBranch: true }],
    ['rent-tenant', 'enterpriseSize', '小型，不对，我们算中型，一百二十人', { enterpriseSize: 'medium' }],
    // A plain no that opens the message takes nothing back; "no one made us" is no marker.
    ['rent-chain-store', 'chainBranch', '不是，我们是加盟的', { chainBranch: false }],
    ['rent-tenant', 'operatingStatus', 'we shut because there were no tourists, no one made us', { operatingStatus: 'closedOther' }],
  ]);
});

describe('a no of the opposite is a yes', () => {
  table([
    ['job-subsidy', 'organizesTraining', '没有不培训的，每个月都组织', { organizesTraining: true }],
    ['rent-tenant', 'registeredInXicheng', '没有不在西城的，注册纳税都在西城', { registeredInXicheng: true }],
    ['rent-tenant', 'registeredInXicheng', "we're not registered anywhere else, it's all Xicheng", { registeredInXicheng: true }],
    ['rent-tenant', 'registeredInXicheng', 'nowhere else, just Xicheng', { registeredInXicheng: true }],
    ['job-subsidy', 'organizesTraining', '没有，没组织过', { organizesTraining: false }],
    ['rent-school', 'approvedByEducationCommission', '不是不审批，教委批过的，有办学许可证', { approvedByEducationCommission: true }],
    // The no is said of the other answer: "not on time" is the delay, "not head office" the store paying.
    ['rent-school', 'openingDelayed', '不是按时开的，推到六月了', { openingDelayed: true }],
    ['rent-chain-store', 'paysRent', 'not head office, the store pays', { paysRent: true }],
    ['rent-chain-store', 'paysRent', '不是总部付，我们店自己掏', { paysRent: true }],
    ['rent-school', 'openingDelayed', '不是，按时开的', { openingDelayed: false }],
  ]);
});
