/**
 * Openings written for five kinds of first message (test/openings/*.yaml, the conversation-corpus format of
 * conversations/README.md): a school's check-up, contact questions, general questions about the notice, a
 * tenant's rent opening in any shape, and openings that state every fact at once. Each is replayed through
 * the real bot as `relief-bot eval --conversations` would, and must end right with its first reply on topic.
 * They are not part of conversations/ (no dev or held-out figure is made of them): they pin the families.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { createBot, type Bot } from '../../src/bot/bot.js';
import { parseCorpusFile } from '../../src/tools/conversation-corpus.js';
import { replayConversation } from '../../src/tools/conversation-replay.js';

const dir = fileURLToPath(new URL('../openings/', import.meta.url));
const files = readdirSync(dir).filter((name) => name.endsWith('.yaml')).sort();

describe('openings reach the right measure and end right', () => {
  let bot: Bot;
  beforeAll(async () => {
    bot = await createBot();
  });

  for (const name of files) {
    const conversations = parseCorpusFile(readFileSync(join(dir, name), 'utf8'), name);
    describe(name, () => {
      for (const conversation of conversations) {
        it(`${conversation.id}: ${conversation.opening}`, async () => {
          const result = await replayConversation(bot, conversation, `openings-${conversation.id}`);
          const turns = result.turns.map((t) => `${t.why}: ${t.owner} → [${t.intent}; ${t.measures.join(',')}; ${t.awaiting ?? '-'}] ${t.bot}`);
          expect([...result.failures, ...(result.failures.length > 0 ? turns : [])]).toEqual([]);
          if (result.openingOnTopic !== null) expect(result.openingOnTopic, turns[0]).toBe(true);
        });
      }
    });
  }
});
