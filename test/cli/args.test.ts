import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli-io.js';

const COMMANDS = ['chat', 'ask', 'check', 'measures', 'test-dialogs', 'serve', 'eval', 'bench'];

describe('every command’s arguments', () => {
  it.each(COMMANDS)('%s --help prints its usage and exits 0 (before starting anything)', async (command) => {
    for (const flag of ['--help', '-h']) {
      const { code, stdout, stderr } = await runCli([command, flag]);
      expect(code).toBe(0);
      expect(stdout).toMatch(new RegExp(`^usage: relief-bot ${command}`));
      expect(stderr).toBe('');
    }
  });

  it.each(COMMANDS)('%s: an unknown option is one line naming it, and exit 2', async (command) => {
    const { code, stdout, stderr } = await runCli([command, '--verbos']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(new RegExp(`^relief-bot ${command}: unknown option --verbos; expected .*--help\\n$`));
  });

  it('an option given twice, a flag given a value, an option without its value: one line each, exit 2', async () => {
    const cases: [string[], RegExp][] = [
      [['check', 'rent-waiver', '--facts', '{}', '--facts', '{}'], /^relief-bot check: --facts given twice; give it once\n$/],
      [['measures', '--json=yes'], /^relief-bot measures: --json takes no value\n$/],
      [['check', 'rent-waiver', '--facts'], /^relief-bot check: --facts needs a value\n$/],
      [['check', 'rent-waiver', '--facts', '--json'], /^relief-bot check: --facts needs a value\n$/],
      [['measures', '-x'], /^relief-bot measures: unknown option -x; expected <N> --json --help\n$/],
    ];
    for (const [argv, line] of cases) {
      const { code, stderr } = await runCli(argv);
      expect({ argv, code, stderr }).toMatchObject({ code: 2, stderr: expect.stringMatching(line) });
    }
  });

  it('after -- an argument starting with dashes is a positional', async () => {
    const { code, stderr } = await runCli(['measures', '--', '--7']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/unknown measure "--7"/);
  });
});
