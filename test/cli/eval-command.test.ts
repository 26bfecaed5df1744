import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli-io.js';

async function corpusDir(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'corpus-'));
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(dir, path, '..'), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  return dir;
}

const one = `- id: c-1
  lang: zh
  dialog: finance-bank
  opening: "想找银行贷点款 区里能帮忙对接吗"
  expect: { measure: 5 }
`;

describe('relief-bot eval --conversations', () => {
  it('replays the corpus against the bot and prints the figures per set as JSON, held-out failures hidden', async () => {
    const dir = await corpusDir({ 'dev/a.zh.yaml': one, 'heldout/b.zh.yaml': one.replace('c-1', 'c-2').replace('measure: 5', 'measure: 13') });
    const { code, stdout } = await runCli(['eval', '--conversations', '--json', '--corpus', dir]);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { sets: Array<{ set: string; total: number; failures: unknown[] | null }> };
    expect(report.sets.map((s) => [s.set, s.total])).toEqual([['dev', 1], ['heldout', 1]]);
    expect(report.sets[1]?.failures).toBeNull();
  });

  it('--set picks one set; the text report has the figures table', async () => {
    const dir = await corpusDir({ 'dev/a.zh.yaml': one });
    const { code, stdout } = await runCli(['eval', '--conversations', '--set', 'dev', '--corpus', dir]);
    expect(code).toBe(0);
    expect(stdout).toContain('## Whole conversations');
    expect(stdout).toMatch(/\| dev \| .*\(\d\/1\)/);
    expect(stdout).not.toContain('| heldout |');
  });

  it('a corpus file that breaks the format, or a bad --set, is one line and exit 2', async () => {
    const dir = await corpusDir({ 'dev/a.zh.yaml': one.replace('opening', 'openning') });
    const bad = await runCli(['eval', '--conversations', '--corpus', dir]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('dev/a.zh.yaml');
    const set = await runCli(['eval', '--conversations', '--set', 'test']);
    expect(set.code).toBe(2);
    expect(set.stderr).toContain('--set takes dev or heldout');
  });
});
