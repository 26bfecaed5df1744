/**
 * Argument parsing shared by the commands: boolean flags (`--json`), options with a value
 * (`--facts '<json>'` or `--facts=<json>`), and positionals. Anything unexpected is a UsageError, so the
 * user gets one line naming the argument instead of a silently ignored typo.
 *
 * @example
 *   const args = parseArgs(['rent-waiver', '--json'], { flags: ['json'], options: ['facts'], positionals: ['rule-id'] });
 *   args.positionals[0] // 'rent-waiver'; args.flags.has('json') // true
 */
import { UsageError } from './cli-io.js';

export interface ArgSpec {
  /** Boolean flags without a value, e.g. ['json', 'help']. */
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

/** Parses a command's arguments against its spec; throws UsageError naming the first bad argument. */
export function parseArgs(args: readonly string[], spec: ArgSpec): ParsedArgs {
  const flagNames = spec.flags ?? [];
  const optionNames = spec.options ?? [];
  const allowedPositionals = spec.positionals ?? [];
  const flags = new Set<string>();
  const options = new Map<string, string>();
  const positionals: string[] = [];
  let onlyPositionals = false;

  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? '';
    if (onlyPositionals || !arg.startsWith('--') || arg === '--') {
      if (arg === '--' && !onlyPositionals) {
        onlyPositionals = true;
        continue;
      }
      if (positionals.length >= allowedPositionals.length && spec.rest === undefined) {
        throw new UsageError(`unexpected argument "${arg}"${expectedText(spec)}`);
      }
      positionals.push(arg);
      continue;
    }
    const equals = arg.indexOf('=');
    const name = arg.slice(2, equals < 0 ? undefined : equals);
    const inlineValue = equals < 0 ? undefined : arg.slice(equals + 1);
    if (flagNames.includes(name)) {
      if (inlineValue !== undefined) throw new UsageError(`--${name} takes no value`);
      flags.add(name);
    } else if (optionNames.includes(name)) {
      if (options.has(name)) throw new UsageError(`--${name} given twice; give it once`);
      const value = inlineValue ?? args[index + 1];
      if (value === undefined || (inlineValue === undefined && value.startsWith('--'))) {
        throw new UsageError(`--${name} needs a value`);
      }
      if (inlineValue === undefined) index += 1;
      options.set(name, value);
    } else {
      throw new UsageError(`unknown option --${name}${expectedText(spec)}`);
    }
  }
  return { flags, options, positionals };
}

/** "; expected <rule-id> --facts <value> --json": the accepted arguments, for error messages. */
function expectedText(spec: ArgSpec): string {
  const parts = [
    ...(spec.positionals ?? []).map((name) => `<${name}>`),
    ...(spec.rest === undefined ? [] : [`<${spec.rest}...>`]),
    ...(spec.options ?? []).map((name) => `--${name} <value>`),
    ...(spec.flags ?? []).map((name) => `--${name}`),
  ];
  return parts.length === 0 ? '; this command takes no arguments' : `; expected ${parts.join(' ')}`;
}
