/**
 * The intents as data: one `intents/<intent>.yaml` per intent (utterances in Chinese and English) and a
 * held-out test file `intents/heldout.yaml` that is never trained on. Validated by zod at load, so a
 * typo in a data file fails the build with the file and field named.
 *
 * @example
 *   const intents = loadIntents();            // every intents/*.yaml except heldout.yaml
 *   const training = toUtterances(intents);    // [{ intent: 'rent_tenant', lang: 'zh', text: '我的饭馆能免房租吗' }, ...]
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readYamlFile } from '../lib/yaml-data.js';
import { z } from 'zod';
import type { Lang } from '../core/reply.js';

/** The folder holding the intent files (same depth from src/nlu and dist/nlu). */
export const intentsDir = fileURLToPath(new URL('../../intents/', import.meta.url));

/** The held-out file's name inside the intents folder. */
export const heldoutFileName = 'heldout.yaml';

/**
 * Files in the intents folder that are not intents: the held-out set, the entity test cases (the eval's and the tests'), and the fact synonyms table
 * read by the entity extractors (extract-facts.ts), which lives beside the utterances it serves.
 */
const notIntentFiles = new Set([heldoutFileName, 'entities.yaml', 'entity-cases.yaml', 'cues.yaml', 'answer-examples.yaml']);

/** The intent returned when nothing in the notice matches; also a trained intent. */
export const OUT_OF_SCOPE = 'out_of_scope';

const intentName = z.string().regex(/^[a-z][a-z_]*$/, 'an intent name in snake_case, e.g. "rent_tenant"');
const utterance = z.string().trim().min(1, 'an utterance may not be empty');

/** One intent file. `measures` lists the notice's items (1–14) the intent is about; [] for the others. */
export const intentFileSchema = z
  .object({
    intent: intentName,
    measures: z.array(z.number().int().min(1).max(14)),
    zh: z.array(utterance).min(1),
    en: z.array(utterance).min(1),
  })
  .strict();

export type IntentFile = z.infer<typeof intentFileSchema>;

/** The held-out file: a list of intents with their test utterances. */
export const heldoutSchema = z.array(
  z.object({ intent: intentName, zh: z.array(utterance), en: z.array(utterance) }).strict(),
);

export type Heldout = z.infer<typeof heldoutSchema>;

/** One labelled utterance, the unit of training and evaluation. */
export interface Utterance {
  intent: string;
  lang: Lang;
  text: string;
}

function intentFileNames(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml') && !notIntentFiles.has(name))
    .sort();
}

/**
 * The intent names, read from the file names alone (loadIntents enforces that each file is named after
 * its intent): cheap enough to check the dialogs against at every start.
 */
export function intentNames(dir: string = intentsDir): string[] {
  return intentFileNames(dir).map((name) => name.slice(0, -'.yaml'.length));
}

/**
 * Loads and validates every intent file; the file name must match the `intent` field and each intent
 * appears once.
 */
export function loadIntents(dir: string = intentsDir): IntentFile[] {
  return intentFileNames(dir).map((name) => {
    const file = readYamlFile(join(dir, name), intentFileSchema);
    if (`${file.intent}.yaml` !== name) {
      throw new Error(`${join(dir, name)}: intent "${file.intent}" must live in ${file.intent}.yaml`);
    }
    return file;
  });
}

/** Loads the held-out file; every intent it names must exist among `intents`. */
export function loadHeldout(intents: IntentFile[], dir: string = intentsDir): Heldout {
  const heldout = readYamlFile(join(dir, heldoutFileName), heldoutSchema);
  const known = new Set(intents.map((i) => i.intent));
  for (const entry of heldout) {
    if (!known.has(entry.intent)) {
      throw new Error(`${join(dir, heldoutFileName)}: unknown intent "${entry.intent}"`);
    }
  }
  return heldout;
}

/** Flattens intent files (or held-out entries) into labelled utterances, Chinese first. */
export function toUtterances(entries: ReadonlyArray<{ intent: string; zh: string[]; en: string[] }>): Utterance[] {
  return entries.flatMap((entry) => [
    ...entry.zh.map((text): Utterance => ({ intent: entry.intent, lang: 'zh', text })),
    ...entry.en.map((text): Utterance => ({ intent: entry.intent, lang: 'en', text })),
  ]);
}

/** Intent name → the notice measures it is about. */
export function measuresByIntent(intents: IntentFile[]): Record<string, number[]> {
  return Object.fromEntries(intents.map((i) => [i.intent, i.measures]));
}

/**
 * A SHA-256 over the training files' names and bytes (held-out excluded: editing the test set does not
 * make the model stale). The saved model carries it, so start-up can tell a model built from other data.
 */
export function intentsHash(dir: string = intentsDir): string {
  const hash = createHash('sha256');
  for (const name of intentFileNames(dir)) {
    hash.update(name).update('\0').update(readFileSync(join(dir, name))).update('\0');
  }
  return hash.digest('hex');
}
