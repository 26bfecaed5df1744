/**
 * The understander the bot uses by default: the intent model saved by the build (`npm run build`),
 * loaded once and checked against the intents files, never retrained at start-up.
 */
import { loadIntentModel } from './intent-model.js';
import { createUnderstander, type Understander } from './understand.js';

/** Loads models/intent-model.json; throws a message saying to run `npm run build` when it is missing or stale. */
export function loadDefaultUnderstander(): Understander {
  return createUnderstander(loadIntentModel());
}
