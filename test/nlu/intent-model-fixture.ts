// The intent model for tests: the built one when it is current (after `npm run build`), else trained
// here from the same files (training is deterministic, so both classify alike).
import { IntentModelError, loadIntentModel, trainIntentModel, type IntentModel } from '../../src/nlu/intent-model.js';

let cached: IntentModel | undefined;

export function testIntentModel(): IntentModel {
  if (!cached) {
    try {
      cached = loadIntentModel();
    } catch (error) {
      if (!(error instanceof IntentModelError)) throw error;
      cached = trainIntentModel();
    }
  }
  return cached;
}
