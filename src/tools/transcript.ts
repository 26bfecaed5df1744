/**
 * Transcript tests: a conversation written as data (test/transcripts/<name>.yaml), read like a chat log,
 * that staff can write without code. Each user turn is followed by what the bot's reply must show; the
 * runner plays the turns against a bot in one fresh session and returns, per turn, what differed.
 *
 * ```yaml
 * title: 区属国企门面月租2万，3、4月共免4万元
 * lang: zh                       # optional: every reply in this language unless a turn says otherwise
 * turns:
 *   - user: "区属国企的门面，月租2万，4月房租能免吗"
 *     measures: [1]
 *     awaiting: registeredInXicheng
 *   - user: "是"
 *     says: ["40,000", "66112569"]
 * ```
 *
 * Expectations a turn may carry: `measures`, `awaiting` (a fact name or null), `amount` (results[0]) or
 * `amounts` (every result), `eligible` (results[0]), `phone` (appears in the text), `says` / `not_says`
 * (text fragments), `options` (the labels, in order), `intent`, `card_says` (fragments of the operator
 * card), `lang`. A whole file may be marked `skip: "reason"` while a known bug is open.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { factNames, isFactName } from '../policy/facts.js';
import type { Reply } from '../core/reply.js';

const lang = z.enum(['zh', 'en']);
const fragments = z.array(z.string().min(1, 'a text fragment cannot be empty')).min(1, 'list at least one fragment');
const fact = z.string().refine(isFactName, { error: (issue) => `unknown fact "${String(issue.input)}"; known facts: ${factNames.join(', ')}` });
const yuan = z.string().regex(/^\d+\.\d{2}$/, 'an amount in yuan with two decimals, quoted, e.g. "40000.00"');

const turnSchema = z.object({
  user: z.string().min(1, 'the user turn needs some text'),
  measures: z.array(z.number().int().min(1).max(14)).optional(),
  awaiting: fact.nullable().optional(),
  amount: yuan.nullable().optional(),
  amounts: z.array(yuan.nullable()).optional(),
  eligible: z.boolean().nullable().optional(),
  phone: z.union([z.string().regex(/^[\d-]+$/, 'a phone number as printed in the notice, e.g. "66112569"'), z.array(z.string().regex(/^[\d-]+$/)).min(1)]).optional(),
  says: fragments.optional(),
  not_says: fragments.optional(),
  options: z.array(z.string()).optional(),
  intent: z.string().min(1).optional(),
  card_says: fragments.optional(),
  lang: lang.optional(),
}).strict();

const transcriptSchema = z.object({
  title: z.string().min(1),
  lang: lang.optional(),
  skip: z.string().min(1, 'say why the transcript is skipped').optional(),
  turns: z.array(turnSchema).min(1, 'a transcript needs at least one turn'),
}).strict();

export type TranscriptTurn = z.infer<typeof turnSchema>;
export type Transcript = z.infer<typeof transcriptSchema>;

/** A file that is not a valid transcript: the message names the file and the field. */
export class TranscriptError extends Error {}

/** One expectation a reply did not meet. */
export interface Difference {
  /** The expectation's name in the file: "awaiting", "says", ... */
  field: string;
  expected: string;
  actual: string;
}

/** A turn whose reply differed from what the transcript expects. */
export interface TurnDifference {
  /** 1-based, as a person counts the turns of the file. */
  turn: number;
  user: string;
  differences: Difference[];
  /** The reply's text, so the reader sees what the bot said. */
  reply: string;
}

export interface TranscriptResult {
  title: string;
  /** The skip reason, when the file is marked skip (it is still played, to tell when it passes). */
  skip: string | null;
  turns: number;
  failed: TurnDifference[];
}

/** What the runner needs of the bot: one turn at a time, as every channel calls it. */
export interface TranscriptBot {
  handleTurn(message: { channel: 'cli'; userId: string; text: string }): Promise<Reply>;
}

