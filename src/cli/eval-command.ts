/**
 * `relief-bot eval` (`npm run eval`): evaluates intents and entities, prints a summary and writes
 * reports/eval.json and reports/eval.md.
 *
 * @example
 *   relief-bot eval                 # full report, 5-fold cross-validation
 *   relief-bot eval --folds 0 --no-builtin --out /tmp/r
 */
import { renderEvalMarkdown, renderEvalSummary } from '../tools/eval/eval-report.js';
import { evaluate } from '../tools/eval/evaluate.js';
import { parseArgs } from './args.js';
import { UsageError, type CliCommand } from './cli-io.js';
import { reportsDir, writeReport } from './report-files.js';

interface EvalArgs {
  folds: number;
  includeBuiltin: boolean;
  out: string;
}

const usage = `usage: relief-bot eval [--folds N] [--no-builtin] [--out DIR]

Intent and entity accuracy → DIR/eval.md (reports/ by default): held-out accuracy, per-intent
precision/recall/F1, confusions, N-fold cross-validation (default 5; 0 skips it), and the stock
recognizers compared on the entity cases (--no-builtin skips them).
`;

function evalArgs(args: string[]): EvalArgs {
  const parsed = parseArgs(args, { usage, flags: ['no-builtin'], options: ['folds', 'out'] });
  const folds = Number(parsed.options.get('folds') ?? '5');
  if (!Number.isInteger(folds) || folds < 0 || folds === 1) throw new UsageError('--folds takes 0 (skip) or an integer ≥ 2');
  return { folds, includeBuiltin: !parsed.flags.has('no-builtin'), out: reportsDir(parsed.options.get('out')) };
}

export const run: CliCommand = async (args, io) => {
  const options = evalArgs(args);
  const report = evaluate({ folds: options.folds, includeBuiltin: options.includeBuiltin });
  const written = writeReport(options.out, 'eval', report, renderEvalMarkdown(report));
  io.stdout.write(`${renderEvalSummary(report)}\n${written}\n`);
  return 0;
};
