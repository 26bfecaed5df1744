/**
 * Where the business is registered and pays tax, when the owner names another district: "公司注册在海淀",
 * "执照在大兴，税交在西城", "石景山的个体户", "we're registered in Haidian". （一）–（四） need a business
 * registered AND paying tax in Xicheng, so another district is an answer (not eligible, with the reason),
 * and registered elsewhere but taxed here is for the department to judge. Linear in the text: each clause
 * is scanned with fixed patterns once.
 *
 * A clause that puts the registration or the tax in Xicheng, and no other district anywhere, is 'here'
 * ("工商税务都在西城", "执照在西城"): the synonyms list the set phrases (西城注册), this reads the rest.
 *
 * @example extractRegistration('执照在大兴，税交在西城') // 'split'
 * @example extractRegistration('我们公司注册在海淀') // 'elsewhere'
 * @example extractRegistration('个体工商户，工商税务都在西城') // 'here'
 * @example extractRegistration('registered in Xicheng, but we file our taxes in Chaoyang') // 'split'
 */
import { rhetoricalNegation } from './extract-yes-no.js';

/** Beijing's other districts, and words for outside Beijing. */
export const elsewhereZh = /东城|朝阳|海淀|丰台|石景山|门头沟|房山|通州|顺义|昌平|大兴|怀柔|平谷|密云|延庆|亦庄|外区|外地|外省|河北|天津|别的区|其他区|其它区/;
export const elsewhereEn = /\b(dongcheng|chaoyang|haidian|fengtai|shijingshan|mentougou|fangshan|tongzhou|shunyi|changping|daxing|huairou|pinggu|miyun|yanqing|another district|other district|outside (?:of )?xicheng|outside (?:of )?beijing)\b/i;
/**
 * Somewhere else, no district named: "税在别处", "tax paid elsewhere". Only beside a word of registration or tax is it
 * another district; elsewhere ("饭馆在别处", "the cafe is somewhere else") it places the shop, not the guarantor.
 */
const placeElsewhere = /别处|别的地方|其他地方|其它地方|(?<![a-z])(?:elsewhere|somewhere else)(?![a-z])/i;
/** The words of a licence or of tax themselves (not "店在…", which places a shop). */
const licenceOrTax = /注册|执照|工商|登记|税|regist|(?<![a-z])reg'?d(?![a-z])|licen[cs]e|tax/i;
/**
 * Another place denied: "not in Haidian", "it's not like we're registered in another district", "不在海淀", "没在朝阳注册",
 * "不是外地的". Said of the owner's own business it names no other district: the place denied is no answer. The words
 * between never cross Xicheng or a "but" ("not registered in Xicheng but in Haidian" denies Xicheng, not Haidian).
 */
export const elsewhereDenied = new RegExp(String.raw`(?:(?<![a-z])(?:not|never)|n't)\s+(?:(?!xicheng|but|and|only)[\w']+\s+){0,5}?(?:${elsewhereEn.source.replace(/\b/g, '')})(?![a-z])`
  + String.raw`|(?:不在|没在|不是在?|没有在|并非|从没在|从来没在)(?:北京)?(?:${elsewhereZh.source})`, 'i');
/** Every place denied, to take out of a text (elsewhereDenied, global). */
export const everyElsewhereDenied = new RegExp(elsewhereDenied.source, 'gi');
/** Xicheng, and "XC" as operators write it ("reg'd + taxed XC"). */
const xicheng = /西城|xicheng|(?<![a-z])xc(?![a-z])|(?:registered|taxed|tax|taxes|注册|纳税)\s*(?:(?:is|are|was|all|both)\s+)?(?:here|在这|在这边|在这儿|locally)(?![a-z])/i;

/**
 * The owner saying where they are from: "我是朝阳的呢", "咱们是海淀区的", "I'm from Chaoyang", "we're a Haidian
 * company": of a business, that is where it is registered.
 */
