/**
 * The understanding step: language, intent (with its confidence, the runner-up ranking and whether the
 * top two are too close to call) and the entities of one message.
 *
 * @example
 *   const understand = createUnderstander(loadIntentModel());
 *   understand('我的饭馆租区属国企的门面，每月2万，房租能免吗')
 *   // { lang: 'zh', intent: 'rent_tenant', confidence: 0.93, ambiguous: null,
 *   //   entities: { money: [{ value: '20000', per: 'month', ... }], facts: { industry: 'catering', landlordType: 'districtSoe' }, ... } }
 */
import type { Entities, IntentScore, Understanding } from './understanding.js';
import type { IntentModel } from './intent-model.js';
import { detectLanguage } from './detect-language.js';
import { extractEntities } from './entities.js';
import { OUT_OF_SCOPE } from './intents.js';

/**
 * Below this top score the message is out of scope: the bot says the notice does not cover it rather
 * than guess a measure. Tuned on intents/heldout.yaml with `relief-bot eval --tune` (the sweep is in
 * reports/eval.md): the highest value that keeps in-scope accuracy within a point of its best while
 * raising out-of-scope recall.
 */
export const CONFIDENCE_THRESHOLD = 0.3;

/**
 * When the runner-up scores at least this fraction of the top score, the two are reported as
 * `ambiguous` and the dialog asks which was meant. Tuned on the held-out file with the threshold: most
 * of the held-out misclassifications fall inside it, few correct answers do.
 */
export const AMBIGUITY_RATIO = 0.6;

/** How many intents `ranking` lists. */
const RANKING_SIZE = 5;

/** Turns one message into an Understanding. Pure and synchronous. */
export type Understander = (text: string) => Understanding;

export interface UnderstanderOptions {
  threshold?: number;
  ambiguityRatio?: number;
  /** The entity extractor; extractEntities by default (evaluation passes a no-op to time intents alone). */
  extract?: (text: string) => Entities;
}

/** The intent decision alone, shared by the understander and the evaluation's threshold sweep. */
export function decideIntent(
  ranking: readonly IntentScore[],
  threshold: number = CONFIDENCE_THRESHOLD,
  ambiguityRatio: number = AMBIGUITY_RATIO,
): Pick<Understanding, 'intent' | 'confidence' | 'ambiguous'> {
  const [top, second] = ranking;
  // confidence stays the best guess's score, so an operator can see how near the threshold it was.
  if (!top || top.intent === OUT_OF_SCOPE || top.score < threshold) {
    return { intent: OUT_OF_SCOPE, confidence: top?.score ?? 0, ambiguous: null };
  }
  const close = second !== undefined && second.intent !== OUT_OF_SCOPE && second.score >= top.score * ambiguityRatio;
  return { intent: top.intent, confidence: top.score, ambiguous: close ? [top.intent, second.intent] : null };
}

/** Builds the understander over a loaded model. */
export function createUnderstander(model: IntentModel, options: UnderstanderOptions = {}): Understander {
  const threshold = options.threshold ?? CONFIDENCE_THRESHOLD;
  const ambiguityRatio = options.ambiguityRatio ?? AMBIGUITY_RATIO;
  const extract = options.extract ?? extractEntities;
  return (text) => {
    const ranking = model.classifier.classify(text).slice(0, RANKING_SIZE);
    return {
      text,
      lang: detectLanguage(text),
      ...decideIntent(ranking, threshold, ambiguityRatio),
      ranking,
      entities: extract(text),
    };
  };
}
