/**
 * （四） Rent subsidy for branch chain stores in four everyday-service industries.
 *
 * > 受疫情影响严重且在本区注册纳税的餐饮、便利店、美容美发、家政4类生活性服务业企业以分公司形式设立的连锁直营门店，
 * > 分公司或门店符合本条规定享受房租减免的中小微企业相关条件要求且承担房租费用的，经行业主管部门认定后，
 * > 给予3、4月份实际房租总额30%的资金补贴。
 */
import type { Facts } from '../facts.js';
import { Decimal, formatPercent } from '../money.js';
import type { Condition } from '../outcome.js';
import { param } from '../parameters.js';
import { buildOutcome, contactsFor, factIs, periods, runChecks, type AmountParts, type Check, type Rule } from './rule-kit.js';
import { rentShareAmount } from './rent-months.js';
import { rentClauseChecks } from './owned-premises.js';
import { rentWaiver, waiverShare } from './rent-waiver.js';
import { noOrFewLayoffs, openOrClosedPerRules, registeredInXicheng } from './sme-conditions.js';

const checks: Check[] = [
  factIs('industry', ['catering', 'convenienceStore', 'beautySalon', 'housekeeping'], {
    met: { zh: '属于餐饮、便利店、美容美发、家政4类生活性服务业', en: 'catering, convenience store, beauty and hairdressing, or housekeeping' },
    failed: { zh: '（四）只适用于餐饮、便利店、美容美发、家政4类企业', en: 'Item 4 covers catering, convenience stores, beauty and hairdressing, and housekeeping only' },
  }),
  factIs('chainBranch', [true], {
    met: { zh: '以分公司形式设立的连锁直营门店', en: 'a chain store set up as a branch office' },
    failed: { zh: '（四）只适用于以分公司形式设立的连锁直营门店', en: 'Item 4 covers chain stores set up as branch offices only' },
    alternatives: [{ measure: 1, why: { zh: '独立经营的中小微企业、个体户按（一）申请房租减免', en: 'independent SMEs and sole traders apply for rent relief under item 1' } }],
  }),
  { ...registeredInXicheng, failed: { zh: '（四）要求在本区注册纳税', en: 'Item 4 requires registration and tax payment in Xicheng' } },
  factIs('paysRent', [true], {
    met: { zh: '分公司或门店承担房租费用', en: 'the branch or store pays the rent' },
    failed: { zh: '（四）要求分公司或门店自己承担房租费用', en: 'Item 4 requires the branch or store to bear the rent itself' },
  }),
  openOrClosedPerRules,
  noOrFewLayoffs,
];

/**
 * "给予3、4月份实际房租总额30%": a branch whose rent （一） waived pays only what was left, so the 30% is
 * of that; after a full waiver nothing was paid and there is nothing to subsidise.
 */
const fullyWaived: Condition = {
  zh: '3、4月房租已按（一）全部免收，实际支付0元，（四）按实际支付的房租补贴，因此没有补贴',
  en: 'item 1 waived March and April rent in full, so no rent was paid, and item 4 pays 30% of rent actually paid',
};

function paidRentShare(facts: Facts): AmountParts & { waivedInFull: boolean } {
  const share = param('chainStoreRentShare');
  // （四） itself requires the branch to meet "本条规定享受房租减免的中小微企业相关条件要求", and a 门店 is business premises:
  // a branch that qualifies here is an SME in shop premises for （一） too, whatever size or use the dialog never asked.
  const asWaiverCase: Facts = { ...facts, enterpriseSize: facts.enterpriseSize ?? 'small', premisesUse: facts.premisesUse ?? 'business' };
  const waived = rentWaiver.evaluate(asWaiverCase).eligible === true ? waiverShare(asWaiverCase) : null;
  if (!waived || waived.isZero()) return { ...rentShareAmount(facts, share), waivedInFull: false };
  // What is left of the whole rent after the waiver: arithmetic, not a rate of the notice.
  const paidShare = Decimal.sub(1, waived);
  if (paidShare.isZero()) return { amount: null, breakdown: [], amountMissing: [], waivedInFull: true };
  const parts = rentShareAmount(facts, paidShare.mul(share));
  const [total, ...months] = parts.breakdown;
  const prefix = { zh: `（一）已减免${formatPercent(waived)}，按实际支付的${formatPercent(paidShare)}计${formatPercent(share)}：`, en: `item 1 waived ${formatPercent(waived)}; ${formatPercent(share)} of the ${formatPercent(paidShare)} actually paid: ` };
  return { ...parts, breakdown: total ? [{ ...total, zh: prefix.zh + total.zh, en: prefix.en + total.en }, ...months] : [], waivedInFull: false };
}

export const chainStoreSubsidy: Rule = {
  id: 'chain-store-subsidy',
  measure: 4,
  title: { zh: '连锁直营门店房租补贴', en: 'Rent subsidy for chain branch stores' },
  facts: ['industry', 'chainBranch', 'registeredInXicheng', 'paysRent', 'operatingStatus', 'layoffs', 'monthlyRent'],
  evaluate(facts) {
    const summary = runChecks(rentClauseChecks(checks, facts), facts);
    const { waivedInFull, ...amount } = paidRentShare(facts);
    if (waivedInFull && summary.eligible !== false) {
      summary.eligible = false;
      summary.reasons.push(fullyWaived);
      summary.missing = [];
    }
    return buildOutcome({
      rule: chainStoreSubsidy,
      summary,
      ...amount,
      confirmBy: [
        { zh: '受疫情影响严重', en: 'severely affected by the epidemic' },
        { zh: '分公司或门店符合中小微企业相关条件', en: 'the branch or store meets the SME conditions' },
        { zh: '经行业主管部门认定；按实际支付的3、4月房租计算', en: 'recognition by the industry authority; computed on rent actually paid for March and April' },
      ],
      period: periods.rent,
      contacts: contactsFor(4, { unit: '区商务局' }),
    });
  },
};
