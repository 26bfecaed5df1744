/** An English topic word names its measure only from a word's start: the "rent" of "different" or "parent" names none. */
import { expect, test } from 'vitest';
import { dialogs } from './engine-driver.js';
import { dialogsNamed } from '../../src/dialog/turn.js';

test('the "rent" inside "different", "current", "parent" names no rent measure; "rental" and "rents" do', () => {
  expect(dialogsNamed(dialogs, 'is it different?')).toEqual([]);
  expect(dialogsNamed(dialogs, 'the parent company, current owner')).toEqual([]);
  expect(dialogsNamed(dialogs, 'rental relief').map((d) => d.id)).toContain('rent-tenant');
  expect(dialogsNamed(dialogs, '房租').map((d) => d.id)).toContain('rent-tenant');
});
