/**
 * Every conversation in test/transcripts/*.yaml, played through the real bot (the saved intent model,
 * the dialogs folder), one test per file. A file marked `skip: "reason"` is reported as skipped.
 */
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createBot, type Bot } from '../src/bot/bot.js';
import { describeDifferences, loadTranscript, runTranscript } from '../src/tools/transcript.js';

const dir = fileURLToPath(new URL('./transcripts/', import.meta.url));
const files = readdirSync(dir).filter((name) => name.endsWith('.yaml')).sort();

describe('transcripts', () => {
  let bot: Bot;
  beforeAll(async () => {
    bot = await createBot();
  });

  it('every dialog has a transcript named after it (<dialog>.yaml or <dialog>-….yaml)', () => {
    const missing = bot.dialogs.dialogs.map((d) => d.id).filter((id) => !files.some((name) => name === `${id}.yaml` || name.startsWith(`${id}-`)));
    expect(missing).toEqual([]);
  });

  for (const [index, name] of files.entries()) {
    const transcript = loadTranscript(join(dir, name));
    it.skipIf(transcript.skip !== undefined)(`${name}: ${transcript.title}`, async () => {
      const result = await runTranscript(bot, transcript, `transcript-${index}`);
      expect(describeDifferences(result.failed).join('\n')).toBe('');
    });
  }
});
