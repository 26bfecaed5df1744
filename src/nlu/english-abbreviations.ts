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

/**
 * Words as owners mistype them on a phone (a letter dropped, doubled or swapped): "distrct SOE", "goverment
 * company", "bussiness use", "resturant". Only words of our synonyms that are long enough to mistype and that no
 * other English word is spelt like; each form stands for its one word.
 */
const mistypings: Readonly<Record<string, readonly string[]>> = {
  district: ['distict', 'distrct', 'disctrict', 'distric', 'districk', 'dsitrict'],
  government: ['goverment', 'govenment', 'govermnent', 'governmnet', 'govrnment'],
  business: ['bussiness', 'buisness', 'busness', 'bussines', 'busines', 'bizness'],
  registered: ['registred', 'registerd', 'regsitered', 'resgistered'],
  restaurant: ['resturant', 'restaraunt', 'restuarant', 'restaurent', 'resteraunt'],
  kindergarten: ['kindergarden', 'kindergarton', 'kindergardan'],
  convenience: ['convinience', 'convience', 'conveniance', 'convenince'],
  franchise: ['franchize', 'franchaise', 'franchice'],
  enterprise: ['enterprize', 'entreprise', 'enterpise'],
  commission: ['comission', 'commision'],
  incubator: ['incubater', 'incubtor'],
  employees: ['employess', 'employes', 'emploees'],
  landlord: ['landlrod', 'landord', 'lanlord'],
};

/** At most this many mistyped forms of one phrase: one word mistyped at a time. */
const maxMistyped = 12;

/**
 * The phrase with one of its words mistyped, each way that word is mistyped; none for a phrase with no word of the table.
 * @example mistypedForms('district soe') // ['distrct soe', 'distict soe', …]
 */
export function mistypedForms(phrase: string): string[] {
  const words = phrase.split(' ');
  const forms = new Set<string>();
  // Every word mistyped at once, its first way ("distict goverment company"), so the cap never drops it.
  if (words.filter((word) => mistypings[word]).length > 1) forms.add(words.map((word) => mistypings[word]?.[0] ?? word).join(' '));
  for (const [index, word] of words.entries()) {
    for (const typo of mistypings[word] ?? []) forms.add(words.map((w, i) => (i === index ? typo : w)).join(' '));
  }
  return [...forms].slice(0, maxMistyped);
}
