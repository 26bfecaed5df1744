import { describe, expect, it } from 'vitest';
import { loadDialogs } from '../../src/dialog/dialog-schema.js';
import { step } from '../../src/dialog/engine.js';
import { newSession } from '../../src/dialog/session.js';
import { extractEntities } from '../../src/nlu/entities.js';
import { textCues } from '../../src/nlu/text-cues.js';
import type { Understanding } from '../../src/nlu/understanding.js';

// A kindergarten or training school telling its rent case in the check-up's words ("what can we get?") is asked
// （三）'s questions, not the whole check-up's; one that tells no case gets the check-up.
const dialogs = loadDialogs();
const now = 1_700_000_000_000;

function open(text: string, intent: string) {
  const lang = /[a-z]{4}/i.test(text.replace(/[\u4e00-\u9fff]/g, '')) ? 'en' : 'zh';
  const understanding: Understanding = { text, lang, intent, confidence: 0.9, ranking: [], ambiguous: null, entities: extractEntities(text), cues: textCues(text) };
  return step(newSession(lang, now), understanding, { dialogs, now }).session;
}

describe('a school telling its rent case in the check-up\'s words', () => {
  it.each([
    'kindergarten, 民办, approved by 区教委, landlord is 区属国企, rent 4万/month. what can we get?',
    "We're a private kindergarten approved by the district education commission, our landlord is a district SOE, rent 40k a month. What can we get?",
    '少儿美术培训机构，区教委批的，租的区属国企的房子，一个月3万，都能享受啥政策',
  ])('"%s" goes to the schools\' rent dialog', (text) => {
    for (const intent of ['checkup', 'rent_school']) {
      const session = open(text, intent);
      expect(session.dialog).toBe('rent-school');
      expect(session.awaiting).not.toBe('enterpriseSize');
    }
  });

  it('a kindergarten that tells no case gets the check-up', () => {
    expect(open('帮辖区一家民办幼儿园梳理一下能享受什么政策', 'checkup').dialog).toBe('checkup');
  });
});
