/**
 * The short forms hotline operators, accountants and owners typing on a phone use for the words of our
 * English synonyms: "dist SOE", "XC govt guarantor", "mkt regulation bureau", "reg'd in Xicheng". The lists of
 * phrases (intents/entities.yaml, src/policy/units.yaml) are written out in full once; each phrase is also
 * matched in its abbreviated forms, built when the lists load, so no list learns "dist" beside "district".
 * The normaliser cannot expand them instead: it keeps every offset of the owner's text.
 *
 * @example
 *   abbreviatedForms('district soe') // ['dist soe', 'dist. soe']
 */

/** Whole words and the ways they are shortened (lower case, as normalised text has them). */
const shortForms: Readonly<Record<string, readonly string[]>> = {
  district: ['dist', 'dist.'],
  government: ['govt', 'gov', "gov't", 'govt.'],
  department: ['dept', 'dept.'],
  market: ['mkt'],
  management: ['mgmt', 'mgt'],
  registered: ["reg'd", 'regd', 'reg'],
  xicheng: ['xc'],
  business: ['biz'],
  // "ind. biz", "indiv business": operators' log style.
  individual: ['ind.', 'indiv', 'indiv.'],
  education: ['edu'],
  commission: ['comm'],
  company: ['co.'],
  limited: ['ltd'],
  approximately: ['approx'],
};

/** At most this many forms of one phrase: a phrase of three shortened words stays a handful of variants. */
const maxForms = 8;

/**
 * The other spellings of an English phrase with its words shortened: every shortened word at once, then each
 * shortened word alone; none for a phrase with no word of the table. Words are split on spaces.
 */
export function abbreviatedForms(phrase: string): string[] {
  const words = phrase.split(' ');
  const shortenable = words.map((word, index) => ({ index, forms: shortForms[word] ?? [] })).filter((w) => w.forms.length > 0);
  if (shortenable.length === 0) return [];
  const forms = new Set<string>();
  // Every shortened word at once first ("xc dist govt co."), so the cap never drops it.
  if (shortenable.length > 1) {
    for (let choice = 0; choice < 2; choice += 1) {
      forms.add(words.map((word) => shortForms[word]?.[Math.min(choice, (shortForms[word]?.length ?? 1) - 1)] ?? word).join(' '));
    }
  }
  for (const { index, forms: short } of shortenable) {
    for (const form of short) forms.add(words.map((word, i) => (i === index ? form : word)).join(' '));
  }
  forms.delete(phrase);
  return [...forms].slice(0, maxForms);
}

/** The phrases and their abbreviated forms, each once, the phrases first. */
export function withAbbreviations(phrases: readonly string[]): string[] {
  return [...new Set([...phrases, ...phrases.flatMap(abbreviatedForms)])];
}
