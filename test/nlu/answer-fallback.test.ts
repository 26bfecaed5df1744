import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { answerExamplesFile, createAnswerFallback, guessAnswer, parseAnswerExamples } from '../../src/nlu/answer-fallback.js';
import { normalizeText } from '../../src/nlu/normalize-text.js';
import { fallbackCases } from './answer-fallback-cases.js';

describe('the answer fallback on held-out answers it was never trained on', () => {
  const read = fallbackCases.map((c) => ({ ...c, got: guessAnswer(c.fact, c.text)?.value }));

  it('is seldom wrong: at least 95% of what it reads is the choice meant', () => {
    const taken = read.filter((r) => r.got !== undefined);
    const right = taken.filter((r) => r.got === r.value);
    expect(right.length / taken.length).toBeGreaterThanOrEqual(0.95);
  });

  it('still reads a good share of them (at least a third), so the owner is not asked three times', () => {
    const answers = read.filter((r) => r.value !== null);
    expect(answers.filter((r) => r.got === r.value).length / answers.length).toBeGreaterThanOrEqual(1 / 3);
  });

  it('reads nothing from gibberish, "不知道", "not sure" or a question: the question is asked again', () => {
    expect(read.filter((r) => r.value === null && r.got !== undefined)).toEqual([]);
  });

  it('is judged on lines the examples file does not hold', () => {
    const trained = new Set(parseAnswerExamples(readFileSync(answerExamplesFile, 'utf8')).map((e) => normalizeText(e.text)));
    expect(fallbackCases.filter((c) => trained.has(normalizeText(c.text)))).toEqual([]);
  });
});

describe('negation is never crossed', () => {
  it('"没停过" and "we did not shut" are open, never a closure', () => {
    expect(guessAnswer('operatingStatus', '我们没停过')?.value).toBe('open');
    expect(guessAnswer('operatingStatus', 'we never shut the shop')?.value ?? 'open').toBe('open');
  });

  it('a negated reply is compared only with negated lines, so "not closed" cannot read as a closure', () => {
    const fallback = createAnswerFallback([
      { fact: 'operatingStatus', value: 'closedPerRules', text: 'closed by the rules' },
      { fact: 'operatingStatus', value: 'closedPerRules', text: 'the rules closed us' },
      { fact: 'operatingStatus', value: 'open', text: 'open every day' },
    ]);
    expect(fallback.guess('operatingStatus', 'the rules closed us')?.value).toBe('closedPerRules');
    expect(fallback.guess('operatingStatus', 'the rules never closed us')).toBeUndefined();
  });

  it('a bare "不是" or "no" is no choice of a three-way question', () => {
    for (const text of ['不是', 'no', '没有', '不知道', 'not sure']) expect(guessAnswer('operatingStatus', text)).toBeUndefined();
  });
});

describe('the examples file', () => {
  it('names only enum facts and their values', () => {
    expect(() => parseAnswerExamples('operatingStatus:\n  shut: { zh: [关了], en: [] }\n')).toThrow(/operatingStatus\.shut: expected one of open/);
    expect(() => parseAnswerExamples('monthlyRent:\n  high: { zh: [很贵], en: [] }\n')).toThrow(/not an enum fact/);
  });
});
