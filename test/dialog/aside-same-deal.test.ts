/**
 * A question asked while the bot waits for a fact ("is this the same deal as normal shops get, or different?") is
 * answered (（三） is the SMEs' waiver applied to schools) and the pending question asked again; its words ("as
 * normal", the "rent" inside "different") are no answer and name no other measure.
 */
import { expect, test } from 'vitest';
import { dialogs, run } from './engine-driver.js';
import { dialogsNamed } from '../../src/dialog/turn.js';
import { answersBesideQuestion } from '../../src/nlu/question-back.js';
import { extractEntities } from '../../src/nlu/entities.js';

const opening = "We're a private tutoring school, approved by the district education commission. Our building is owned by a district SOE. Rent help?";

test.each([
  'is this the same deal as normal shops get, or different?',
  'wait, is it the same as what regular businesses get, or something different?',
  '这个跟普通商户的政策一样吗，还是不一样？',
])('"%s" mid-dialog is answered and the question asked again', (text) => {
  const { session, actions } = run([[opening, 'rent_school'], ['yes approved'], [text]]);
  expect(session.dialog).toBe('rent-school');
  expect(session.awaiting).toBe('openingDelayed');
  expect(session.facts.openingDelayed).toBeUndefined();
  expect(actions.some((a) => a.type === 'directAnswer' && a.id === 'school-like-sme')).toBe(true);
});

test('the "rent" inside "different", "current", "parent" names no rent measure', () => {
  expect(dialogsNamed(dialogs, 'is it different?')).toEqual([]);
  expect(dialogsNamed(dialogs, 'the parent company')).toEqual([]);
  expect(dialogsNamed(dialogs, 'rental relief').map((d) => d.id)).toContain('rent-tenant');
});

test('an alternative after a comma belongs to the question: its words answer nothing', () => {
  const text = 'is this the same deal as normal shops get, or different?';
  expect(answersBesideQuestion(text, 'openingDelayed', extractEntities(text))).toBe(false);
});
