/**
 * The recorder handleTurn calls once per turn, after render. It
 * - counts the turn for the daily figures (aggregates only: no text, no user),
 * - puts a turn where the bot fell short into the review inbox, its text masked first (unless capture is off),
 * - files every result under an answer id, returned in the reply (`answerId`) and printed on the card.
 * A failing store never fails the turn: the reply goes out as rendered and the failure is logged.
 *
 * @example
 *   const review = createReviewRecorder({ store: openSqliteReviewStore('data/review.sqlite') });
 *   const bot = await createBot({ review });
 */
import { randomBytes } from 'node:crypto';
import type { Action } from '../dialog/actions.js';
import type { Session } from '../dialog/session.js';
import { silentLogger, type Logger } from '../lib/logger.js';
import { measure } from '../policy/notice.js';
import { answerIdLine } from '../reply/card.js';
import type { Reply } from '../core/reply.js';
import { answerIdFor } from './answer-id.js';
import { maskPersonalData } from './mask-personal-data.js';
import { policyVersion, type PolicyVersion } from './policy-version.js';
import { DAY_MS, utcDay, type AnswerRecord, type Retention, type ReviewStore } from './review-store.js';
import { turnKind } from './turn-kind.js';

/** What handleTurn hands over: the turn as it happened. `user` is already hashed. */
export interface TurnRecord {
  channel: string;
  user: string;
  text: string;
  /** The message's complaint cue, as the understanding read it (intents/cues.yaml). */
  complaintCue: boolean;
  actions: readonly Action[];
  /** The session after the turn. */
  session: Session;
  reply: Reply;
}

export interface ReviewRecorder {
  /** Records the turn; returns the reply, with `answerId` (and the id on the card) when it holds a result. */
  record(turn: TurnRecord): Promise<Reply>;
}

export interface ReviewRecorderOptions {
  store: ReviewStore;
  /** false (REVIEW_CAPTURE=off): no inbox entries and no message text with answers; counts and answers still kept. */
  capture?: boolean;
  retention?: Retention;
  logger?: Logger;
  now?: () => number;
  /** The policy data the running rules were loaded from (default: hashed once, now). */
  policy?: PolicyVersion;
}

export const DEFAULT_RETENTION: Retention = { textDays: 30, answerDays: 365 };

/** How often old records are deleted: at start and then at most once an hour, on a turn. */
const PURGE_EVERY_MS = 3600 * 1000;

/** The reply's first line, as the inbox shows it. */
function firstLine(text: string): string {
  return (text.split('\n').find((line) => line.trim() !== '') ?? '').slice(0, 200);
}

/** The reply with its answer id: in the JSON, and as the card's last line (also where the card is the text). */
function withAnswerId(reply: Reply, answerId: string): Reply {
  if (reply.card === null) return { ...reply, answerId };
  const card = `${reply.card}\n${answerIdLine(answerId)}`;
  const original = reply.card;
  return { ...reply, answerId, card, text: reply.text.includes(original) ? reply.text.replace(original, () => card) : reply.text };
}

export function createReviewRecorder(options: ReviewRecorderOptions): ReviewRecorder {
  const { store } = options;
  const capture = options.capture ?? true;
  const retention = options.retention ?? DEFAULT_RETENTION;
  const logger = options.logger ?? silentLogger;
  const now = options.now ?? Date.now;
  const policy = options.policy ?? policyVersion();
  let lastPurge = 0;

  async function purgeIfDue(at: number): Promise<void> {
    if (at - lastPurge < PURGE_EVERY_MS) return;
    lastPurge = at;
    await store.purge(at - retention.textDays * DAY_MS, at - retention.answerDays * DAY_MS);
  }

  async function saveAnswer(turn: TurnRecord, outcomes: AnswerRecord['outcomes'], at: number, masked: string): Promise<string> {
    const { session, reply } = turn;
    const id = answerIdFor([turn.user, policy.version, JSON.stringify(session.facts), JSON.stringify(outcomes)]);
    const clauses = Object.fromEntries(outcomes.map((o) => [String(o.measure), measure(o.measure).clause]));
    await store.saveAnswer({
      id, at, channel: turn.channel, user: turn.user, lang: reply.lang, dialog: session.dialog, facts: session.facts,
      outcomes, clauses, policy, text: capture ? masked : null,
    });
    return id;
  }

  return {
    async record(turn) {
      const at = now();
      try {
        await purgeIfDue(at);
        const { reply, session } = turn;
        const kind = turnKind(turn.actions, reply.intent, turn.complaintCue);
        await store.countTurn(utcDay(at), kind.outcome, kind.topic);
        const masked = maskPersonalData(turn.text);
        if (capture && kind.shortfalls.length > 0) {
          await store.addEntry({
            id: `${at.toString(36)}-${randomBytes(4).toString('hex')}`, at, channel: turn.channel, user: turn.user, lang: reply.lang,
            text: masked, intent: reply.intent, confidence: Number(reply.confidence.toFixed(3)), dialog: session.dialog,
            pending: session.awaiting, shortfalls: kind.shortfalls, reply: firstLine(reply.text),
          });
        }
        const result = turn.actions.find((action) => action.type === 'result');
        if (result?.type !== 'result' || result.outcomes.length === 0) return reply;
        return withAnswerId(reply, await saveAnswer(turn, result.outcomes, at, masked));
      } catch (error) {
        logger.warn({ event: 'review_record_failed', err: error instanceof Error ? error.message : String(error) }, 'review record failed');
        return turn.reply;
      }
    },
  };
}
