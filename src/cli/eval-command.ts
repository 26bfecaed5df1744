/**
 * `relief-bot eval` (`npm run eval`): evaluates intents and entities, prints a summary and writes
 * reports/eval.json and reports/eval.md.
 *
 * @example
 *   relief-bot eval                 # full report, 5-fold cross-validation
 *   relief-bot eval --folds 0 --no-builtin --out /tmp/r
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderEvalMarkdown, renderEvalSummary } from '../nlu/eval-report.js';
import { evaluate } from '../nlu/evaluate.js';
import { UsageError, type CliCommand } from './cli-io.js';

const defaultReportsDir = fileURLToPath(new URL('../../reports/', import.meta.url));

interface EvalArgs {
  folds: number;
  includeBuiltin: boolean;
  out: string;
}

function parseArgs(args: string[]): EvalArgs {
  const parsed: EvalArgs = { folds: 5, includeBuiltin: true, out: defaultReportsDir };
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    if (arg === '--no-builtin') parsed.includeBuiltin = false;
    else if (arg === '--folds') {
      const value = Number(args[(i += 1)]);
      if (!Number.isInteger(value) || value < 0 || value === 1) throw new UsageError('--folds takes 0 (skip) or an integer ≥ 2');
      parsed.folds = value;
    } else if (arg === '--out') {
      const value = args[(i += 1)];
      if (!value) throw new UsageError('--out takes a folder');
      parsed.out = resolve(value);
    } else throw new UsageError(`unknown option "${arg ?? ''}"; expected --folds N, --no-builtin, --out DIR`);
  }
  return parsed;
}

export const run: CliCommand = async (args, io) => {
  const options = parseArgs(args);
  const report = evaluate({ folds: options.folds, includeBuiltin: options.includeBuiltin });
  mkdirSync(options.out, { recursive: true });
  const jsonFile = join(options.out, 'eval.json');
  const mdFile = join(options.out, 'eval.md');
  writeFileSync(jsonFile, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(mdFile, renderEvalMarkdown(report));
  io.stdout.write(`${renderEvalSummary(report)}\nwrote ${jsonFile} and ${mdFile}\n`);
  return 0;
};
