/**
 * The build step (`npm run build` runs `node dist/tools/train-model.js` after tsc): trains the intent
 * classifier on intents/*.yaml and writes models/intent-model.json with the files' hash.
 *
 * @example
 *   node dist/tools/train-model.js   # intent model: 25 intents, 1530 utterances, 6.1 s → models/intent-model.json
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { intentModelFile, saveIntentModel, trainIntentModel } from '../nlu/intent-model.js';

/** Trains and saves; returns a one-line summary. */
export function buildIntentModel(file: string = intentModelFile): string {
  const started = performance.now();
  const model = trainIntentModel();
  saveIntentModel(model, file);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  return `intent model: ${Object.keys(model.measures).length} intents, ${seconds} s → ${file}`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.stdout.write(`${buildIntentModel()}\n`);
}
