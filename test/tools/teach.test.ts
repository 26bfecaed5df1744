/**
 * Teaching without code, on a copy of intents/: a group assigned to an intent becomes training lines in
 * intents/<intent>.yaml (comments kept), the model is retrained and saved, and the eval is shown before
 * and after; a fact value becomes a synonym in entities.yaml that now reads the group's messages; a
 * refusal confirmed teaches only what was not refused; a bad edit leaves the file as it was.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { loadIntentModel } from '../../src/nlu/intent-model.js';
import { intentsDir } from '../../src/nlu/intents.js';
import { groupInbox } from '../../src/review/group-inbox.js';
import type { InboxEntry, ReviewStore } from '../../src/review/review-store.js';
import { openSqliteReviewStore } from '../../src/review/sqlite-review-store.js';
import { teach, TeachError, type TeachFiles } from '../../src/tools/teach.js';

const root = mkdtempSync(join(tmpdir(), 'teach-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let files: TeachFiles;
let store: ReviewStore;
let n = 0;

function entry(text: string, intent = 'out_of_scope', lang: 'zh' | 'en' = 'zh'): InboxEntry {
  n += 1;
  return { id: `e${n}`, at: 1_700_000_000_000 + n, channel: 'api', user: 'u', lang, text, intent, confidence: 0.4, dialog: null, pending: null, shortfalls: ['out_of_scope'], reply: '' };
}

beforeEach(async () => {
  n += 100;
  const dir = join(root, `run${n}`);
  cpSync(intentsDir, join(dir, 'intents'), { recursive: true });
  files = { intentsDir: join(dir, 'intents'), entitiesFile: join(dir, 'intents', 'entities.yaml'), modelFile: join(dir, 'model.json') };
  store = openSqliteReviewStore(join(dir, 'review.sqlite'));
});

async function onlyGroup(texts: readonly InboxEntry[]) {
  for (const e of texts) await store.addEntry(e);
  const groups = groupInbox(await store.listEntries());
  expect(groups).toHaveLength(1);
  return groups[0]!;
}

describe('teach', () => {
  it('assigning an intent appends the lines, retrains, saves the model and reports the eval before and after', { timeout: 600_000 }, async () => {
    const group = await onlyGroup([entry('门脸房的租子能少点不'), entry('门脸房的租子能少点不呀')]);
    const result = await teach(store, group, { kind: 'intent', intent: 'rent_tenant' }, files);
    expect(result.added).toEqual(['门脸房的租子能少点不', '门脸房的租子能少点不呀']);
    const yaml = readFileSync(join(files.intentsDir, 'rent_tenant.yaml'), 'utf8');
    expect(yaml).toContain('  - 门脸房的租子能少点不呀\n');
    expect(yaml.split('\n').slice(0, 3)).toEqual(readFileSync(join(intentsDir, 'rent_tenant.yaml'), 'utf8').split('\n').slice(0, 3));
    expect(result.eval?.before.zh).toBeGreaterThan(0.9);
    expect(result.eval?.after.zh).toBeGreaterThan(0.9);
    expect(Array.isArray(result.eval?.worse)).toBe(true);
    expect(existsSync(files.modelFile)).toBe(true);
    // The saved model is the one for the edited files, and it now reads the owners' wording.
    const model = loadIntentModel(files.modelFile, files.intentsDir);
    expect(model.classifier.classify('门脸房的租子能少点不')[0]?.intent).toBe('rent_tenant');
    expect(await store.listEntries()).toEqual([]);
  });

  it('assigning a fact value adds a synonym that now reads the group, layout and comments kept', async () => {
    const group = await onlyGroup([entry('我开的是驴肉火烧铺', 'rent_tenant'), entry('我家是驴肉火烧铺子', 'rent_tenant')]);
    const before = readFileSync(files.entitiesFile, 'utf8');
    const result = await teach(store, group, { kind: 'fact', fact: 'industry', value: 'catering', synonym: '驴肉火烧铺' }, files);
    expect(result.factCheck).toEqual({ before: 0, after: 2, of: 2 });
    const after = readFileSync(files.entitiesFile, 'utf8');
    // Appended to the end of catering's Chinese list, in the file's own flow style.
    expect(after).toMatch(/zh: \[饭馆, [^\]\n]*, 驴肉火烧铺\]/);
    expect(after.split('\n').slice(0, 20)).toEqual(before.split('\n').slice(0, 20));
  });

  it('a synonym that would name two values is refused and the file left as it was', async () => {
    const group = await onlyGroup([entry('我开的是小卖部', 'rent_tenant')]);
    const before = readFileSync(files.entitiesFile, 'utf8');
    await expect(teach(store, group, { kind: 'fact', fact: 'industry', value: 'catering', synonym: '小卖部' }, files)).rejects.toThrow(TeachError);
    expect(readFileSync(files.entitiesFile, 'utf8')).toBe(before);
    expect(await store.listEntries()).toHaveLength(1);
  });

  it('out of scope, correct: messages the bot already refused need no training; dismiss learns nothing', async () => {
    const group = await onlyGroup([entry('今天北京天气怎么样'), entry('今天北京天气咋样')]);
    const result = await teach(store, group, { kind: 'out_of_scope' }, files);
    expect(result).toMatchObject({ file: null, added: [], eval: null, removed: 2 });
    const other = await onlyGroup([entry('asdfgh')]);
    expect(await teach(store, other, { kind: 'dismiss' }, files)).toMatchObject({ file: null, removed: 1 });
    expect(readFileSync(join(files.intentsDir, 'out_of_scope.yaml'), 'utf8')).toBe(readFileSync(join(intentsDir, 'out_of_scope.yaml'), 'utf8'));
  });
});
