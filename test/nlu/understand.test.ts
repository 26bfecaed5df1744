import { describe, expect, it } from 'vitest';
import { detectLanguage, followLanguage } from '../../src/nlu/detect-language.js';
import { AMBIGUITY_RATIO, CONFIDENCE_THRESHOLD, createUnderstander, decideIntent } from '../../src/nlu/understand.js';
import { testIntentModel } from './intent-model-fixture.js';

const understand = createUnderstander(testIntentModel());

describe('understand', () => {
  it('answers a Chinese rent question with the intent, the language and the amounts and facts in it', () => {
    const result = understand('我开饭馆的，租区属国企的门面，每月房租2万，能免吗');
    expect(result.lang).toBe('zh');
    expect(result.intent).toBe('rent_tenant');
    expect(result.entities.money.map((m) => m.value)).toEqual(['20000']);
    expect(result.entities.facts).toMatchObject({ industry: 'catering', landlordType: 'districtSoe' });
  });

  it('keeps English questions in English', () => {
    const result = understand('our revenue dropped 85%, is there a job subsidy');
    expect(result.lang).toBe('en');
    expect(result.intent).toBe('job_subsidy');
    expect(result.entities.percents.map((p) => p.value)).toEqual(['85']);
  });

  it('says out_of_scope rather than guessing a measure', () => {
    const result = understand('今天天气怎么样');
    expect(result.intent).toBe('out_of_scope');
    expect(result.ambiguous).toBeNull();
  });

  it('lists at most five intents, best first, the chosen one on top', () => {
    const result = understand('担保费能减半吗');
    expect(result.ranking.length).toBeLessThanOrEqual(5);
    expect(result.ranking[0]?.intent).toBe(result.intent);
    expect(result.confidence).toBe(result.ranking[0]?.score);
  });
});

describe('deciding the intent from a ranking', () => {
  it('asks which one when the runner-up is close', () => {
    const close = decideIntent([{ intent: 'rent_tenant', score: 0.5 }, { intent: 'rent_school', score: 0.5 * AMBIGUITY_RATIO + 0.01 }]);
    expect(close).toMatchObject({ intent: 'rent_tenant', ambiguous: ['rent_tenant', 'rent_school'] });
    const clear = decideIntent([{ intent: 'rent_tenant', score: 0.9 }, { intent: 'rent_school', score: 0.05 }]);
    expect(clear.ambiguous).toBeNull();
  });

  it('falls back to out_of_scope below the threshold, keeping the best guess\'s score', () => {
    const low = CONFIDENCE_THRESHOLD / 2;
    expect(decideIntent([{ intent: 'procurement', score: low }])).toEqual({ intent: 'out_of_scope', confidence: low, ambiguous: null });
    expect(decideIntent([]).intent).toBe('out_of_scope');
  });

  it('never offers out_of_scope as one side of an ambiguity', () => {
    expect(decideIntent([{ intent: 'help', score: 0.5 }, { intent: 'out_of_scope', score: 0.49 }]).ambiguous).toBeNull();
  });
});

describe('detectLanguage', () => {
  it.each([
    ['房租能减免吗', 'zh'],
    ['can I get rent relief', 'en'],
    ['AI客服补贴', 'zh'],
    ['is 稳岗 subsidy available for us', 'en'],
  ])('%s → %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it('uses the fallback when there are no letters at all', () => {
    expect(detectLanguage('20000', 'en')).toBe('en');
    expect(detectLanguage('3w')).toBe('zh');
    expect(detectLanguage('👍')).toBe('zh');
  });
});

describe('followLanguage: the conversation follows the owner\'s dominant language', () => {
  it.each([
    // An English chat keeps English on a Chinese term, a mixed answer, or a figure.
    ['yes 在西城注册 and tax here', 'en', null],
    ['open 一直开着', 'en', null],
    ['小微, like 8 staff', 'en', null],
    ['没裁员, no layoff', 'en', null],
    ['区国资', 'en', null, true],
    ['个体户', 'en', null, true],
    // A short Chinese message that names nothing is the owner writing Chinese.
    ['你好', 'en', 'zh'],
    ['rent 2w', 'en', 'en'],
    ['15k', 'en', null],
    // A Chinese sentence moves it to Chinese.
    ['房东是西城区的国企', 'en', 'zh', true],
    ['我们一直开着，没裁员', 'en', 'zh'],
    // A Chinese chat keeps Chinese on an English word; a mostly English message moves it.
    ['我的shop', 'zh', null],
    ['AI客服补贴', 'zh', null],
    ['hi 我们是SME, small noodle shop, landlord is 区国资 company. march rent 2w', 'zh', 'en'],
    ['can we get rent relief', 'zh', 'en'],
  ] as Array<[string, 'zh' | 'en', 'zh' | 'en' | null, boolean?]>)('%s (in %s) → %s', (text, current, expected, term) => {
    expect(followLanguage(text, current, term ?? false)).toBe(expected);
  });
});
