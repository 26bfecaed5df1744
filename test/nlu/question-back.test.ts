import { describe, expect, it } from 'vitest';
import { answerAroundMeaningQuestion, answersBesideQuestion } from '../../src/nlu/question-back.js';
import { extractEntities } from '../../src/nlu/entities.js';
import type { FactName } from '../../src/policy/facts.js';

// An owner who asks back ("规模？", "why do you ask?") and answers in the same breath has answered; a question
// with nothing beside it, a long one, or one about which answer fits is a question. Round 9, hedge9.
const beside = (text: string, fact: FactName): boolean => answersBesideQuestion(text, fact, extractEntities(text));

describe('a short question back beside the answer is the answer', () => {
  it.each<[string, FactName]>([
    ['规模？小微啊，就我跟我老婆俩人，个体户', 'enterpriseSize'],
    ['房东是谁？区里的国企呗', 'landlordType'],
    ['一万二，问这个干嘛？', 'monthlyRent'],
    ['why are you asking? fine, 15k', 'monthlyRent'],
    ['yes, why do you ask?', 'organizesTraining'],
    ['layoffs? none', 'layoffs'],
    ['降了多少？九成多，都快关门了', 'revenueDropPercent'],
  ])('%s (%s)', (text, fact) => expect(beside(text, fact)).toBe(true));
});

describe('a question stays a question', () => {
  it.each<[string, FactName]>([
    ['什么叫区属国企？', 'landlordType'],
    ['区属国企，办公用房是免一半还是全免？', 'landlordType'],
    ['合同是总部签的，钱从门店走，这算谁付的？', 'paysRent'],
    ['does a franchise count as a branch? we pay the brand a fee', 'chainBranch'],
    ['区属国企', 'landlordType'],
  ])('%s (%s)', (text, fact) => expect(beside(text, fact)).toBe(false));
});

// An owner new to the terms asks what the question means and answers it in the same message (round 11, tenant11):
// the words after the question, or a choice told before "这算哪类？", are the answer.
describe('a question about the question, answered in the same message', () => {
  it.each<[string, FactName, unknown]>([
    ['审批认定是啥意思？我们有办学许可证，教委发的', 'approvedByEducationCommission', true],
    ['审批认定啥意思 我们有教委发的许可证', 'approvedByEducationCommission', true],
    ['谁付有啥区别？反正是我们店的流水付的', 'paysRent', true],
    ['分公司直营和加盟有啥区别？我们是总店开的分店，执照上写着分公司', 'chainBranch', true],
    ["what's the difference? head office opened this store, the licence says branch company", 'chainBranch', true],
    ['干洗，这算哪类？', 'industry', 'other'],
  ])('%s (%s)', (text, fact, value) => expect(answerAroundMeaningQuestion(text, fact)).toBe(value));

  it.each<[string, FactName]>([
    ['什么叫按规定停业？', 'operatingStatus'],
    ['合同是总部签的，钱从门店走，这算谁付的？', 'paysRent'],
    ['总部先付了再让门店报销 这算谁付的？', 'paysRent'],
    ['直营门店是啥意思？', 'chainBranch'],
  ])('%s (%s) stays a question', (text, fact) => expect(answerAroundMeaningQuestion(text, fact)).toBeUndefined());
});

// Round 12: layoffs told, then "does that count?": the notice leaves 少裁员 to the department, so the people told are the answer.
describe('people told as gone, then asked whether it counts as a layoff', () => {
  it.each([
    ['a cook left, does that count as a layoff?', 'few'],
    ['走了一个，这算裁员吗？', 'few'],
    ['one guy quit, does that count as a layoff?', 'none'],
  ])('%s → %s', (text, value) => {
    expect(answerAroundMeaningQuestion(text, 'layoffs')).toBe(value);
  });
  it('another fact told as a story and asked whether it counts stays a question', () => {
    expect(answerAroundMeaningQuestion('社区让关的，这算不算按规定？', 'operatingStatus')).toBeUndefined();
  });
});
