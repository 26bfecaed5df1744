/**
 * The conditions （一） sets for SME tenants, which （三） and （四） apply by reference
 * ("参照中小微企业房租减免政策执行", "符合本条规定享受房租减免的中小微企业相关条件要求").
 */
import type { Condition } from '../outcome.js';
import { factIs, type Check } from './rule-kit.js';

export const registeredInXicheng: Check = factIs('registeredInXicheng', [true], {
  met: { zh: '在西城区注册纳税', en: 'registered and paying tax in Xicheng' },
  failed: { zh: '（一）要求在西城区注册纳税', en: 'Item 1 requires registration and tax payment in Xicheng' },
});

export const smeOrIndividual: Check = factIs('enterpriseSize', ['medium', 'small', 'micro', 'individual'], {
  met: { zh: '属于中小微企业或个体工商户', en: 'a small, medium or micro enterprise, or a sole trader' },
  failed: { zh: '（一）只适用于中小微企业和个体工商户，大型企业不在范围内', en: 'Item 1 covers SMEs and sole traders only, not large enterprises' },
});

export const openOrClosedPerRules: Check = factIs('operatingStatus', ['open', 'closedPerRules'], {
  met: { zh: '按政府要求坚持营业或依照防疫规定关闭停业', en: 'stayed open as required, or closed under the epidemic rules' },
  failed: {
    zh: '（一）要求按照政府要求坚持营业或依照防疫规定关闭停业，其他原因停业不符合',
    en: 'Item 1 requires staying open as required or closing under the epidemic rules; closing for other reasons does not qualify',
  },
});

export const noOrFewLayoffs: Check = factIs('layoffs', ['none', 'few'], {
  met: { zh: '不裁员、少裁员', en: 'no or few layoffs' },
  failed: { zh: '（一）要求不裁员、少裁员', en: 'Item 1 requires no or few layoffs' },
});

/** What only the department can judge for an SME tenant: listed on the outcome, never asked. */
export const smeConfirmBy: Condition[] = [
  { zh: '符合首都城市战略定位', en: "fits the capital's strategic positioning" },
  { zh: '不在疏解整治范围内', en: 'not within the relocation and rectification scope' },
  { zh: '合法规范经营', en: 'operating lawfully and properly' },
  { zh: '受疫情影响经营困难', en: 'in difficulty because of the epidemic' },
];
