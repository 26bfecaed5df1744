/**
 * `relief-bot eval` (`npm run eval`): evaluates intents and entities, and replays the whole-conversation
 * corpus (conversations/dev, conversations/heldout); prints a summary and writes reports/eval.json and
 * reports/eval.md. `--conversations` replays the corpus only and prints its report (no files written).
 * Held-out conversations give figures only unless `--show-heldout`.
 *
 * @example
 *   relief-bot eval                                  # full report, 5-fold cross-validation
 *   relief-bot eval --folds 0 --no-builtin --out /tmp/r
 *   relief-bot eval --conversations --set dev        # the dev conversations, failures with their turns
 *   relief-bot eval --conversations --json           # the same figures as JSON
 */
import { createBot } from '../bot/bot.js';
import { renderEvalMarkdown, renderEvalSummary } from '../tools/eval/eval-report.js';
import { evaluate } from '../tools/eval/evaluate.js';
import { loadNotice } from '../policy/notice.js';
import { ruleIds } from '../policy/rules/index.js';
import { corpusProblems, corpusSets, CorpusError, defaultCorpusDir, loadCorpus, type CorpusSet } from '../tools/conversation-corpus.js';
import { evaluateConversations, renderConversationMarkdown, renderConversationSummary, type ConversationReport } from '../tools/conversation-eval.js';
import { parseArgs } from './args.js';
import { UsageError, type CliCommand } from './cli-io.js';
import { reportsDir, writeReport } from './report-files.js';

interface EvalArgs {
  folds: number;
  includeBuiltin: boolean;
  out: string;
  conversationsOnly: boolean;
  sets: CorpusSet[];
  json: boolean;
  showHeldout: boolean;
  corpus: string;
}

const usage = `usage: relief-bot eval [--folds N] [--no-builtin] [--out DIR]
       relief-bot eval --conversations [--set dev|heldout] [--json] [--show-heldout] [--corpus DIR]

Intent and entity accuracy → DIR/eval.md (reports/ by default): held-out accuracy, per-intent
precision/recall/F1, confusions, N-fold cross-validation (default 5; 0 skips it), and the stock
recognizers compared on the entity cases (--no-builtin skips them); then the whole-conversation corpus.
--conversations replays the corpus only (conversations/dev, conversations/heldout) and prints its report.
`;

function evalArgs(args: string[]): EvalArgs {
  const parsed = parseArgs(args, { usage, flags: ['no-builtin', 'conversations', 'json', 'show-heldout'], options: ['folds', 'out', 'set', 'corpus'] });
  const folds = Number(parsed.options.get('folds') ?? '5');
  if (!Number.isInteger(folds) || folds < 0 || folds === 1) throw new UsageError('--folds takes 0 (skip) or an integer ≥ 2');
  const conversationsOnly = parsed.flags.has('conversations');
  const set = parsed.options.get('set');
  if (set !== undefined && !(corpusSets as readonly string[]).includes(set)) throw new UsageError(`--set takes ${corpusSets.join(' or ')}`);
  if (!conversationsOnly && (set !== undefined || parsed.flags.has('json'))) throw new UsageError('--set and --json go with --conversations');
  return {
    folds,
    includeBuiltin: !parsed.flags.has('no-builtin'),
    out: reportsDir(parsed.options.get('out')),
    conversationsOnly,
    sets: set === undefined ? [...corpusSets] : [set as CorpusSet],
    json: parsed.flags.has('json'),
    showHeldout: parsed.flags.has('show-heldout'),
    corpus: parsed.options.get('corpus') ?? defaultCorpusDir,
  };
}

/** Every phone the notice prints, the general SME line included. */
function noticePhones(): string[] {
  const notice = loadNotice();
  return [notice.generalContact.phone, ...notice.measures.flatMap((m) => m.contacts.map((c) => c.phone))];
}

async function conversationReport(options: EvalArgs): Promise<ConversationReport> {
  let corpus;
  try {
    corpus = loadCorpus(options.corpus);
  } catch (error) {
    if (error instanceof CorpusError) throw new UsageError(error.message);
    throw error;
  }
  const bot = await createBot();
  const problems = corpusProblems(corpus, { dialogIds: bot.dialogs.dialogs.map((d) => d.id), ruleIds, phones: noticePhones() });
  if (problems.length > 0) throw new UsageError(problems.join('\n'));
  return evaluateConversations(bot, corpus, { sets: options.sets, showHeldout: options.showHeldout });
}

export const run: CliCommand = async (args, io) => {
  const options = evalArgs(args);
  if (options.conversationsOnly) {
    const conversations = await conversationReport(options);
    io.stdout.write(options.json
      ? `${JSON.stringify(conversations, null, 2)}\n`
      : `${renderConversationMarkdown(conversations)}\n${renderConversationSummary(conversations)}\n`);
    return 0;
  }
  const report = evaluate({ folds: options.folds, includeBuiltin: options.includeBuiltin });
  const conversations = await conversationReport(options);
  const section = renderConversationMarkdown(conversations);
  const written = writeReport(options.out, 'eval', { ...report, conversations }, `${renderEvalMarkdown(report)}\n${section}`);
  io.stdout.write(`${renderEvalSummary(report)}\n${renderConversationSummary(conversations)}\n\n${section}\n${written}\n`);
  return 0;
};
