/**
 * Where the business is registered and pays tax, when the owner names another district: "公司注册在海淀",
 * "执照在大兴，税交在西城", "石景山的个体户", "we're registered in Haidian". （一）–（四） need a business
 * registered AND paying tax in Xicheng, so another district is an answer (not eligible, with the reason),
 * and registered elsewhere but taxed here is for the department to judge. Linear in the text: each clause
 * is scanned with fixed patterns once.
 *
 * @example extractRegistration('执照在大兴，税交在西城') // 'split'
 * @example extractRegistration('我们公司注册在海淀') // 'elsewhere'
 */

/** Beijing's other districts, and words for outside Beijing. */
export const elsewhereZh = /东城|朝阳|海淀|丰台|石景山|门头沟|房山|通州|顺义|昌平|大兴|怀柔|平谷|密云|延庆|亦庄|外区|外地|外省|河北|天津/;
export const elsewhereEn = /\b(dongcheng|chaoyang|haidian|fengtai|shijingshan|mentougou|fangshan|tongzhou|shunyi|changping|daxing|huairou|pinggu|miyun|yanqing|another district|other district|outside xicheng|outside beijing)\b/i;
const xicheng = /西城|xicheng/i;

/** Words that make a place the registration: 注册, 执照, 工商, "X的个体户/公司/企业/店", "registered". */
const registrationCue = /注册|执照|工商|登记|户籍|的个体|的公司|的企业|的小店|的店|公司在|企业在|店在|registered|registration|licen[cs]e|based in|company is in|business is in/i;
const taxCue = /税|tax/i;

/** Clauses: punctuation, "but" / 但是 / 不过, and a space between Chinese words (owners type spaces as commas). */
const clauseBreak = /[，,。.;；！!？?\n]|\bbut\b|但是?|不过|(?<=\p{Script=Han})\s+(?=\p{Script=Han})/u;

export type Registration = 'elsewhere' | 'split' | null;

export function extractRegistration(text: string): Registration {
  let elsewhere = false;
  let taxedHere = false;
  let registeredHere = false;
  for (const clause of text.split(clauseBreak)) {
    const other = elsewhereZh.test(clause) || elsewhereEn.test(clause);
    const here = xicheng.test(clause);
    const registers = registrationCue.test(clause);
    const taxes = taxCue.test(clause);
    if (other && registers && !(here && /在西城|in xicheng/i.test(clause) && !/注册在(?!西城)|registered in (?!xicheng)/i.test(clause))) elsewhere = true;
    if (here && taxes && !other) taxedHere = true;
    if (here && registers && !other && !taxes) registeredHere = true;
  }
  if (!elsewhere || registeredHere) return null;
  return taxedHere ? 'split' : 'elsewhere';
}
