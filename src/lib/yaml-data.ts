/**
 * Data files (the notice, intents, entity synonyms, dialogs, test cases) are YAML checked by a zod
 * schema; a bad file stops with its name, the path of the bad field and what was expected.
 * @example readYamlFile('dialogs/rent-tenant.yaml', dialogSchema)
 *   // throws "dialogs/rent-tenant.yaml: facts.2: unknown fact "rent"; known facts: ..."
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { z } from 'zod';

/** Parses YAML text and validates it; `source` names the file in the error. */
export function parseYamlText<T>(text: string, schema: z.ZodType<T>, source: string): T {
  const result = schema.safeParse(parse(text));
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`${source}: ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`);
  }
  return result.data;
}

/** Reads, parses and validates a YAML file. */
export function readYamlFile<T>(path: string, schema: z.ZodType<T>): T {
  return parseYamlText(readFileSync(path, 'utf8'), schema, path);
}
