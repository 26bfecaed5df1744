import { describe, expect, it } from 'vitest';
import { loadDialogs } from '../../src/dialog/dialog-schema.js';
import { loadNotice } from '../../src/policy/notice.js';
import { ruleIds } from '../../src/policy/rules/index.js';
import { corpusProblems, loadCorpus, parseCorpusFile } from '../../src/tools/conversation-corpus.js';

const corpus = loadCorpus();
const dialogIds = loadDialogs().dialogs.map((d) => d.id);
const notice = loadNotice();
const phones = [notice.generalContact.phone, ...notice.measures.flatMap((m) => m.contacts.map((c) => c.phone))];

describe('the conversation corpus (conversations/)', () => {
  it('follows the format, and every dialog, rule and phone it names exists in the dialogs and the notice', () => {
    expect(corpusProblems(corpus, { dialogIds, ruleIds, phones })).toEqual([]);
  });

  // The judge is held to a size, not a share: each round moves a measured held-out part to dev and developers write
  // variants of every family they fix, so dev grows faster on purpose; what a held-out figure needs is enough
  // conversations in each language for one failure to move it by well under a point.
  it('holds at least 300 conversations, at least half in dev and at least 500 held out (150 per language)', () => {
    const all = [...corpus.dev, ...corpus.heldout];
    expect(all.length).toBeGreaterThanOrEqual(300);
    expect(corpus.dev.length / all.length).toBeGreaterThan(0.5);
    expect(corpus.heldout.length).toBeGreaterThanOrEqual(500);
    for (const lang of ['zh', 'en'] as const) expect(corpus.heldout.filter((c) => c.lang === lang).length).toBeGreaterThanOrEqual(150);
    for (const set of [corpus.dev, corpus.heldout]) {
      expect(set.filter((c) => c.lang === 'en').length).toBeGreaterThan(set.length / 4);
      expect(set.filter((c) => c.lang === 'zh').length).toBeGreaterThan(set.length / 2);
    }
  });

  it('covers every dialog of dialogs/*.yaml in the dev and in the held-out set', () => {
    for (const set of [corpus.dev, corpus.heldout]) {
      const covered = new Set(set.map((c) => c.dialog));
      expect(dialogIds.filter((id) => !covered.has(id))).toEqual([]);
    }
  });

  it('names what a corpus mistake is: an unknown dialog, a rule that does not exist, a phone the notice does not print', () => {
    const [bad] = parseCorpusFile(`- id: x-1
  lang: zh
  dialog: rent-tenat
  opening: "房租"
  expect: { measure: 1, rule: rent-waver, phone: "12345678" }
`, 'dev/x.zh.yaml');
    if (!bad) throw new Error('no conversation');
    expect(corpusProblems({ dev: [bad], heldout: [] }, { dialogIds, ruleIds, phones })).toEqual([
      expect.stringContaining('dev/x.zh.yaml: x-1: unknown dialog "rent-tenat"'),
      'dev/x.zh.yaml: x-1: unknown rule "rent-waver"',
      'dev/x.zh.yaml: x-1: phone 12345678 is not printed in the notice',
    ]);
  });
});
