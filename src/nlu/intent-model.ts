/**
 * The saved intent model (models/intent-model.json): the trained classifier, each intent's measures,
 * and the hash of the intent files it was trained on. The build writes it; start-up reads it and never
 * retrains, refusing a missing or stale file with the one command that fixes it.
 *
 * @example
 *   const model = loadIntentModel();              // throws IntentModelError "… run npm run build" if stale
 *   model.classifier.classify('转人工')[0].intent // 'handoff'
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { classifierFromJson, trainClassifier, type IntentClassifier } from './classifier.js';
import { intentsDir, intentsHash, loadIntents, measuresByIntent, toUtterances } from './intents.js';

/** Where the build writes the model (same depth from src/nlu and dist/nlu). */
export const intentModelFile = fileURLToPath(new URL('../../models/intent-model.json', import.meta.url));

/** A loaded model, ready to classify. */
export interface IntentModel {
  classifier: IntentClassifier;
  /** Intent → the notice measures it is about ([] for greeting, help, out_of_scope...). */
  measures: Record<string, number[]>;
  intentsHash: string;
  trainedAt: string;
}

/** A missing, unreadable or stale model: the message says what is wrong and to run `npm run build`. */
export class IntentModelError extends Error {}

/**
 * One intent's weights (7,000+ numbers): checked by one loop, not a zod schema per number, which took
 * ~100 ms of `relief-bot ask`'s start-up (against ~12 ms) for the same verdict.
 */
const weightRow = z.custom<number[]>((value) => Array.isArray(value) && value.every((n) => typeof n === 'number' && Number.isFinite(n)));

const modelFileSchema = z.object({
  format: z.literal(1),
  intentsHash: z.string(),
  trainedAt: z.string(),
  measures: z.record(z.string(), z.array(z.number().int())),
  classifier: z.object({
    featureVersion: z.number(),
    network: z.object({
      settings: z.record(z.string(), z.unknown()),
      features: z.array(z.string()),
      intents: z.array(z.string()),
      perceptrons: z.array(weightRow),
    }),
  }),
});

/** Trains a model from the intent files in `dir` (the build step; a few seconds). */
export function trainIntentModel(dir: string = intentsDir, now: Date = new Date()): IntentModel {
  const intents = loadIntents(dir);
  return {
    classifier: trainClassifier(toUtterances(intents)),
    measures: measuresByIntent(intents),
    intentsHash: intentsHash(dir),
    trainedAt: now.toISOString(),
  };
}

/** Writes the model as JSON, creating the folder. */
export function saveIntentModel(model: IntentModel, file: string = intentModelFile): void {
  mkdirSync(dirname(file), { recursive: true });
  const json = {
    format: 1,
    intentsHash: model.intentsHash,
    trainedAt: model.trainedAt,
    measures: model.measures,
    classifier: model.classifier.toJSON(),
  };
  writeFileSync(file, `${JSON.stringify(json)}\n`);
}

/**
 * Reads the saved model and checks it against the intent files in `dir`. Throws IntentModelError when the
 * file is missing, malformed, or was trained on other intent files.
 */
export function loadIntentModel(file: string = intentModelFile, dir: string = intentsDir): IntentModel {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new IntentModelError(`intent model ${file} cannot be read (${reason}): run npm run build`);
  }
  const parsed = modelFileSchema.safeParse(raw);
  if (!parsed.success) {
    throw new IntentModelError(`intent model ${file} is not a model this version writes: run npm run build`);
  }
  const current = intentsHash(dir);
  if (parsed.data.intentsHash !== current) {
    throw new IntentModelError(
      `intent model ${file} is stale: the files in ${dir} changed since it was trained: run npm run build`,
    );
  }
  let classifier: IntentClassifier;
  try {
    classifier = classifierFromJson(parsed.data.classifier);
  } catch (error) {
    throw new IntentModelError(error instanceof Error ? error.message : String(error));
  }
  return { classifier, measures: parsed.data.measures, intentsHash: current, trainedAt: parsed.data.trainedAt };
}
