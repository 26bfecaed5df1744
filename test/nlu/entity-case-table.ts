// Rows of intents/entity-cases.yaml for one kind, for test.each: the tests and `relief-bot eval` read
// the same cases, so a figure in the report is a case a test holds.
import fc from 'fast-check';
import { caseHasKind, loadEntityCases, type EntityCase, type EntityKind } from '../../src/tools/eval/entity-cases.js';

const cases = loadEntityCases();

export function casesOfKind(kind: EntityKind): Array<[string, EntityCase]> {
  return cases.filter((entityCase) => caseHasKind(entityCase, kind)).map((entityCase) => [entityCase.text, entityCase]);
}

/** Any text at all, including astral characters and lone surrogates. */
export const anyText = fc.string({ unit: 'binary', maxLength: 60 });

/** Text made of the characters numbers, units and cues are made of, so the parsers are really exercised. */
export const numberishText = fc
  .array(fc.constantFrom(...'0123456789０１２５零〇一二两三四五六七八九十百千万亿壹贰拾佰仟萬億点.,，-e k w元块¥￥%％成半月个共每租 '.split(''), 'thousand', 'million', 'per month', '百分之', '一共', '去年', '今年'), { maxLength: 24 })
  .map((parts) => parts.join(''));
