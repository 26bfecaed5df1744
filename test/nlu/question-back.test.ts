import { describe, expect, it } from 'vitest';
import { answersBesideQuestion } from '../../src/nlu/question-back.js';
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
