/**
 * The entity test set, intents/entity-cases.yaml: what an owner types and what each extractor must
 * find. Shared by the unit tests and by the evaluation, so the figures the eval prints are the cases the
 * tests hold. Comparison is per kind and only on what a case lists.
 *
 * @example
 *   const cases = loadEntityCases();
 *   checkCase(cases[0]!, 'money', extractEntities(cases[0]!.text)) // { pass: true, expected: [...], actual: [...] }
 */
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { readYamlFile } from '../../lib/yaml-data.js';
import { z } from 'zod';
import { factsSchema } from '../../policy/facts.js';
import type { Entities } from '../../nlu/understanding.js';

export const entityCasesFile = fileURLToPath(new URL('../../../intents/entity-cases.yaml', import.meta.url));

const amount = z.string().regex(/^\d+(\.\d+)?$/);
const expectSchema = z.object({
  money: z.array(z.object({
    value: amount,
    per: z.enum(['month', 'total', 'quarter', 'halfYear', 'year']).nullable().optional(),
    months: z.array(z.number().int().min(1).max(12)).optional(),
    approximate: z.enum(['about', 'over']).nullable().optional(),
    currency: z.string().regex(/^[A-Z]{3}$/).optional(),
  }).strict()).optional(),
  percents: z.array(amount).optional(),
  revenuePair: z.object({ before: amount, after: amount }).strict().nullable().optional(),
  months: z.array(z.number().int().min(1).max(12)).optional(),
  yesNo: z.boolean().nullable().optional(),
  unsure: z.boolean().optional(),
  facts: factsSchema.optional(),
}).strict();

const casesSchema = z.array(z.object({ text: z.string().min(1), expect: expectSchema }).strict()).min(1);

export type EntityCase = z.infer<typeof casesSchema>[number];

/** The kinds the evaluation scores separately. */
export const entityKinds = ['money', 'percent', 'revenuePair', 'months', 'yesNo', 'facts'] as const;
export type EntityKind = (typeof entityKinds)[number];

/** Reads and validates the case file; throws naming the bad case. */
export function loadEntityCases(file: string = entityCasesFile): EntityCase[] {
  return readYamlFile(file, casesSchema);
}

/** Whether a case says anything about a kind. */
export function caseHasKind(entityCase: EntityCase, kind: EntityKind): boolean {
  const e = entityCase.expect;
  switch (kind) {
    case 'money': return e.money !== undefined;
    case 'percent': return e.percents !== undefined;
    case 'revenuePair': return e.revenuePair !== undefined;
    case 'months': return e.months !== undefined;
    case 'yesNo': return e.yesNo !== undefined || e.unsure !== undefined;
    case 'facts': return e.facts !== undefined;
  }
}

export interface CaseCheck {
  pass: boolean;
  expected: unknown;
  actual: unknown;
}

/**
 * Compares one kind of a case with what was extracted, projecting the extraction onto the fields the
 * case lists (a money case without `per` does not check per).
 */
export function checkCase(entityCase: EntityCase, kind: EntityKind, entities: Entities): CaseCheck {
  const e = entityCase.expect;
  let expected: unknown;
  let actual: unknown;
  switch (kind) {
    case 'money': {
      const wanted = e.money ?? [];
      expected = wanted;
      actual = entities.money.map((mention, index) => {
        const spec = wanted[index];
        return {
          value: mention.value,
          ...(spec?.per !== undefined ? { per: mention.per } : {}),
          ...(spec?.months !== undefined ? { months: mention.months } : {}),
          ...(spec?.approximate !== undefined ? { approximate: mention.approximate } : {}),
          ...(spec?.currency !== undefined ? { currency: mention.currency } : {}),
        };
      });
      break;
    }
    case 'percent':
      expected = e.percents ?? [];
      actual = entities.percents.map((mention) => mention.value);
      break;
    case 'revenuePair':
      expected = e.revenuePair ?? null;
      actual = entities.revenuePair;
      break;
    case 'months':
      expected = e.months ?? [];
      actual = entities.months;
      break;
    case 'yesNo':
      expected = { ...(e.yesNo !== undefined ? { yesNo: e.yesNo } : {}), ...(e.unsure !== undefined ? { unsure: e.unsure } : {}) };
      actual = { ...(e.yesNo !== undefined ? { yesNo: entities.yesNo } : {}), ...(e.unsure !== undefined ? { unsure: entities.unsure } : {}) };
      break;
    case 'facts':
      expected = e.facts ?? {};
      actual = entities.facts;
      break;
  }
  return { pass: isDeepStrictEqual(expected, actual), expected, actual };
}
