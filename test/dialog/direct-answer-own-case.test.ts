import { describe, expect, it } from 'vitest';
import { loadDialogs } from '../../src/dialog/dialog-schema.js';
import { step } from '../../src/dialog/engine.js';
import { newSession } from '../../src/dialog/session.js';
import { extractEntities } from '../../src/nlu/entities.js';
import { textCues } from '../../src/nlu/text-cues.js';
import type { Understanding } from '../../src/nlu/understanding.js';

// An opening that tells the owner's own case and asks how much, or whether they are in, gets the notice's answer
// and then its dialog at once; a rule asked with no case of theirs stops at the answer (with an offer).
const dialogs = loadDialogs();
const now = 1_700_000_000_000;

function open(text: string, intent: string) {
  const lang = /[\u4e00-\u9fff]/.test(text) ? 'zh' : 'en';
  const understanding: Understanding = { text, lang, intent, confidence: 0.9, ranking: [], ambiguous: null, entities: extractEntities(text), cues: textCues(text) };
  return step(newSession(lang, now), understanding, { dialogs, now });
}

describe('a direct answer to the owner\'s own case goes on to the calculation', () => {
  it.each([
    ['装修公司 写字楼是区属国企的 3月4月房租减多少啊', 'rent_tenant', 'office-half', 'rent-tenant'],
    ['律所 办公室在区属国企的楼里 房租免多少', 'rent_tenant', 'office-half', 'rent-tenant'],
    ['I run an English language school for kids in Xicheng. Our premises belong to a district state company. Were schools like ours covered by the March-April rent waiver?', 'rent_school', 'school-covered', 'rent-school'],
    ['I run a kids\' dance school. Our building belongs to a district state-owned company. Are schools like ours included in the rent waiver?', 'rent_school', 'school-covered', 'rent-school'],
  ])('"%s": the answer, then its dialog asks the next fact', (text, intent, id, dialog) => {
    const { session, actions } = open(text, intent);
    expect(actions[0]).toMatchObject({ type: 'directAnswer', id });
    expect(session.dialog).toBe(dialog);
    expect(session.awaiting).not.toBeNull();
  });

  it.each([
    ['办公用房减多少', 'rent_tenant'],
    ['写字楼办公用房是免一半还是全免', 'rent_tenant'],
    ['For office premises, was the rent waived in full or only half?', 'rent_tenant'],
  ])('"%s", a rule with no case of the owner\'s, stops at the answer', (text, intent) => {
    const { session, actions } = open(text, intent);
    expect(actions[0]).toMatchObject({ type: 'directAnswer', id: 'office-half' });
    expect(session.awaiting).toBeNull();
  });
});
