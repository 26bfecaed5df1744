import { mkdtempSync, readFileSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { intentsDir, intentsHash, loadHeldout, loadIntents, OUT_OF_SCOPE } from '../../src/nlu/intents.js';

const measureIntents = [
  'rent_tenant', 'rent_landlord', 'rent_carrier', 'rent_school', 'rent_chain_store', 'finance_bank',
  'guarantee_borrower', 'guarantee_institution', 'procurement', 'innovation_voucher', 'consumption_voucher',
  'high_tech', 'fintech', 'resume_work', 'job_subsidy', 'other_difficulty',
];
const otherIntents = ['greeting', 'help', 'checkup', 'contact_lookup', 'handoff', 'cancel', 'thanks', OUT_OF_SCOPE];

const intents = loadIntents();
const heldout = loadHeldout(intents);
const same = (text: string) => text.trim().toLowerCase();

describe('intent data', () => {
  it('has exactly the agreed intents, each measure intent naming its measure', () => {
    expect(intents.map((i) => i.intent).sort()).toEqual([...measureIntents, ...otherIntents].sort());
    for (const intent of intents) {
      expect(intent.measures.length > 0, intent.intent).toBe(measureIntents.includes(intent.intent));
    }
    expect(intents.find((i) => i.intent === 'guarantee_institution')?.measures).toEqual([6]);
    expect(intents.find((i) => i.intent === 'other_difficulty')?.measures).toEqual([14]);
  });

  it('has at least 40 Chinese and 20 English utterances per measure intent, 25/12 for the others, 80/40 out of scope', () => {
    for (const intent of intents) {
      const [zh, en] = intent.intent === OUT_OF_SCOPE ? [80, 40] : measureIntents.includes(intent.intent) ? [40, 20] : [25, 12];
      expect(intent.zh.length, `${intent.intent} zh`).toBeGreaterThanOrEqual(zh);
      expect(intent.en.length, `${intent.intent} en`).toBeGreaterThanOrEqual(en);
    }
  });

  it('never gives one utterance two intents', () => {
    const seen = new Map<string, string>();
    for (const intent of intents) {
      for (const text of [...intent.zh, ...intent.en]) {
        const other = seen.get(same(text));
        expect(other === undefined || other === intent.intent, `"${text}" in ${other} and ${intent.intent}`).toBe(true);
        seen.set(same(text), intent.intent);
      }
    }
  });

  it('holds out at least 10 Chinese and 6 English questions for every intent, none of them trained on', () => {
    const training = new Set(intents.flatMap((i) => [...i.zh, ...i.en]).map(same));
    for (const name of [...measureIntents, ...otherIntents]) {
      const entry = heldout.filter((h) => h.intent === name);
      expect(entry.flatMap((h) => h.zh).length, `${name} zh`).toBeGreaterThanOrEqual(10);
      expect(entry.flatMap((h) => h.en).length, `${name} en`).toBeGreaterThanOrEqual(6);
    }
    const leaked = heldout.flatMap((h) => [...h.zh, ...h.en]).filter((text) => training.has(same(text)));
    expect(leaked).toEqual([]);
  });
});

describe('loading intent files', () => {
  function copyOfIntents(): string {
    const dir = mkdtempSync(join(tmpdir(), 'intents-'));
    cpSync(intentsDir, dir, { recursive: true });
    return dir;
  }

  it('names the file and field of a bad utterance list', () => {
    const dir = copyOfIntents();
    writeFileSync(join(dir, 'thanks.yaml'), 'intent: thanks\nmeasures: []\nzh: []\nen: [thanks]\n');
    expect(() => loadIntents(dir)).toThrow(/thanks\.yaml: zh/);
  });

  it('refuses an intent whose file is named after another', () => {
    const dir = copyOfIntents();
    writeFileSync(join(dir, 'thanks.yaml'), readFileSync(join(dir, 'greeting.yaml')));
    expect(() => loadIntents(dir)).toThrow(/must live in greeting\.yaml/);
  });

  it('changes the hash when a training utterance changes, not when the held-out file does', () => {
    const dir = copyOfIntents();
    const before = intentsHash(dir);
    writeFileSync(join(dir, 'heldout.yaml'), `${readFileSync(join(dir, 'heldout.yaml'), 'utf8')}\n`);
    expect(intentsHash(dir)).toBe(before);
    writeFileSync(join(dir, 'thanks.yaml'), `${readFileSync(join(dir, 'thanks.yaml'), 'utf8')}  - 多谢多谢\n`);
    expect(intentsHash(dir)).not.toBe(before);
  });
});
