/**
 * Facts in words, for /facts, the hand-off summary and "what changed" lines: the fact's name and its
 * value as the owner would say it (choice labels come from dialogs/_facts.yaml).
 */
import { factKinds, type Facts, type FactName } from '../policy/facts.js';
import { formatYuan } from '../policy/money.js';
import type { DialogSet } from '../dialog/dialog-schema.js';
import type { Lang, ReplyFact } from '../core/reply.js';

const names: Record<FactName, { zh: string; en: string }> = {
  registeredInXicheng: { zh: '在西城注册纳税', en: 'registered in Xicheng' },
  enterpriseSize: { zh: '企业规模', en: 'size' },
  industry: { zh: '行业', en: 'industry' },
  landlordType: { zh: '房东', en: 'landlord' },
  premisesUse: { zh: '房屋用途', en: 'premises used for' },
  operatingStatus: { zh: '疫情期间经营', en: 'during the epidemic' },
  layoffs: { zh: '裁员', en: 'layoffs' },
  monthlyRent: { zh: '月租', en: 'monthly rent' },
  rentMarch: { zh: '3月房租', en: 'March rent' },
  rentApril: { zh: '4月房租', en: 'April rent' },
  chainBranch: { zh: '分公司形式连锁直营门店', en: 'branch chain store' },
  paysRent: { zh: '门店自付房租', en: 'store pays the rent' },
  rentReduction: { zh: '减免租金', en: 'rent reduced' },
  carrierType: { zh: '载体类型', en: 'kind of space' },
  approvedByEducationCommission: { zh: '教委审批认定', en: 'approved by the education commission' },
  openingDelayed: { zh: '延期开学', en: 'opening delayed' },
  guaranteedAmount: { zh: '担保金额', en: 'amount guaranteed' },
  originalFeeRate: { zh: '原担保费率', en: 'original fee rate' },
  comprehensiveFeeRate: { zh: '综合费率', en: 'total fee rate' },
  districtInstitution: { zh: '驻区政府性担保机构', en: 'district government guarantor' },
  revenueDropPercent: { zh: '2-4月收入降幅', en: 'Feb–Apr revenue drop' },
  revenueBefore: { zh: '2019年2-4月收入', en: 'Feb–Apr 2019 revenue' },
  revenueAfter: { zh: '2020年2-4月收入', en: 'Feb–Apr 2020 revenue' },
  organizesTraining: { zh: '组织员工培训', en: 'staff training organised' },
  landlordIsEnterprise: { zh: '房东为企业', en: 'landlord is a company' },
};

/** The fact's name in words. @example factName('monthlyRent', 'zh') // '月租' */
export function factName(fact: FactName, lang: Lang): string {
  return names[fact][lang];
}

/** A fact's value in words. @example factValue(dialogs, 'landlordType', 'districtSoe', 'zh') // '区属国企' */
export function factValue(dialogs: DialogSet, fact: FactName, value: unknown, lang: Lang): string {
  const kind = factKinds[fact];
  if (kind === 'money') return lang === 'zh' ? `${formatYuan(String(value))} 元` : `${formatYuan(String(value))} yuan`;
  if (kind === 'percent') return `${String(value)}%`;
  const choice = dialogs.factPrompts[fact]?.choices?.find((c) => c.value === value);
  if (choice) return choice[lang];
  if (kind === 'boolean') return value ? (lang === 'zh' ? '是' : 'yes') : (lang === 'zh' ? '否' : 'no');
  return String(value);
}

/** "房东：区属国企；月租：20,000 元" — every known fact, in the schema's order. */
export function factsSummary(dialogs: DialogSet, facts: Facts, lang: Lang): string {
  const entries = (Object.keys(names) as FactName[]).filter((fact) => facts[fact] !== undefined);
  return entries.map((fact) => `${factName(fact, lang)}${lang === 'zh' ? '：' : ': '}${factValue(dialogs, fact, facts[fact], lang)}`)
    .join(lang === 'zh' ? '；' : '; ');
}

const factToken = new RegExp(`\\b(${Object.keys(names).join('|')})\\b`, 'g');

/**
 * A text with every fact name in it replaced by the fact's label, so no internal field name reaches a
 * reader (a rule's note "计算金额还需要：guaranteedAmount" is data from the policy layer, which has no labels).
 * @example withFactLabels('the amount needs: guaranteedAmount, originalFeeRate', 'en') // "the amount needs: amount guaranteed, original fee rate"
 */
export function withFactLabels(text: string, lang: Lang): string {
  return text.replace(factToken, (fact) => factName(fact as FactName, lang));
}

/**
 * Every known fact as a chip a console can show and change: label, value in words, the raw value and the
 * other values as `/answer` commands (the command the engine already accepts).
 * @example factChips(dialogs, { monthlyRent: '20000' }, 'zh') // [{ name: 'monthlyRent', label: '月租', text: '20,000 元', value: '20000', options: [] }]
 */
export function factChips(dialogs: DialogSet, facts: Facts, lang: Lang): ReplyFact[] {
  return (Object.keys(names) as FactName[]).filter((fact) => facts[fact] !== undefined).map((fact) => {
    const value = facts[fact];
    const kind = factKinds[fact];
    const choices = dialogs.factPrompts[fact]?.choices ?? [];
    const values: Array<{ label: string; value: string | boolean }> = choices.length > 0
      ? choices.map((c) => ({ label: c[lang], value: c.value }))
      : kind === 'boolean' ? [true, false].map((v) => ({ label: factValue(dialogs, fact, v, lang), value: v })) : [];
    return {
      name: fact,
      label: factName(fact, lang),
      text: factValue(dialogs, fact, value, lang),
      value: String(value),
      options: values.map((v) => ({ label: v.label, value: `/answer ${fact} ${String(v.value)}` })),
    };
  });
}
