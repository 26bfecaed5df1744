/**
 * `relief-bot check <rule-id> --facts '<json>' [--json]`: runs one rule on a business profile. Readable
 * text by default; `--json` prints the Outcome object exactly, for other tools. `--facts-file <path>`
 * reads the JSON from a file instead.
 *
 * @example
 *   relief-bot check rent-waiver --facts '{"landlordType":"districtSoe","premisesUse":"business","monthlyRent":"20000"}'
 */
import { readFile } from 'node:fs/promises';
import { parseFacts, type Facts } from '../policy/facts.js';
import { findRule, ruleIds, type Rule } from '../policy/rules/index.js';
import { parseArgs } from './args.js';
import { UsageError, type CliIo } from './cli-io.js';
import { outcomeText } from './outcome-text.js';

const help = `usage: relief-bot check <rule-id> --facts '<json>' [--json]
       relief-bot check <rule-id> --facts-file <path> [--json]

Runs one rule of 西政办发〔2020〕6号 on a business profile and prints the outcome: eligible or not,
the amount with its arithmetic, reasons, missing facts, what the department confirms, period, contacts.
--json prints the outcome object as JSON. Money and percentages are strings: "20000", "80".

rules: ${ruleIds.join(', ')}
`;

const example = `'{"landlordType":"districtSoe","premisesUse":"business","monthlyRent":"20000"}'`;

/** Runs `check`; returns the exit code (bad input throws UsageError, which the dispatcher prints). */
export async function run(args: string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(args, { usage: help, flags: ['json'], options: ['facts', 'facts-file'], positionals: ['rule-id'] });
  const rule = ruleFrom(parsed.positionals[0]);
  const facts = await factsFrom(parsed.options.get('facts'), parsed.options.get('facts-file'));
  const outcome = rule.evaluate(facts);
  io.stdout.write(parsed.flags.has('json') ? `${JSON.stringify(outcome, null, 2)}\n` : outcomeText(rule, outcome));
  return 0;
}

function ruleFrom(id: string | undefined): Rule {
  if (id === undefined) throw new UsageError(`missing <rule-id>; known rules: ${ruleIds.join(', ')}`);
  const rule = findRule(id);
  if (!rule) throw new UsageError(`unknown rule "${id}"; known rules: ${ruleIds.join(', ')}`);
  return rule;
}

async function factsFrom(inline: string | undefined, file: string | undefined): Promise<Facts> {
  if (inline !== undefined && file !== undefined) throw new UsageError('give --facts or --facts-file, not both');
  if (inline === undefined && file === undefined) {
    throw new UsageError(`missing --facts '<json>' (or --facts-file <path>): the business profile, e.g. --facts ${example}`);
  }
  const source = inline !== undefined ? '--facts' : `--facts-file ${file}`;
  const text = inline ?? (await readFacts(file ?? ''));
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message.split('\n')[0] : 'parse error';
    throw new UsageError(`${source} is not valid JSON (${detail}); expected an object such as ${example}`);
  }
  const result = parseFacts(json);
  // parseFacts names the whole object "facts" when it is not an object: say it once.
  if (!result.ok) throw new UsageError(`${source}: ${result.error.replace(/^facts: /, '')}`);
  return result.value;
}

async function readFacts(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new UsageError(`cannot read --facts-file ${path} (${code})`);
  }
}
