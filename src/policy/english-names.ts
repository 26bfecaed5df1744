/**
 * Official English names for the units, offices, people (pinyin) and topics the notice prints, loaded
 * from english-names.yaml beside this file, so English replies name whom to call in words an English
 * reader can say, and the Chinese unit name a switchboard will recognise.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { parseYamlText } from '../lib/yaml-data.js';

const names = z.record(z.string().min(1), z.string().min(1));
const schema = z.object({ units: names, offices: names, people: names, topics: names }).strict();

export type EnglishNames = z.infer<typeof schema>;

export const englishNamesFile = fileURLToPath(new URL('../../src/policy/english-names.yaml', import.meta.url));

let cached: EnglishNames | undefined;

/** The table, loaded once. @example loadEnglishNames().units['区国资委'] // "Xicheng SASAC" */
export function loadEnglishNames(): EnglishNames {
  cached ??= parseYamlText(readFileSync(englishNamesFile, 'utf8'), schema, 'english-names.yaml');
  return cached;
}

/**
 * A unit's English name, or the Chinese one when the table lacks it (the test keeps that from happening).
 * @example unitInEnglish('区商务局') // "Xicheng Commerce Bureau"
 */
export function unitInEnglish(unit: string): string {
  return loadEnglishNames().units[unit] ?? unit;
}
