/**
 * Data files (the notice, intents, entity synonyms, dialogs, test cases) are YAML checked by a zod
 * schema; a bad file stops with its name, the path of the bad field and what was expected.
 * @example readYamlFile('dialogs/rent-tenant.yaml', dialogSchema)
 *   // throws "dialogs/rent-tenant.yaml: facts.2: unknown fact "rent"; known facts: ..."
 */
import { readFileSync } from 'node:fs';
import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';
import type { z } from 'zod';

/**
 * YAML 1.2's core schema, as the `yaml` package reads it by default (so "2020-03-01" stays a string, no
 * `!!binary` or merge keys), through js-yaml: on every data file of the repo the same values, parsed 5–10×
 * faster from a cold start (144 KB in 51 files: ~1,100 ms with `yaml`, ~110–240 ms with js-yaml, Node 20 on
 * this machine), which is most of `relief-bot ask`'s start-up. Duplicate keys are an error in both.
 */
function parseYaml(text: string, source: string): unknown {
  try {
    return load(text, { schema: CORE_SCHEMA });
  } catch (error) {
    if (error instanceof YAMLException) throw new Error(`${source}: ${error.message}`);
    throw error;
  }
}

/** Parses YAML text and validates it; `source` names the file in the error. */
export function parseYamlText<T>(text: string, schema: z.ZodType<T>, source: string): T {
  const result = schema.safeParse(parseYaml(text, source));
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
