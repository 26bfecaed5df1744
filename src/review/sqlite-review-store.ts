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
import { emptyOutcomes, type AnswerRecord, type DayCounts, type InboxEntry, type ReviewStore } from './review-store.js';
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
  const bump = db.prepare('INSERT INTO day_counts (day, kind, name, n) VALUES (?, ?, ?, 1) ON CONFLICT (day, kind, name) DO UPDATE SET n = n + 1');
  const selectDays = db.prepare<[string], { day: string; kind: string; name: string; n: number }>(
    'SELECT day, kind, name, n FROM day_counts WHERE day >= ? ORDER BY day');
  const removeMany = db.transaction((ids: readonly string[]) => { for (const id of ids) deleteEntry.run(id); });
  const count = db.transaction((day: string, outcome: TurnOutcome, topic: string) => {
    bump.run(day, 'turns', '');
    bump.run(day, 'outcome', outcome);
    bump.run(day, 'topic', topic);
  });
  const purge = db.transaction((textsBefore: number, answersBefore: number) => {
    db.prepare('DELETE FROM inbox WHERE at < ?').run(textsBefore);
    db.prepare('DELETE FROM answer_texts WHERE at < ?').run(textsBefore);
    db.prepare('DELETE FROM answers WHERE at < ?').run(answersBefore);
    db.prepare('DELETE FROM day_counts WHERE day < ?').run(new Date(answersBefore).toISOString().slice(0, 10));
  });

  return {
    addEntry: async (entry: InboxEntry) => { insertEntry.run(entry.id, entry.at, JSON.stringify(entry)); },
    listEntries: async () => selectEntries.all().map((row) => JSON.parse(row.entry) as InboxEntry),
    removeEntries: async (ids) => { removeMany(ids); },
    saveAnswer: async (record: AnswerRecord) => {
      const { text, ...rest } = record;
      insertAnswer.run(record.id, record.at, JSON.stringify(rest));
      if (text !== null) insertText.run(record.id, record.at, text);
    },
    getAnswer: async (id) => {
      const row = selectAnswer.get(id);
      return row ? { ...(JSON.parse(row.record) as Omit<AnswerRecord, 'text'>), text: row.text ?? null } : null;
    },
    countTurn: async (day, outcome, topic) => { count(day, outcome, topic); },
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
