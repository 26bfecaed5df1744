/**
 * （十三） Job-stabilisation training subsidy and temporary-post subsidy.
 *
 * > 对科技创新、城市运行保障、生活性服务业等重点行业，且2-4月生产经营收入同比下降80%（含）以上的中小微企业，
 * > 按要求组织员工开展相关培训的，给予稳岗培训补贴和临时性岗位补贴。
 *
 * The industry list ends in "等": another industry is for the department to confirm, not a plain no.
 * The notice sets no amount.
 */
import { param } from '../parameters.js';
import type { Facts } from '../facts.js';
import { Decimal, formatPercent, percentToFraction, yuan } from '../money.js';
import type { Condition } from '../outcome.js';
import { buildOutcome, contactsFor, factIs, factNeeded, periods, runChecks, type Check, type Rule } from './rule-kit.js';

const threshold = param('jobRevenueDropThreshold');
const thresholdText = formatPercent(threshold);
const keyIndustries = ['techInnovation', 'cityOperation', 'lifeService', 'catering', 'convenienceStore', 'beautySalon', 'housekeeping'] as const;

/** The drop the two revenues give, or null when they cannot give one (a zero 2019 base has no percentage). */
function dropFromRevenues(facts: Facts): Decimal | null {
  if (facts.revenueBefore === undefined || facts.revenueAfter === undefined) return null;
  const before = yuan(facts.revenueBefore);
  return before.isZero() ? null : before.minus(yuan(facts.revenueAfter)).div(before);
}

/**
 * The stated and the computed drop differ by more than one percentage point: the owner is asked which
 * is right. A tolerance for rounding, not a figure of the notice (so not in parameters.yaml).
 */

/**
 * Whether a stated drop and the revenues given disagree ("降了90%" beside "100万到50万").
 * @example dropsDisagree({ revenueBefore: '1000000', revenueAfter: '500000', revenueDropPercent: '90' }) // true
 */
export function dropsDisagree(facts: Facts, tolerancePoints = '1'): boolean {
  const computed = dropFromRevenues(facts);
  return computed !== null && facts.revenueDropPercent !== undefined
    && computed.minus(percentToFraction(facts.revenueDropPercent)).abs().gt(percentToFraction(tolerancePoints));
}

/**
 * The Feb–Apr revenue drop as a fraction: from revenueBefore/revenueAfter when they give one, else
 * revenueDropPercent; null when neither can be used or the two disagree. A zero 2019 base is "cannot
 * compute", never a pass.
 */
export function revenueDrop(facts: Facts): Decimal | null {
  if (dropsDisagree(facts)) return null;
  const computed = dropFromRevenues(facts);
  if (computed) return computed;
  return facts.revenueDropPercent === undefined ? null : percentToFraction(facts.revenueDropPercent);
}

const revenueDown80: Check = {
  facts: ['revenueDropPercent'],
  test: (facts) => revenueDrop(facts)?.gte(threshold) ?? null,
  met: { zh: `2-4月生产经营收入同比下降${thresholdText}（含）以上`, en: `February–April revenue down ${thresholdText} or more year on year` },
  failed: { zh: `（十三）要求2-4月收入同比下降${thresholdText}（含）以上`, en: `Item 13 requires February–April revenue down at least ${thresholdText} year on year` },
  alternatives: [
    { measure: 1, why: { zh: '房租减免（一）至（四）不看收入降幅', en: 'the rent measures (items 1–4) do not depend on revenue' } },
    { measure: 14, why: { zh: '其他特殊困难可申请协调解决', en: 'other special difficulties can be raised for coordination' } },
  ],
};

const checks: Check[] = [
  factIs('enterpriseSize', ['medium', 'small', 'micro', 'individual'], {
    met: { zh: '属于中小微企业', en: 'a small, medium or micro enterprise' },
    failed: { zh: '（十三）只适用于中小微企业', en: 'Item 13 covers SMEs only' },
  }),
  factNeeded('industry'),
  revenueDown80,
  factIs('organizesTraining', [true], {
    met: { zh: '按要求组织员工开展相关培训', en: 'organising staff training as required' },
    failed: { zh: '（十三）要求按要求组织员工开展相关培训', en: 'Item 13 requires organising staff training as required' },
  }),
];

function industryConfirmation(facts: Facts): Condition[] {
  if (facts.industry === undefined || (keyIndustries as readonly string[]).includes(facts.industry)) return [];
  return [{
    zh: '是否属于重点行业：条款列举科技创新、城市运行保障、生活性服务业"等"，其他行业由部门确认',
    en: 'whether the industry counts as a key industry: the clause lists tech innovation, city operations and everyday services "and the like", so others are for the department to confirm',
  }];
}

export const jobSubsidy: Rule = {
  id: 'job-subsidy',
  measure: 13,
  title: { zh: '稳岗培训补贴和临时性岗位补贴', en: 'Job-stabilisation training and temporary-post subsidies' },
  facts: ['enterpriseSize', 'industry', 'revenueDropPercent', 'organizesTraining'],
  evaluate(facts) {
    const summary = runChecks(checks, facts);
    if (revenueDrop(facts) === null && summary.eligible === true) {
      // The drop is stated but cannot be used (zero base, or two figures that disagree): undecided, and asked.
      summary.eligible = null;
      summary.missing.push('revenueDropPercent');
    }
    const drop = revenueDrop(facts);
    const dropMet = revenueDown80.met ? summary.met.indexOf(revenueDown80.met) : -1;
    if (drop && facts.revenueBefore !== undefined && dropMet >= 0) {
      summary.met[dropMet] = {
        zh: `2-4月收入同比下降 ${formatPercent(drop.toDecimalPlaces(6))}（≥ ${thresholdText}）`,
        en: `February–April revenue down ${formatPercent(drop.toDecimalPlaces(6))} (≥ ${thresholdText})`,
      };
    }
    return buildOutcome({
      rule: jobSubsidy,
      summary,
      amount: null,
      amountNote: {
        zh: '通知未规定补贴金额。稳岗培训补贴问区人力社保局职业能力建设科，临时性岗位补贴问区人力社保局劳动服务管理中心',
        en: 'The notice sets no amount. Ask the district Human Resources and Social Security Bureau: 职业能力建设科 for the training subsidy, 劳动服务管理中心 for the temporary-post subsidy',
      },
      confirmBy: [
        ...(dropsDisagree(facts) ? [{ zh: '所说的收入降幅与收入数字算出的降幅不一致，请确认哪个准确', en: 'the stated revenue drop and the one the revenue figures give disagree: which is right?' }] : []),
        ...industryConfirmation(facts),
        // （一） names 中小微企业 and 个体工商户 side by side; （十三） names only 中小微企业.
        ...(facts.enterpriseSize === 'individual'
          ? [{ zh: '个体工商户是否按中小微企业对待，由区人力社保局确认', en: 'whether a sole trader counts as an SME is for the Human Resources and Social Security Bureau to confirm' }]
          : []),
        { zh: '符合社会保险资金支持的其他要求', en: 'the other requirements of the social-insurance fund' },
      ],
      period: periods.revenueFebApr,
      contacts: contactsFor(
        13,
        { unit: '区人力社保局' },
        ...(facts.industry === 'techInnovation' ? [{ unit: '区科技和信息化局' }] : []),
        ...(facts.industry !== undefined && (keyIndustries as readonly string[]).slice(2).includes(facts.industry) ? [{ unit: '区商务局' }] : []),
      ),
    });
  },
};
