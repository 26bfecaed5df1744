/**
 * Opening-only probes (test/opening-topics/*.yaml): owners', operators' and accountants' first messages in many
 * shapes (questions, stories first, relays, mixed language, learner English), each of which must already be on
 * its measure in the first reply, and in its dialog's intent where one is named (both sides of （一） share the
 * measure). Whole conversations are measured in conversations/; these pin only where an opening lands.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import { beforeAll, describe, expect, it } from 'vitest';
import { createBot, type Bot } from '../../src/bot/bot.js';

const probeSchema = z.array(z.object({
  lang: z.enum(['zh', 'en']),
  measure: z.number().int().min(1).max(14),
  intent: z.string().optional(),
  text: z.string().min(1),
}).strict());

const dir = fileURLToPath(new URL('../opening-topics/', import.meta.url));
const files = readdirSync(dir).filter((name) => name.endsWith('.yaml')).sort();

describe('an opening reaches its topic in the first reply', () => {
  let bot: Bot;
  beforeAll(async () => {
    bot = await createBot();
  });

  for (const name of files) {
    const probes = probeSchema.parse(parse(readFileSync(join(dir, name), 'utf8')));
    describe(name, () => {
      probes.forEach((probe, i) => {
        it(`${probe.lang} （${probe.measure}）${probe.intent ? ` ${probe.intent}` : ''}: ${probe.text}`, async () => {
          const reply = await bot.handleTurn({ channel: 'cli', userId: `opening-topic-${name}-${i}`, text: probe.text });
          const seen = `[${reply.intent}; ${reply.measures.join(',')}; ${reply.awaiting ?? '-'}] ${reply.text.split('\n')[0] ?? ''}`;
          expect(reply.measures, seen).toContain(probe.measure);
          if (probe.intent) expect(reply.intent, seen).toBe(probe.intent);
          expect(reply.lang, seen).toBe(probe.lang);
        });
      });
    });
  }
});
