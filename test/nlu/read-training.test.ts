import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../src/nlu/entities.js';

// The job subsidy's training told as done in the opening must not be asked again (r11 loose11).
describe('staff training told as something done', () => {
  it.each([
    ['稳岗补贴 我们组织了培训', true],
    ['我们搞了两次线上培训', true],
    ['培训了员工 营收降了85%', true],
    ['员工都培训过了', true],
    ['we held training for staff', true],
    ['we did some online training too', true],
    ['we trained everyone in march', true],
    ['我们没搞过培训', false],
    ["we haven't held any training though", false],
    ["we haven't trained anyone", false],
  ])('%s → organizesTraining %s', (text, value) => {
    expect(extractEntities(text).facts.organizesTraining).toBe(value);
  });

  it.each(['培训补贴怎么申请', 'how do we apply for the training subsidy', '稳岗补贴 小型企业 营收降了85%'])('%s names no training done', (text) => {
    expect(extractEntities(text).facts.organizesTraining).toBeUndefined();
  });
});
