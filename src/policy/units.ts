/**
 * The units the notice prints contacts for, as data (units.yaml beside this file): the words owners use
 * for each ("人社局", "the labour bureau"), the other name the notice prints for one of them, and the
 * trades each looks after in （十二）. Validated by zod at load; test/policy/units.test.ts checks it
 * against notice.yaml.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { parseYamlText } from '../lib/yaml-data.js';
import { industries } from './facts.js';

const words = z.array(z.string().min(1));
const unitSchema = z.object({
  aliases: z.object({ zh: words, en: words }).strict(),
  sameAs: words.optional(),
  fields: z.object({ industries: z.array(z.enum(industries)).default([]), zh: words.default([]), en: words.default([]) }).strict().optional(),
}).strict();
const unitsSchema = z.object({
  mobileWords: z.object({ zh: words, en: words }).strict(),
  units: z.record(z.string().min(1), unitSchema),
}).strict();

export type UnitEntry = z.infer<typeof unitSchema>;
export type UnitsData = z.infer<typeof unitsSchema>;

export const unitsFile = fileURLToPath(new URL('../../src/policy/units.yaml', import.meta.url));

/** Parses and validates units.yaml; throws an error naming the bad field. */
export function parseUnits(text: string): UnitsData {
  return parseYamlText(text, unitsSchema, 'units.yaml');
}

let cached: UnitsData | undefined;

/** units.yaml, loaded once. */
export function loadUnitsData(): UnitsData {
  cached ??= parseUnits(readFileSync(unitsFile, 'utf8'));
  return cached;
}

/** The units by name. @example loadUnits()['区人力社保局']?.aliases.zh // ['人力社保局', ...] */
export function loadUnits(): Record<string, UnitEntry> {
  return loadUnitsData().units;
}

/** The unit's name in units.yaml for a name printed in the notice: 区科技和信息化局 → 区科学技术和信息化局. */
export function canonicalUnit(printed: string): string {
  for (const [unit, entry] of Object.entries(loadUnits())) {
    if (unit === printed || entry.sameAs?.includes(printed)) return unit;
  }
  return printed;
}
