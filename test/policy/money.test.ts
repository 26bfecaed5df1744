import { describe, expect, it } from 'vitest';
import { formatPercent, formatYuan, percentToFraction, toFen, yuan } from '../../src/policy/money.js';

describe('money', () => {
  it.each([
    ['1.005', '1.01'],
    ['1.004', '1.00'],
    ['0.125', '0.13'],
    ['3333.335', '3333.34'],
    ['20000', '20000.00'],
  ])('rounds %s yuan half-up to the fen as %s', (input, expected) => {
    expect(toFen(yuan(input))).toBe(expected);
  });

  it('computes 0.1 + 0.2 exactly, unlike floating point', () => {
    expect(toFen(yuan('0.1').plus(yuan('0.2')))).toBe('0.30');
    expect(yuan('0.1').plus(yuan('0.2')).eq(yuan('0.3'))).toBe(true);
  });

  it.each([
    ['40000', '40,000'],
    ['1234567.5', '1,234,567.50'],
    ['999.999', '1,000'],
    ['0', '0'],
  ])('formats %s yuan as %s', (input, expected) => {
    expect(formatYuan(input)).toBe(expected);
  });

  it('turns percentage strings into fractions and back', () => {
    expect(percentToFraction('80').toString()).toBe('0.8');
    expect(formatPercent(percentToFraction('1.5'))).toBe('1.5%');
  });
});
