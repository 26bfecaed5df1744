/**
 * Argument parsing shared by the commands, on node:util's parseArgs in strict mode: boolean flags
 * (`--json`), options with a value (`--facts '<json>'` or `--facts=<json>`), positionals, and `--help`
 * / `-h` on every command. Anything unexpected is a UsageError of one line naming the argument (the
 * CLI prints it and exits 2) instead of a silently ignored typo; node's own messages span several
 * lines and suggest `--` tricks, so each is restated here.
 *
 * @example
 *   const args = parseArgs(['rent-waiver', '--json'], { usage, flags: ['json'], options: ['facts'], positionals: ['rule-id'] });
 *   args.positionals[0] // 'rent-waiver'; args.flags.has('json') // true
 */
import { parseArgs as parseNodeArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './cli-io.js';

export interface ArgSpec {
  /** What `--help` prints: the usage line(s) and what each argument means. */
  usage: string;
  /** Boolean flags without a value, e.g. ['json']. */
  flags?: readonly string[];
  /** Options taking one value, e.g. ['facts', 'facts-file']. */
  options?: readonly string[];
  /** Names of the positionals accepted, in order; more than these is an error. */
  positionals?: readonly string[];
  /** Name of a trailing positional that takes any number of values (`<file...>`), after `positionals`. */
  rest?: string;
}

export interface ParsedArgs {
  flags: ReadonlySet<string>;
  options: ReadonlyMap<string, string>;
  positionals: string[];
}

/** `--help` was asked for: the CLI prints `usage` on stdout and exits 0. */
export class HelpRequested extends Error {
  constructor(readonly usage: string) {
    super('help requested');
  }
}

/** Parses a command's arguments against its spec; throws UsageError naming the first bad argument. */
export function parseArgs(args: readonly string[], spec: ArgSpec): ParsedArgs {
  const flagNames = spec.flags ?? [];
  const optionNames = spec.options ?? [];
  const config: ParseArgsConfig = {
    args: [...args],
    strict: true,
    allowPositionals: true,
    tokens: true,
    options: {
      help: { type: 'boolean', short: 'h' },
      ...Object.fromEntries(flagNames.map((name) => [name, { type: 'boolean' }])),
      ...Object.fromEntries(optionNames.map((name) => [name, { type: 'string' }])),
    },
  };
  let parsed: { values: Record<string, unknown>; positionals: string[]; tokens: { kind: string; name?: string; value?: string }[] };
  try {
    const result = parseNodeArgs(config);
    parsed = { values: result.values, positionals: result.positionals, tokens: result.tokens ?? [] };
  } catch (error) {
    throw new UsageError(restated(error, spec));
  }
  if (parsed.values.help === true) throw new HelpRequested(spec.usage);

  const flags = new Set<string>();
  const options = new Map<string, string>();
  for (const token of parsed.tokens) {
    if (token.kind !== 'option' || token.name === undefined || token.name === 'help') continue;
    if (token.value === undefined) {
      flags.add(token.name);
    } else {
      // node keeps the last of a repeated option; two values for one option is a mistake worth naming.
      if (options.has(token.name)) throw new UsageError(`--${token.name} given twice; give it once`);
      options.set(token.name, token.value);
    }
  }
  const allowed = spec.positionals?.length ?? 0;
  if (spec.rest === undefined && parsed.positionals.length > allowed) {
    throw new UsageError(`unexpected argument "${parsed.positionals[allowed] ?? ''}"${expectedText(spec)}`);
  }
  return { flags, options, positionals: parsed.positionals };
}

/** node's parse error as one line in our words, naming the argument. */
function restated(error: unknown, spec: ArgSpec): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown }).code;
  const name = /'(-{1,2}[^' =]+)/.exec(message)?.[1] ?? 'an option';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `unknown option ${name}${expectedText(spec)}`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return /does not take an argument/.test(message) ? `${name} takes no value` : `${name} needs a value`;
  }
  return message.split('\n')[0] ?? message;
}

/** "; expected <rule-id> --facts <value> --json --help": the accepted arguments, for error messages. */
function expectedText(spec: ArgSpec): string {
  const parts = [
    ...(spec.positionals ?? []).map((name) => `<${name}>`),
    ...(spec.rest === undefined ? [] : [`<${spec.rest}...>`]),
    ...(spec.options ?? []).map((name) => `--${name} <value>`),
    ...(spec.flags ?? []).map((name) => `--${name}`),
    '--help',
  ];
  return `; expected ${parts.join(' ')}`;
}
