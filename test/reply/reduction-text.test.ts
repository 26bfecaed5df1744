import { describe, expect, test } from 'vitest';
import { extractEntities } from '../../src/nlu/entities.js';
import { readReduction } from '../../src/nlu/read-reduction.js';
import { reductionSentence } from '../../src/reply/reduction-text.js';

/** The sentence the reply says back for a landlord's answer, read as the dialog reads it. */
function saidBack(text: string, lang: 'zh' | 'en'): string {
  const reading = readReduction(text, extractEntities(text));
  if (!reading?.how) throw new Error(`no arithmetic for ${text}`);
  return reductionSentence(reading.how, reading.value, lang);
}

describe('a reduction read with arithmetic is said back as that arithmetic, so the owner can correct it', () => {
  test('each tenant listed: the parts added up, a group times its tenants', () => {
    expect(saidBack('A家减了两万，B家一万五，剩下三家每家八千', 'zh')).toBe('按 20,000 元 + 15,000 元 + 8,000 元 × 3 户 = 59,000 元计算减免总额。');
  });

  test('a part by the month times the months', () => {
    expect(saidBack('each of the 4 shops got 3k a month off for both months, plus 10k for the restaurant', 'en'))
      .toBe('Taking 3,000 yuan × 4 tenants × 2 months + 10,000 yuan = 34,000 yuan as the rent reduced.');
  });

  test('units let one by one at the price of one', () => {
    expect(saidBack('40 desks at 2,000 a month, waived March and April', 'en')).toBe('Taking 2,000 yuan × 40 tenants × 2 months = 160,000 yuan as the rent reduced.');
  });
});

describe('round 12: a third is shown as the fraction said', () => {
  test('"× 1/3" rather than a rounded percentage', () => {
    expect(saidBack('月租3万 减了三分之一 减了两个月', 'zh')).toBe('按 30,000 元 × 1/3 × 2 个月 = 20,000 元计算减免总额。');
    expect(saidBack('we knocked a third off the rent for both months, rent is 30,000 a month', 'en'))
      .toBe('Taking 30,000 yuan × 1/3 × 2 months = 20,000 yuan as the rent reduced.');
  });
});
