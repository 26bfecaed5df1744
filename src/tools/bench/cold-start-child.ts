/**
 * Run in a fresh process by cold-start.ts: times each phase from process start to the first answer and
 * prints them as one JSON line. The phases are done one by one (createBot would do the same work in
 * one call) so the report shows where the time goes.
 */
import { performance } from 'node:perf_hooks';

const sinceStart = (): number => performance.now(); // performance.now() counts from process start
const cpu0 = process.cpuUsage();
const phases: Record<string, number> = {};
async function phase<T>(name: string, work: () => T | Promise<T>): Promise<T> {
  const t0 = performance.now();
  const value = await work();
  phases[name] = performance.now() - t0;
  return value;
}

const startedAt = sinceStart();
const { createBot } = await phase('import bot.js', () => import('../../bot/bot.js'));
const { loadDialogs } = await phase('import dialog-schema.js', () => import('../../dialog/dialog-schema.js'));
const { loadIntentModel } = await phase('import intent-model.js (node-nlp network)', () => import('../../nlu/intent-model.js'));
const { createUnderstander } = await phase('import understand.js', () => import('../../nlu/understand.js'));
const dialogs = await phase('loadDialogs (dialogs/*.yaml, notice)', () => loadDialogs());
const model = await phase('loadIntentModel (models/intent-model.json, staleness hash)', () => loadIntentModel());
const understand = await phase('createUnderstander', () => createUnderstander(model));
const bot = await phase('createBot (given the above)', () => createBot({ dialogs, understand }));
const reply = await phase('first turn', () => bot.handleTurn({ channel: 'cli', userId: 'cold', text: '区属国企的门面，月租2万' }));
await phase('second turn', () => bot.handleTurn({ channel: 'cli', userId: 'cold', text: '1' }));
const cpu = process.cpuUsage(cpu0);

process.stdout.write(`${JSON.stringify({
  processStartToScriptMs: startedAt,
  processStartToFirstAnswerMs: sinceStart() - (phases['second turn'] ?? 0),
  phases,
  cpuMs: (cpu.user + cpu.system) / 1000,
  answered: reply.awaiting !== null || reply.results.length > 0,
})}\n`);
