import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { createFactExtractor, extractFacts } from '../../src/nlu/extract-facts.js';
import { loadEntitySynonyms, parseEntitySynonyms } from '../../src/nlu/entity-synonyms.js';
import { extractEntities } from '../../src/nlu/entities.js';
import { checkCase } from '../../src/tools/eval/entity-cases.js';
import { parseFacts } from '../../src/policy/facts.js';
import { anyText, casesOfKind } from './entity-case-table.js';

describe('facts from the words owners use (intents/entity-cases.yaml)', () => {
  test.each(casesOfKind('facts'))('%s', (_text, entityCase) => {
    const check = checkCase(entityCase, 'facts', extractEntities(entityCase.text));
    expect(check.actual).toEqual(check.expected);
  });
});

describe('intents/entities.yaml', () => {
  test('loads, and every phrase gives a valid fact on its own', () => {
    const synonyms = loadEntitySynonyms();
    expect(synonyms.phrases.length).toBeGreaterThan(200);
    const extract = createFactExtractor(synonyms);
    for (const { fact, phrase, value } of synonyms.phrases) {
      const facts = extract(phrase);
      // A notFact phrase ("head office") names nothing of its fact.
      if (value === null) { expect({ phrase, value: facts[fact] }).toEqual({ phrase, value: undefined }); continue; }
      expect(parseFacts(facts).ok).toBe(true);
      // A `nothing` phrase ("head office") names no value of its fact.
      expect({ phrase, value: facts[fact] }).toEqual({ phrase, value: value ?? undefined });
    }
  });

  test('a phrase of a fact\'s nothing group covers the word it holds: "head office" says nothing of the premises', () => {
    expect(extractFacts('head office pays it')).toEqual({ paysRent: false });
    expect(extractFacts('no, head office pay the rent for all stores')).toEqual({ paysRent: false });
    expect(extractFacts('房租是集团统一交的')).toEqual({ paysRent: false });
    expect(extractFacts('paid by the parent company')).toEqual({ paysRent: false });
    expect(extractFacts('the street office told us to close')).not.toHaveProperty('premisesUse');
    expect(extractFacts("I'm the office manager of a kindergarten")).toEqual({ industry: 'kindergarten' });
    expect(extractFacts('a branch office')).toEqual({ chainBranch: true });
    expect(extractFacts('we rent an office')).toEqual({ premisesUse: 'office' });
  });

  const base = 'negation: { zh: [不是], en: [not], filler: [的] }\n';
  test.each([
    ['an unknown fact', `${base}facts: { industy: { catering: { zh: [饭馆] } } }`, /facts\.industy: not a fact name/],
    ['an unknown value', `${base}facts: { industry: { restaurant: { zh: [饭馆] } } }`, /facts\.industry\.restaurant: expected one of catering/],
    ['a boolean written otherwise', `${base}facts: { chainBranch: { yes: { zh: [连锁] } } }`, /"true" or "false"/],
    ['a money fact', `${base}facts: { monthlyRent: { "1": { zh: [房租] } } }`, /read by its extractor/],
    ['one phrase under two values', `${base}facts: { industry: { catering: { zh: [饭店] }, other: { zh: [饭店] } } }`, /"饭店" is listed under both catering and other/],
    ['a misspelt key', `${base}facts: { industry: { catering: { cn: [饭馆] } } }`, /facts\.industry\.catering/],
  ])('rejects %s, naming it', (_name, yaml, message) => {
    expect(() => parseEntitySynonyms(yaml)).toThrow(message);
  });
});

test('within one fact the longest phrase wins; across facts both are read', () => {
  expect(extractFacts('区属国企')).toEqual({ landlordType: 'districtSoe' });
  expect(extractFacts('连锁直营门店')).toEqual({ chainBranch: true, premisesUse: 'business' });
});

test('English phrases match whole words only', () => {
  expect(extractFacts('barbecue bar')).toEqual({});
  expect(extractFacts('chainsaw')).toEqual({});
});

test('negation flips a boolean and drops an enum; a clause boundary stops it', () => {
  expect(extractFacts('我们不是一家直营店')).toEqual({ chainBranch: false });
  expect(extractFacts('不是区属国企，是私人房东')).toEqual({ landlordType: 'private' });
  expect(extractFacts('不大，直营店')).toEqual({ chainBranch: true });
  // Both kinds named, then the store asked about: the last wins.
  expect(extractFacts('我们品牌的店一半加盟一半直营，我问的这家是直营的').chainBranch).toBe(true);
  expect(extractFacts('我们大部分是直营店，不过这家是加盟的').chainBranch).toBe(false);
  // A bare 连锁 names neither a branch nor a franchise (a franchise is a chain too): the dialog asks.
  expect(extractFacts('我们是连锁的')).toEqual({});
  expect(extractFacts('奶茶加盟店，连锁的')).toMatchObject({ chainBranch: false });
});

test('the last value named wins, as owners correct themselves', () => {
  expect(extractFacts('以前开饭馆，现在是便利店')).toEqual({ industry: 'convenienceStore' });
});

test('any text: never throws, and what it finds is always a valid facts object', () => {
  fc.assert(fc.property(anyText, (text) => {
    expect(parseFacts(extractFacts(text)).ok).toBe(true);
  }), { numRuns: 1000 });
});

describe('values a negation denies', () => {
  test('are reported beside the facts, so a correction can read them', () => {
    expect(extractEntities('不对 不是办公用房').denied).toEqual({ premisesUse: 'office' });
    expect(extractEntities("no, it's not an office").denied).toEqual({ premisesUse: 'office' });
    expect(extractEntities('a shop, not an office')).toMatchObject({ facts: { premisesUse: 'business' }, denied: { premisesUse: 'office' } });
    expect(extractEntities('区属国企的门面').denied).toEqual({});
  });
});

test('a kind denied and named again in the owner\'s own other word is not known: "不算培训机构，就是兴趣班"', () => {
  expect(extractFacts('少儿美术工作室，不算培训机构，就是兴趣班').industry).toBeUndefined();
  // Another kind named beside the one denied is that kind.
  expect(extractFacts('我们不是幼儿园，是培训学校').industry).toBe('educationTraining');
});

test('what a measure is tied to is no fact of the owner\'s: "说是跟员工培训挂钩", "tied to staff training"', () => {
  expect(extractFacts('有什么补贴吗，说是跟员工培训挂钩').organizesTraining).toBeUndefined();
  expect(extractFacts("i heard it's tied to staff training").organizesTraining).toBeUndefined();
  // The opening reader's tie words are the fact reader's too (tie-words.ts): 绑定, "linked up with".
  expect(extractFacts('听说有个补贴跟员工培训绑定的').organizesTraining).toBeUndefined();
  expect(extractFacts('the one linked up with staff training').organizesTraining).toBeUndefined();
  expect(extractFacts('我们组织了员工培训').organizesTraining).toBe(true);
});
