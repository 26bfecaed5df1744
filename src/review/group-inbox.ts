/**
 * Groups the inbox by similar wording, so staff read "12 owners asked about 社保" once instead of twelve
 * times. Each message becomes the same features the intent classifier reads (intent-features.ts:
 * Chinese character pairs, English words); two messages are alike when the Dice overlap of those sets
 * is at least `threshold`. A message joins the earliest group holding a message it is alike to, so a
 * group keeps its id (from its first message) while new messages arrive.
 *
 * English words lose a plural or -ing ending here instead of going through node-nlp's stemmer: only
 * classifier.ts imports node-nlp, and grouping needs no more than "subsidies" ≈ "subsidy".
 *
 * @example groupInbox(entries)[0] // { id: 'g3fa1c2d0', count: 12, label: '社保怎么交', examples: [...], ... }
 */
import { createHash } from 'node:crypto';
import { intentFeatures } from '../nlu/intent-features.js';
import type { InboxEntry } from './review-store.js';
import type { Shortfall } from './turn-kind.js';

export interface InboxGroup {
  /** Stable while the group's first message is in the inbox: "g" and 8 hex characters. */
  id: string;
  count: number;
  /** The wording asked most often in the group. */
  label: string;
  /** Up to `examples` entries with distinct texts, most recent first. */
  examples: InboxEntry[];
  shortfalls: Partial<Record<Shortfall, number>>;
  intents: Record<string, number>;
  firstAt: number;
  lastAt: number;
  entryIds: string[];
}

export interface GroupOptions {
  /** Dice overlap of features from which two messages count as alike. Default 0.5. */
  threshold?: number;
  examples?: number;
}

const lightStem = (word: string): string => word.replace(/(?<=..)(?:ies|es|s|ing|ed)$/, '');

/** The features grouping compares: pairs and words, not single characters (too common to tell topics apart). */
function features(text: string): Set<string> {
  const all = intentFeatures(text, lightStem).filter((f) => !f.startsWith('c:'));
  // A one-character message has no pairs: keep its character so it can still match itself.
  return new Set(all.length > 0 ? all : intentFeatures(text, lightStem));
}

function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const feature of a) if (b.has(feature)) shared += 1;
  return (2 * shared) / (a.size + b.size);
}

function tally<K extends string>(keys: readonly K[]): Partial<Record<K, number>> {
  const counts: Partial<Record<K, number>> = {};
  for (const key of keys) counts[key] = (counts[key] ?? 0) + 1;
  return counts;
}

export function groupId(firstEntryId: string): string {
  return `g${createHash('sha1').update(firstEntryId).digest('hex').slice(0, 8)}`;
}

/** Groups entries (any order), largest groups first, then the most recently asked. */
export function groupInbox(entries: readonly InboxEntry[], options: GroupOptions = {}): InboxGroup[] {
  const threshold = options.threshold ?? 0.5;
  const maxExamples = options.examples ?? 5;
  const sorted = [...entries].sort((a, b) => a.at - b.at || a.id.localeCompare(b.id));
  const clusters: Array<{ members: InboxEntry[]; features: Set<string>[] }> = [];
  const byText = new Map<string, (typeof clusters)[number]>();
  for (const entry of sorted) {
    const key = entry.text.trim().toLowerCase();
    const f = features(entry.text);
    const cluster = byText.get(key) ?? clusters.find((c) => c.features.some((other) => dice(f, other) >= threshold));
    if (cluster) {
      cluster.members.push(entry);
      if (!byText.has(key)) cluster.features.push(f);
    } else {
      clusters.push({ members: [entry], features: [f] });
    }
    byText.set(key, cluster ?? clusters[clusters.length - 1]!);
  }
  const groups = clusters.map((cluster): InboxGroup => {
    const members = cluster.members;
    const texts = tally(members.map((m) => m.text));
    const label = Object.entries(texts).sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0))[0]?.[0] ?? '';
    const seen = new Set<string>();
    const examples = [...members].reverse().filter((m) => !seen.has(m.text) && seen.add(m.text)).slice(0, maxExamples);
    return {
      id: groupId(members[0]!.id),
      count: members.length,
      label,
      examples,
      shortfalls: tally(members.flatMap((m) => m.shortfalls)),
      intents: tally(members.map((m) => m.intent)) as Record<string, number>,
      firstAt: members[0]!.at,
      lastAt: members[members.length - 1]!.at,
      entryIds: members.map((m) => m.id),
    };
  });
  return groups.sort((a, b) => b.count - a.count || b.lastAt - a.lastAt);
}
