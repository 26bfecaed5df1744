/**
 * The review store in one SQLite file (better-sqlite3; version 12, as 13 crashes on Node 20): the
 * default when no REDIS_URL is set. WAL mode, so the server and a `relief-bot review` run beside it
 * can read and write the same file; a busy timeout, so two writers wait for each other instead of
 * failing.
 *
 * @example const store = openSqliteReviewStore('data/review.sqlite');
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { emptyOutcomes, singleWrites, type AnswerRecord, type DayCounts, type InboxEntry, type ReviewBatch, type ReviewStore, type TurnCount } from './review-store.js';
import type { TurnOutcome } from './turn-kind.js';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS inbox (id TEXT PRIMARY KEY, at INTEGER NOT NULL, entry TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS inbox_at ON inbox (at);
CREATE TABLE IF NOT EXISTS answers (id TEXT PRIMARY KEY, at INTEGER NOT NULL, record TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS answers_at ON answers (at);
CREATE TABLE IF NOT EXISTS answer_texts (id TEXT PRIMARY KEY, at INTEGER NOT NULL, text TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS day_counts (day TEXT NOT NULL, kind TEXT NOT NULL, name TEXT NOT NULL, n INTEGER NOT NULL,
  PRIMARY KEY (day, kind, name));
`;

/** Opens (creating the folder and tables if needed) the SQLite file at `file`. */
export function openSqliteReviewStore(file: string): ReviewStore {
  mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  db.exec(SCHEMA);

  const insertEntry = db.prepare('INSERT OR REPLACE INTO inbox (id, at, entry) VALUES (?, ?, ?)');
  const selectEntries = db.prepare<[], { entry: string }>('SELECT entry FROM inbox ORDER BY at, id');
  const deleteEntry = db.prepare('DELETE FROM inbox WHERE id = ?');
  const insertAnswer = db.prepare('INSERT OR IGNORE INTO answers (id, at, record) VALUES (?, ?, ?)');
  const insertText = db.prepare('INSERT OR IGNORE INTO answer_texts (id, at, text) VALUES (?, ?, ?)');
  const selectAnswer = db.prepare<[string], { record: string; text: string | null }>(
    'SELECT a.record, t.text FROM answers a LEFT JOIN answer_texts t ON t.id = a.id WHERE a.id = ?');
  const selectDays = db.prepare<[string], { day: string; kind: string; name: string; n: number }>(
    'SELECT day, kind, name, n FROM day_counts WHERE day >= ? ORDER BY day');
  const removeMany = db.transaction((ids: readonly string[]) => { for (const id of ids) deleteEntry.run(id); });
  const bumpBy = db.prepare('INSERT INTO day_counts (day, kind, name, n) VALUES (?, ?, ?, ?) ON CONFLICT (day, kind, name) DO UPDATE SET n = n + excluded.n');
  const saveAnswer = (record: AnswerRecord): void => {
    const { text, ...rest } = record;
    insertAnswer.run(record.id, record.at, JSON.stringify(rest));
    if (text !== null) insertText.run(record.id, record.at, text);
  };
  /** A batch's counts summed first, so a hundred turns of one day are a handful of upserts. */
  const countAll = (counts: readonly TurnCount[]): void => {
    const sums = new Map<string, { day: string; kind: string; name: string; n: number }>();
    const add = (day: string, kind: string, name: string): void => {
      const key = `${day}\u0000${kind}\u0000${name}`;
      const sum = sums.get(key);
      if (sum) sum.n += 1;
      else sums.set(key, { day, kind, name, n: 1 });
    };
    for (const { day, outcome, topic } of counts) {
      add(day, 'turns', '');
      add(day, 'outcome', outcome);
      add(day, 'topic', topic);
    }
    for (const { day, kind, name, n } of sums.values()) bumpBy.run(day, kind, name, n);
  };
  const writeBatch = db.transaction((batch: ReviewBatch) => {
    for (const entry of batch.entries) insertEntry.run(entry.id, entry.at, JSON.stringify(entry));
    for (const record of batch.answers) saveAnswer(record);
    countAll(batch.counts);
  });
  const purge = db.transaction((textsBefore: number, answersBefore: number) => {
    db.prepare('DELETE FROM inbox WHERE at < ?').run(textsBefore);
    db.prepare('DELETE FROM answer_texts WHERE at < ?').run(textsBefore);
    db.prepare('DELETE FROM answers WHERE at < ?').run(answersBefore);
    db.prepare('DELETE FROM day_counts WHERE day < ?').run(new Date(answersBefore).toISOString().slice(0, 10));
  });

  const writeAll = async (batch: ReviewBatch): Promise<void> => { writeBatch(batch); };
  return {
    writeBatch: writeAll,
    ...singleWrites(writeAll),
    listEntries: async () => selectEntries.all().map((row) => JSON.parse(row.entry) as InboxEntry),
    removeEntries: async (ids) => { removeMany(ids); },
    getAnswer: async (id) => {
      const row = selectAnswer.get(id);
      return row ? { ...(JSON.parse(row.record) as Omit<AnswerRecord, 'text'>), text: row.text ?? null } : null;
    },
    days: async (fromDay) => {
      const byDay = new Map<string, DayCounts>();
      for (const row of selectDays.all(fromDay)) {
        const day = byDay.get(row.day) ?? { day: row.day, turns: 0, outcomes: emptyOutcomes(), topics: {} };
        byDay.set(row.day, day);
        if (row.kind === 'turns') day.turns = row.n;
        else if (row.kind === 'outcome' && row.name in day.outcomes) day.outcomes[row.name as TurnOutcome] = row.n;
        else if (row.kind === 'topic') day.topics[row.name] = row.n;
      }
      return [...byDay.values()];
    },
    purge: async (textsBefore, answersBefore) => { purge(textsBefore, answersBefore); },
    close: async () => { if (db.open) db.close(); },
  };
}
