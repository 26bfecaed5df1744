/**
 * The slowest messages known for the understanding step: each family builds a message of about `chars`
 * characters that once made an extractor re-read the text from many places (quadratic) or build huge
 * numbers. The bench times them; test/nlu/linear-extraction.test.ts counts their steps at two sizes.
 * Timings before → after the linear rewrite, 2,000 characters, extractEntities on this machine under
 * load (best of 5): wanPercent 151 → 1.1 ms, restaurants 83 → 1.5, oneMonth 47 → 0.1, points 31 → ~1.
 *
 * @example
 *   for (const input of worstInputs) understand(input.make(2000));
 */
export interface WorstInput {
  /** A short name for the bench table. */
  name: string;
  /** What it once cost, and why. */
  why: string;
  /** The message at about `chars` characters. */
  make: (chars: number) => string;
}

const times = (unit: string, chars: number): number => Math.max(1, Math.floor(chars / unit.length));

export const worstInputs: readonly WorstInput[] = [
  { name: 'wanPercent', why: 'a numeral run then no %: the percent pattern re-read the run from each character', make: (n) => '万'.repeat(Math.max(1, n - 2)) + 'x%' },
  { name: 'restaurants', why: 'many synonym phrases in one clause: each looked back to the clause start for a negation', make: (n) => '饭馆'.repeat(times('饭馆', n)) },
  { name: 'notOffice', why: 'many English negations before a phrase', make: (n) => 'not '.repeat(times('not ', n - 6)) + 'office' },
  { name: 'oneMonth', why: 'a long run of 一 before 月: the month range pattern had no look-behind', make: (n) => '一'.repeat(Math.max(1, n - 2)) + 'x月' },
  { name: 'digitsMonth', why: 'Chinese digits then 月: unbounded digit runs in a month list', make: (n) => '一二三四五六七八九'.repeat(times('一二三四五六七八九', n - 1)) + '月' },
  { name: 'monthList', why: 'a month list with no 月 at its end: re-scanned from every item', make: (n) => '3、'.repeat(times('3、', n)) },
  { name: 'manyAmounts', why: 'hundreds of amounts: per-amount clause, month and cue reading', make: (n) => '2万，'.repeat(times('2万，', n)) },
  { name: 'yuanSpace', why: 'hundreds of amounts with a currency: the currency look-behind read the whole prefix', make: (n) => '1元 '.repeat(times('1元 ', n)) },
  { name: 'points', why: 'hundreds of decimal numerals: a Decimal built for each', make: (n) => '一点'.repeat(times('一点', n)) },
  { name: 'tenths', why: 'hundreds of 成 percentages: each checked against all found before', make: (n) => '一成'.repeat(times('一成', n)) },
  { name: 'longNumeral', why: 'one numeral of thousands of digits read as one number', make: (n) => '一'.repeat(n) },
  { name: 'revenueCues', why: 'many before/after cues between amounts', make: (n) => '去年1万'.repeat(times('去年1万', n)) },
  { name: 'layoffs', why: 'many layoff counts and headcounts', make: (n) => '走了两个人'.repeat(times('走了两个人', n)) },
  { name: 'years', why: 'many years beside amounts', make: (n) => 'in 2020 '.repeat(times('in 2020 ', n)) },
  { name: 'approximate', why: 'many approximate words before one amount', make: (n) => '大概'.repeat(times('大概', n - 2)) + '2万' },
];
