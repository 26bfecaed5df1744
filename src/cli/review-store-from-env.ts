/**
 * The review store of this installation for a CLI command: the same place the server writes to
 * (Redis when REDIS_URL is set, else DATA_DIR/review.sqlite), from the same environment variables.
 */
import { ConfigError, loadConfig, type Config } from '../app/config.js';
import { createReviewRecorder, type ReviewRecorder } from '../review/review-recorder.js';
import { openReviewStore } from '../app/open-review-store.js';
import type { ReviewStore } from '../review/review-store.js';
import { UsageError } from './cli-io.js';

export interface CliReview {
  config: Readonly<Config>;
  store: ReviewStore;
  recorder: ReviewRecorder;
}

/** Opens the store and a recorder on it; close `store` when done. */
export async function openCliReview(env: NodeJS.ProcessEnv): Promise<CliReview> {
  let config: Readonly<Config>;
  try {
    config = loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) throw new UsageError(error.message);
    throw error;
  }
  const store = await openReviewStore(config);
  return { config, store, recorder: createReviewRecorder({ store, capture: config.review.capture, retention: config.review.retention }) };
}
