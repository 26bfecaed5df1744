/**
 * The whole-conversation eval: replays the corpus (conversations/dev and conversations/heldout) against
 * the bot and reports the share of conversations that end right — per language and per dialog, each set
 * apart. Dev failures carry their turns; the held-out set gives figures only, so nobody tunes on it.
 *
 * @example
 *   const report = await evaluateConversations(await createBot(), loadCorpus());
 *   report.sets[0]?.share // 0.62
 *   process.stdout.write(renderConversationMarkdown(report));
 */
import type { Lang } from '../core/reply.js';
import type { Corpus, CorpusSet } from './conversation-corpus.js';
import { replayConversation, type ConversationResult, type ReplayBot } from './conversation-replay.js';

export interface PassCount {
  passed: number;
  total: number;
  /** passed ÷ total, 0 when there is nothing. */
  share: number;
}

export interface ConversationSetReport extends PassCount {
  set: CorpusSet;
  byLang: Record<Lang, PassCount>;
  byDialog: Array<PassCount & { dialog: string }>;
  /** Openings whose first reply was on the expected measure, of those that expect one; per language too. */
  opening: PassCount & { byLang: Record<Lang, PassCount> };
  /** The failed conversations with their turns; for the held-out set only when asked to show it. */
  failures: ConversationResult[] | null;
  /** Wall time of the replay. */
  ms: number;
}

export interface ConversationReport {
  sets: ConversationSetReport[];
}

export interface ConversationEvalOptions {
  /** The sets to replay (default both). */
  sets?: readonly CorpusSet[];
  /** List held-out failures too (default: figures only). */
  showHeldout?: boolean;
}

function count(results: readonly ConversationResult[], passes = (r: ConversationResult): boolean => r.passed): PassCount {
  const passed = results.filter(passes).length;
  return { passed, total: results.length, share: results.length === 0 ? 0 : passed / results.length };
}

function countOpenings(results: readonly ConversationResult[]): PassCount {
  return count(results.filter((r) => r.openingOnTopic !== null), (r) => r.openingOnTopic === true);
}

/** Turns replay results into the figures of one set. Pure. */
export function summariseSet(set: CorpusSet, results: readonly ConversationResult[], showFailures: boolean, ms = 0): ConversationSetReport {
  const dialogs = [...new Set(results.map((r) => r.dialog))].sort();
  return {
    set,
    ...count(results),
    byLang: { zh: count(results.filter((r) => r.lang === 'zh')), en: count(results.filter((r) => r.lang === 'en')) },
    byDialog: dialogs.map((dialog) => ({ dialog, ...count(results.filter((r) => r.dialog === dialog)) })),
    opening: {
      ...countOpenings(results),
      byLang: { zh: countOpenings(results.filter((r) => r.lang === 'zh')), en: countOpenings(results.filter((r) => r.lang === 'en')) },
    },
    failures: showFailures ? results.filter((r) => !r.passed) : null,
    ms,
  };
}

/** Replays each conversation of the chosen sets in a fresh session of `bot`. */
export async function evaluateConversations(bot: ReplayBot, corpus: Corpus, options: ConversationEvalOptions = {}): Promise<ConversationReport> {
  const sets: ConversationSetReport[] = [];
  for (const set of options.sets ?? (['dev', 'heldout'] as const)) {
    const started = performance.now();
    const results: ConversationResult[] = [];
    for (const conversation of corpus[set]) {
      results.push(await replayConversation(bot, conversation, `conversation-eval-${set}-${conversation.id}`));
    }
    sets.push(summariseSet(set, results, set === 'dev' || options.showHeldout === true, performance.now() - started));
  }
  return { sets };
}

const pct = (c: PassCount): string => (c.total === 0 ? '–' : `${(c.share * 100).toFixed(1)}%`);
const figure = (c: PassCount): string => `${pct(c)} (${c.passed}/${c.total})`;

/** One line per set: "dev: 61.5% (123/200) — zh 60.0% (72/120), en 63.8% (51/80); openings on topic 97.5% (195/200)". */
export function renderConversationSummary(report: ConversationReport): string {
  return report.sets
    .map((s) => `whole conversations, ${s.set}: ${figure(s)} — zh ${figure(s.byLang.zh)}, en ${figure(s.byLang.en)}; openings on topic ${figure(s.opening)}`)
    .join('\n');
}

function renderFailure(result: ConversationResult): string[] {
  return [
    `### ${result.id} (${result.file})`,
    '',
    ...result.failures.map((line) => `- **${line}**`),
    '',
    ...result.turns.flatMap((turn, index) => [
      `${index + 1}. owner (${turn.why}): ${turn.owner}`,
      `   bot [${turn.intent}; measures ${JSON.stringify(turn.measures)}; awaiting ${turn.awaiting ?? 'null'}]: ${turn.bot}`,
    ]),
    '',
  ];
}

/**
 * The "Whole conversations" section of reports/eval.md (and of `eval --conversations`): the figures of
 * each set, per language and per dialog, then each listed failure with its turns.
 */
export function renderConversationMarkdown(report: ConversationReport): string {
  const lines = [
    '## Whole conversations',
    '',
    'Each conversation of conversations/<set>/*.yaml is replayed in a fresh session: the opening, the owner\'s own words for ' +
      'whatever the bot asks, extra messages at their moment; it passes when the last reply has the expected measure, verdict, ' +
      'amount and phone (conversations/README.md). "Openings on topic": the first reply is already on the expected measure.',
    '',
    '| set | all | zh | en | openings on topic: all / zh / en | time |',
    '| --- | --- | --- | --- | --- | --- |',
    ...report.sets.map((s) => `| ${s.set} | ${figure(s)} | ${figure(s.byLang.zh)} | ${figure(s.byLang.en)} | ` +
      `${figure(s.opening)} / ${pct(s.opening.byLang.zh)} / ${pct(s.opening.byLang.en)} | ${(s.ms / 1000).toFixed(1)} s |`),
    '',
  ];
  for (const s of report.sets) {
    lines.push(`### Per dialog (${s.set})`, '', '| dialog | passed | share |', '| --- | --- | --- |',
      ...s.byDialog.map((d) => `| ${d.dialog} | ${d.passed}/${d.total} | ${pct(d)} |`), '');
  }
  for (const s of report.sets) {
    if (s.failures === null) {
      lines.push(`Failures of the ${s.set} set are not shown (figures only; \`--show-heldout\` lists them).`, '');
    } else {
      lines.push(`## Failed conversations (${s.set}): ${s.failures.length}`, '', ...s.failures.flatMap(renderFailure));
    }
  }
  return lines.join('\n');
}
