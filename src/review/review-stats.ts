/**
 * What staff look at: turns per day, the topics asked (dialogs, else intents), the share answered / handed off /
 * not understood, and the largest groups of unanswered questions. From the daily counts (no text) and
 * the inbox.
 *
 * @example const stats = await reviewStats(store, { days: 14 });
 */
import { groupInbox } from './group-inbox.js';
import { DAY_MS, emptyOutcomes, utcDay, type ReviewStore } from './review-store.js';
import type { TurnOutcome } from './turn-kind.js';

export interface DayRow {
  day: string;
  turns: number;
  outcomes: Record<TurnOutcome, number>;
}

export interface ReviewStats {
  from: string;
  to: string;
  /** Every day of the period, oldest first, zeros included (a chart needs the gaps). */
  days: DayRow[];
  turns: number;
  outcomes: Record<TurnOutcome, number>;
  /** Shares of all turns, 0–1. */
  shares: { answered: number; handedOff: number; notUnderstood: number };
  /** Topics (the dialog, else the intent) by turns, most asked first. */
  topics: Array<{ topic: string; turns: number }>;
  /** The largest groups in the inbox. */
  unanswered: Array<{ id: string; label: string; count: number }>;
}

export interface StatsOptions {
  /** Days back, today included. Default 14. */
  days?: number;
  now?: number;
  topGroups?: number;
}

export async function reviewStats(store: ReviewStore, options: StatsOptions = {}): Promise<ReviewStats> {
  const span = options.days ?? 14;
  const now = options.now ?? Date.now();
  const dayNames = Array.from({ length: span }, (_, i) => utcDay(now - (span - 1 - i) * DAY_MS));
  const from = dayNames[0] ?? utcDay(now);
  const counted = new Map((await store.days(from)).map((d) => [d.day, d]));
  const outcomes = emptyOutcomes();
  const topics = new Map<string, number>();
  const days = dayNames.map((day): DayRow => {
    const found = counted.get(day);
    const row = { day, turns: found?.turns ?? 0, outcomes: found ? { ...found.outcomes } : emptyOutcomes() };
    for (const key of Object.keys(outcomes) as TurnOutcome[]) outcomes[key] += row.outcomes[key];
    for (const [topic, n] of Object.entries(found?.topics ?? {})) topics.set(topic, (topics.get(topic) ?? 0) + n);
    return row;
  });
  const turns = days.reduce((sum, d) => sum + d.turns, 0);
  const share = (n: number) => (turns === 0 ? 0 : Number((n / turns).toFixed(4)));
  const since = Date.parse(`${from}T00:00:00Z`);
  const groups = groupInbox((await store.listEntries()).filter((e) => e.at >= since));
  return {
    from,
    to: dayNames[dayNames.length - 1] ?? from,
    days,
    turns,
    outcomes,
    shares: { answered: share(outcomes.answered), handedOff: share(outcomes.handed_off), notUnderstood: share(outcomes.not_understood) },
    topics: [...topics].map(([topic, n]) => ({ topic, turns: n })).sort((a, b) => b.turns - a.turns || a.topic.localeCompare(b.topic)),
    unanswered: groups.slice(0, options.topGroups ?? 5).map((g) => ({ id: g.id, label: g.label, count: g.count })),
  };
}