const selfFrom = /(?:我|咱|俺)(?:们|家)?(?:就|也|都)?是(?:北京)?\p{Script=Han}{0,3}(?:区)?的|\b(?:i'?m|i am|we'?re|we are)\s+(?:actually\s+|really\s+)?(?:from|in|out of|(?:a|an)\s+\w+\s+(?:company|firm|business|shop|enterprise))\b/iu;
/** Words that make a place the registration: 注册, 执照, 工商, "X的个体户/公司/企业/店", "registered". */
const registrationCue = /注册|执照|工商|登记|户籍|的个体|的公司|的企业|的小店|的店|(?:公司|企业|店)(?:其实|实际上?|本来|都|也|就)?在|register|(?<![a-z])reg'?d(?![a-z])|licen[cs]e|based in|(?:company|business|firm)(?: is|'s) in/i;
const taxCue = /税|tax/i;
/** Words that put the registration itself in a place: being located there (的店, based in) is not enough for 'here'. */
const strictRegistrationCue = /注册|执照|工商|登记|register|(?<![a-z])reg'?d(?![a-z])|licen[cs]ed?/i;
/** A firm of Xicheng ("西城的公司", "a company in Xicheng"): the owner's own, unless the clause is about the landlord. */
const xichengFirm = /西城(?:区)?的\p{Script=Han}{0,4}(?:企业|公司|个体户|个体工商户|商户)|(?:company|firm|business|enterprise)\s+(?:based\s+)?in\s+(?:the\s+)?xicheng/iu;
/** "租的是西城区的国有企业的房子", "we rent a shop from a state-owned company in Xicheng": said before the firm, it is the landlord. */
const landlordClause = /房东|出租|租的|租了|租用|承租|国企|国有|国资|rent(?:s|ed|ing)?\s+(?:\S+\s+){0,5}from|lease[sd]?\s+(?:\S+\s+){0,5}from|landlord|lessor|owned by|belongs? to|state[- ]owned|\bsoe\b/i;
/** "不是在西城注册的", "not registered in Xicheng": a negation in the clause says nothing is here. */
const negated = /不是|不在|没有?在|没注册|并非|\b(not|isn't|aren't|wasn't|never)\b/i;

/** Clauses: punctuation, "but" / 但是 / 不过, and a space between Chinese words (owners type spaces as commas). */
const clauseBreak = /[，,。.;；！!？?\n]|\bbut\b|但是?|不过|(?<=\p{Script=Han})\s+(?=\p{Script=Han})/u;

export type Registration = 'elsewhere' | 'split' | 'here' | null;

/** "we pay tax here", "税在这边交", "本区纳税": the bot is Xicheng's, so "here" is Xicheng when the tax is named. */
const hereWord = /(?<![a-z])(?:here|locally|in this district|in your district)(?![a-z])|这边|这儿|这里|本区|咱们区|咱区|我们区|你们区|贵区/i;

/** "we don't pay tax here", "税也不在这边交": the tax denied. */
const taxDenied = /不|没|(?<![a-z])(?:don'?t|doesn'?t|do not|does not|no|neither|nor)(?![a-z])/i;

/**
 * The registration denied in Xicheng: "注册不在西城", "不在西城注册", "没在西城注册的", "not registered in Xicheng". It is
 * registered elsewhere, which with the tax paid here is the split ("注册不在西城 但税在西城交").
 */
const registeredNotHere = /注册(?:地|地址)?(?:不在|没在|不是)西城|(?:不在|没在|不是在|没有在)西城(?:区)?注册|(?<![a-z])(?:not|isn'?t|aren'?t) registered in xicheng/i;

/** The tax office's own registration (税务登记) names where tax is paid, not where the business is registered. */
const taxRegistration = /税务登记|tax registration/gi;

export function extractRegistration(text: string): Registration {
  return readRegistration(text).where;
}

/**
 * Like extractRegistration, and for a split which way round it is: taxedHere when registered elsewhere and taxed in
 * Xicheng, false when registered in Xicheng and taxed elsewhere ("执照在西城 税在别处").
 */
export function readRegistration(text: string): { where: Registration; taxedHere: boolean } {
  let elsewhere = false;
  let taxedHere = false;
  let taxedElsewhere = false;
  let registeredHere = false;
  let registeredHereStrictly = false;
  let strictlyHere = false;
  for (const said of text.split(clauseBreak)) {
    const clause = said.replace(taxRegistration, '税').replace(everyElsewhereDenied, ' ');
    const other = elsewhereZh.test(clause) || elsewhereEn.test(clause) || (placeElsewhere.test(clause) && licenceOrTax.test(clause));
    const here = xicheng.test(clause);
    const registers = registrationCue.test(clause) || selfFrom.test(clause);
    const taxes = taxCue.test(clause);
    if (other && registers && !(here && /在西城|in xicheng/i.test(clause) && !/注册在(?!西城)|registered in (?!xicheng)/i.test(clause))) elsewhere = true;
    if ((here || hereWord.test(clause)) && taxes && !other && !negated.test(clause) && !taxDenied.test(clause)) taxedHere = true;
    // "税在东城交", "we file our taxes in Chaoyang": the tax named elsewhere, with no registration in the clause.
    if (other && taxes && !here && !registers && !negated.test(clause)) taxedElsewhere = true;
    // "哪家不是在西城注册的": a rhetorical "who isn't?" says everyone is.
    const deniedHere = registeredNotHere.test(clause) && !rhetoricalNegation.test(clause);
    if (!other && !taxes && deniedHere) elsewhere = true;
    if (here && registers && !other && !taxes && !deniedHere) registeredHere = true;
    // "公司在东城 门店在西城": the shop standing in Xicheng says nothing against the company registered elsewhere.
    if (here && strictRegistrationCue.test(clause) && !other && !taxes && !deniedHere) registeredHereStrictly = true;
    // The landlord named before the firm, or the firm itself state-owned: the firm is the landlord.
    const firm = xichengFirm.exec(clause);
    const located = firm !== null && !landlordClause.test(clause.slice(0, firm.index + firm[0].length));
    if (here && !other && (taxes || strictRegistrationCue.test(clause) || located) && !negated.test(clause)) strictlyHere = true;
  }
  // Registered here and taxed elsewhere is split like the other way round; taxed elsewhere alone fails 注册纳税 in Xicheng.
  if (!elsewhere && taxedElsewhere) return { where: registeredHere || strictlyHere ? 'split' : 'elsewhere', taxedHere: false };
  if (!elsewhere) return { where: strictlyHere ? 'here' : null, taxedHere };
  if (registeredHereStrictly) return { where: null, taxedHere };
  return { where: taxedHere ? 'split' : 'elsewhere', taxedHere };
}
