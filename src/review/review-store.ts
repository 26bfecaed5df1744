/**
 * The review store port: what the recorder, `relief-bot review | answer | stats` and the staff page read
 * and write. Two implementations share it and one contract test: SQLite (one file in DATA_DIR) and Redis
 * (when REDIS_URL is set, so several instances write to one inbox).
 */
import type { Facts } from '../policy/facts.js';
import type { Outcome } from '../policy/outcome.js';
import type { Lang } from '../core/reply.js';
import type { PolicyVersion } from './policy-version.js';
import type { Shortfall, TurnOutcome } from './turn-kind.js';

/** One turn where the bot fell short. `text` is masked before it gets here (mask-personal-data.ts). */
export interface InboxEntry {
  id: string;
  /** Epoch milliseconds. */
  at: number;
  channel: string;
  /** hashUserId of channel:user, never the id itself. */
  user: string;
  lang: Lang;
  text: string;
  intent: string;
  confidence: number;
  /** The dialog in progress after the turn, and the fact it was asking for. */
  dialog: string | null;
  pending: string | null;
  shortfalls: Shortfall[];
  /** The first line of the bot's reply. */
  reply: string;
}

/** What an answer id looks up: enough to explain the answer and to recompute it on today's policy data. */
export interface AnswerRecord {
  id: string;
  at: number;
  channel: string;
  user: string;
  lang: Lang;
  dialog: string | null;
  /** The business profile the rules were run on. */
  facts: Facts;
  /** Each rule's outcome as the reply carried it (verdict, amount, arithmetic, reasons, contacts). */
  outcomes: Outcome[];
  /** The clause text of each measure applied, by measure number. */
  clauses: Record<string, string>;
  policy: PolicyVersion;
  /** The owner's message (masked), only when capture is on; kept for the inbox retention only. */
  text: string | null;
}

/** One day's counts (UTC day "2026-12-01"): aggregates, no text. */
export interface DayCounts {
  day: string;
  turns: number;
  outcomes: Record<TurnOutcome, number>;
  /** Turns by topic: the dialog asked or answered in, else the intent (turn-kind.ts). */
  topics: Record<string, number>;
}

/** One counted turn: adds 1 to the day's turns, to its outcome and to its topic. */
export interface TurnCount {
  day: string;
  outcome: TurnOutcome;
  topic: string;
}

/**
 * Writes gathered over a short while (write-behind-review-store.ts), written together: one SQLite
 * transaction, one Redis MULTI. Order within a kind is kept.
 */
export interface ReviewBatch {
  entries: InboxEntry[];
  answers: AnswerRecord[];
  counts: TurnCount[];
}

export interface ReviewStore {
  /** Writes the whole batch at once (all of it or, on a failure, as much as the store could). */
  writeBatch(batch: ReviewBatch): Promise<void>;
  addEntry(entry: InboxEntry): Promise<void>;
  /** Entries still in the inbox, oldest first. */
  listEntries(): Promise<InboxEntry[]>;
  /** Takes entries out of the inbox (assigned or dismissed by staff). */
  removeEntries(ids: readonly string[]): Promise<void>;
  /** Saves an answer; an id already saved keeps its first record (the same answer shown again). */
  saveAnswer(record: AnswerRecord): Promise<void>;
  getAnswer(id: string): Promise<AnswerRecord | null>;
  countTurn(day: string, outcome: TurnOutcome, topic: string): Promise<void>;
  /** Days from `fromDay` on (inclusive), oldest first; days without turns are absent. */
  days(fromDay: string): Promise<DayCounts[]>;
  /** Deletes inbox entries and answer texts older than `textsBefore`, answers and counts older than `answersBefore` (epoch ms). */
  purge(textsBefore: number, answersBefore: number): Promise<void>;
  close(): Promise<void>;
}

/** Retention in days: the inbox and message texts; answer records and daily counts (no text). */
export interface Retention {
  textDays: number;
  answerDays: number;
}

export const DAY_MS = 24 * 3600 * 1000;

/** The UTC day of an instant, as the store keys it. @example utcDay(0) // '1970-01-01' */
export function utcDay(at: number): string {
  return new Date(at).toISOString().slice(0, 10);
}

/** A batch of nothing yet. */
export function emptyBatch(): ReviewBatch {
  return { entries: [], answers: [], counts: [] };
}

/** The single writes of the port, each a batch of one, for a store that implements `writeBatch`. */
export function singleWrites(writeBatch: ReviewStore['writeBatch']): Pick<ReviewStore, 'addEntry' | 'saveAnswer' | 'countTurn'> {
  return {
    addEntry: (entry) => writeBatch({ ...emptyBatch(), entries: [entry] }),
    saveAnswer: (record) => writeBatch({ ...emptyBatch(), answers: [record] }),
    countTurn: (day, outcome, topic) => writeBatch({ ...emptyBatch(), counts: [{ day, outcome, topic }] }),
  };
}

export function emptyOutcomes(): Record<TurnOutcome, number> {
  return { answered: 0, handed_off: 0, not_understood: 0, other: 0 };
}