/** Validates parsed YAML as a transcript; `where` names the file in errors. */
export function parseTranscript(data: unknown, where: string): Transcript {
  const result = transcriptSchema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const path = (issue?.path ?? []).map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index > 0 ? '.' : ''}${String(part)}`)).join('');
  throw new TranscriptError(`${where}: ${path || '(file)'}: ${issue?.message ?? 'invalid'}`);
}

/**
 * Reads and validates a transcript file.
 * @example loadTranscript('test/transcripts/rent-tenant.yaml').turns[0]?.user // '区属国企的门面，月租2万，4月房租能免吗'
 */
export function loadTranscript(path: string): Transcript {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new TranscriptError(`${path}: cannot be read (${error instanceof Error ? error.message : String(error)})`);
  }
  let data: unknown;
  try {
    data = parse(text);
  } catch (error) {
    throw new TranscriptError(`${path}: not valid YAML: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
  return parseTranscript(data, path);
}

const show = (value: unknown): string => (value === undefined ? '(nothing)' : JSON.stringify(value));

/** Compares one reply with the turn's expectations; `defaultLang` is the file's `lang`. */
export function compareReply(turn: TranscriptTurn, reply: Reply, defaultLang?: 'zh' | 'en'): Difference[] {
  const differences: Difference[] = [];
  const expectEqual = (field: string, expected: unknown, actual: unknown) => {
    if (expected !== undefined && JSON.stringify(expected) !== JSON.stringify(actual)) differences.push({ field, expected: show(expected), actual: show(actual) });
  };
  const first = reply.results[0];
  expectEqual('measures', turn.measures, reply.measures);
  expectEqual('awaiting', turn.awaiting, reply.awaiting);
  if (turn.amount !== undefined) expectEqual('amount', turn.amount, first ? first.amount : '(no result)');
  expectEqual('amounts', turn.amounts, reply.results.map((r) => r.amount));
  if (turn.eligible !== undefined) expectEqual('eligible', turn.eligible, first ? first.eligible : '(no result)');
  expectEqual('options', turn.options, reply.options.map((o) => o.label));
  expectEqual('intent', turn.intent, reply.intent);
  expectEqual('lang', turn.lang ?? defaultLang, reply.lang);
  const phones = turn.phone === undefined ? [] : Array.isArray(turn.phone) ? turn.phone : [turn.phone];
  for (const phone of phones) {
    if (!reply.text.includes(phone)) differences.push({ field: 'phone', expected: `${phone} in the text`, actual: 'not there' });
  }
  for (const fragment of turn.says ?? []) {
    if (!reply.text.includes(fragment)) differences.push({ field: 'says', expected: show(fragment), actual: 'not in the text' });
  }
  for (const fragment of turn.not_says ?? []) {
    if (reply.text.includes(fragment)) differences.push({ field: 'not_says', expected: `no ${show(fragment)}`, actual: 'it is in the text' });
  }
  for (const fragment of turn.card_says ?? []) {
    if (reply.card === null) differences.push({ field: 'card_says', expected: show(fragment), actual: 'no card' });
    else if (!reply.card.includes(fragment)) differences.push({ field: 'card_says', expected: show(fragment), actual: 'not in the card' });
  }
  return differences;
}

/**
 * Plays a transcript in one fresh session (`userId` must be unused) and returns the turns that differed.
 * @example
 *   const result = await runTranscript(await createBot(), loadTranscript(path), 'transcript-1');
 *   result.failed.length === 0 // passed
 */
export async function runTranscript(bot: TranscriptBot, transcript: Transcript, userId: string): Promise<TranscriptResult> {
  const failed: TurnDifference[] = [];
  for (const [index, turn] of transcript.turns.entries()) {
    const reply = await bot.handleTurn({ channel: 'cli', userId, text: turn.user });
    const differences = compareReply(turn, reply, transcript.lang);
    if (differences.length > 0) failed.push({ turn: index + 1, user: turn.user, differences, reply: reply.text });
  }
  return { title: transcript.title, skip: transcript.skip ?? null, turns: transcript.turns.length, failed };
}

/**
 * What differed, as lines for a person: the turn, the user's words, each expectation against the
 * reply, then the reply itself.
 * @example describeDifferences(result.failed).join('\n')
 */
export function describeDifferences(failed: readonly TurnDifference[]): string[] {
  return failed.flatMap((turn) => [
    `turn ${turn.turn} — user: ${turn.user}`,
    ...turn.differences.map((d) => `  ${d.field}: expected ${d.expected}, got ${d.actual}`),
    `  reply: ${turn.reply.replace(/\n/g, '\n         ')}`,
  ]);
}
