import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli-io.js';

async function transcriptFile(name: string, yaml: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'transcripts-'));
  const path = join(dir, name);
  await writeFile(path, yaml);
  return path;
}

const rentOpening = `title: 区属国企门面
turns:
  - user: "区属国企的门面，月租2万，房租能免吗"
    measures: [1]
`;

describe('relief-bot test-dialogs', () => {
  it('a transcript the bot follows: PASS and exit 0', async () => {
    const path = await transcriptFile('ok.yaml', `${rentOpening}    awaiting: registeredInXicheng\n`);
    const { code, stdout } = await runCli(['test-dialogs', path]);
    expect(code).toBe(0);
    expect(stdout).toContain(`PASS  ${path}  区属国企门面 (1 turns)`);
    expect(stdout).toContain('1 passed, 0 failed, 0 skipped');
  });

  it('a reply that differs: FAIL with the turn, the user text, expected vs got and the reply; exit 1', async () => {
    const path = await transcriptFile('bad.yaml', `${rentOpening}    awaiting: monthlyRent\n    says: ["80,000"]\n`);
    const { code, stdout } = await runCli(['test-dialogs', path]);
    expect(code).toBe(1);
    expect(stdout).toContain(`FAIL  ${path}`);
    expect(stdout).toContain('turn 1 — user: 区属国企的门面，月租2万，房租能免吗');
    expect(stdout).toContain('awaiting: expected "monthlyRent", got "registeredInXicheng"');
    expect(stdout).toContain('says: expected "80,000", got not in the text');
    expect(stdout).toContain('reply: 关于"房租减免（租户）"');
  });

  it('a skipped transcript is reported with its reason, and told when it passes now', async () => {
    const path = await transcriptFile('skip.yaml', `${rentOpening.replace('turns:', 'skip: "known NLU bug"\nturns:')}`);
    const { code, stdout } = await runCli(['test-dialogs', path]);
    expect(code).toBe(0);
    expect(stdout).toContain(': known NLU bug — it passes now: remove the skip');
    expect(stdout).toContain('0 passed, 0 failed, 1 skipped');
  });

  it.each([
    ['an unknown fact', `${rentOpening}    awaiting: rent\n`, 'turns[0].awaiting: unknown fact "rent"'],
    ['a misspelt expectation', `${rentOpening}    say: ["x"]\n`, 'turns[0]: Unrecognized key: "say"'],
    ['an amount as a number', `${rentOpening}    amount: 40000\n`, 'turns[0].amount:'],
    ['no turns', 'title: x\nturns: []\n', 'turns: a transcript needs at least one turn'],
    ['broken YAML', 'title: [x\n', 'not valid YAML'],
  ])('a malformed file (%s): exit 2, naming the file and the field', async (_what, yaml, message) => {
    const path = await transcriptFile('malformed.yaml', yaml);
    const { code, stderr } = await runCli(['test-dialogs', path]);
    expect(code).toBe(2);
    expect(stderr).toContain(`ERROR ${path}: `);
    expect(stderr).toContain(message);
  });

  it('a folder runs its transcripts; no file at all is a usage error', async () => {
    const path = await transcriptFile('ok.yaml', rentOpening);
    const folder = await runCli(['test-dialogs', join(path, '..')]);
    expect(folder.stdout).toContain('1 passed');
    const none = await runCli(['test-dialogs']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('name at least one transcript file');
  });
});
