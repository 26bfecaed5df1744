/**
 * Teaching without TypeScript: what staff decide for one inbox group, written into the data files the
 * bot is built from, then checked.
 * - an intent: the group's messages become training lines of intents/<intent>.yaml (zh or en by the
 *   message's language); the model is retrained and saved, and the held-out eval is shown before and
 *   after, so a change that breaks another intent is seen at once;
 * - a fact value: a synonym goes into intents/entities.yaml under facts.<fact>.<value>; the group's
 *   messages are read with the old and the new synonyms to show what it changes;
 * - out of scope, correct: the bot was right to refuse. Messages it did not refuse (it asked to clarify,
 *   or misread them) become out_of_scope training lines; the others need nothing;
 * - dismiss: noise, nothing is learnt.
 * Every decision then takes the group's entries out of the inbox. Files are edited through the yaml
 * library's document model, so staff comments and layout survive; a file that no longer validates is
 * put back as it was and the decision fails with the validator's message.
 *
 * @example await teach(store, group, { kind: 'intent', intent: 'rent_tenant' })
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isSeq, parseDocument } from 'yaml';
import { evaluate } from './eval/evaluate.js';
import { createFactExtractor } from '../nlu/extract-facts.js';
import { entitySynonymsFile, parseEntitySynonyms } from '../nlu/entity-synonyms.js';
import { intentModelFile, saveIntentModel, trainIntentModel } from '../nlu/intent-model.js';
import { intentsDir, loadIntents, OUT_OF_SCOPE } from '../nlu/intents.js';
import { enumValues, factKinds, isFactName, type FactName } from '../policy/facts.js';
import type { InboxGroup } from '../review/group-inbox.js';
import type { ReviewStore } from '../review/review-store.js';

export type Assignment =
  | { kind: 'intent'; intent: string }
  | { kind: 'fact'; fact: FactName; value: string; synonym: string }
  | { kind: 'out_of_scope' }
  | { kind: 'dismiss' };

export interface TeachFiles {
  intentsDir: string;
  entitiesFile: string;
  modelFile: string;
}

export const defaultTeachFiles: TeachFiles = { intentsDir, entitiesFile: entitySynonymsFile, modelFile: intentModelFile };

/** The held-out figures compared before and after. Accuracies 0–1. */
export interface EvalFigures {
  zh: number;
  en: number;
  outOfScopeRecall: number;
  inScopeAccuracy: number;
  f1: Record<string, number>;
}

export interface TeachResult {
  assignment: Assignment;
  /** The file written, or null. */
  file: string | null;
  /** The lines or the synonym added. */
  added: string[];
  /** Entries taken out of the inbox. */
  removed: number;
  eval: { before: EvalFigures; after: EvalFigures; worse: Array<{ intent: string; before: number; after: number }> } | null;
  /** For a fact value: how many of the group's messages give that value, with the old and the new synonyms. */
  factCheck: { before: number; after: number; of: number } | null;
}

/** A decision that cannot be carried out (unknown intent, bad fact value, file no longer valid). */
export class TeachError extends Error {}

function figures(dir: string): EvalFigures {
  const report = evaluate({ dir, folds: 0, entities: false, rounds: 1 });
  const h = report.heldout;
  return {
    zh: h.byLang.zh.accuracy,
    en: h.byLang.en.accuracy,
    outOfScopeRecall: h.outOfScope.recall,
    inScopeAccuracy: h.inScopeAccuracy,
    f1: Object.fromEntries(h.metrics.perIntent.map((m) => [m.intent, m.f1])),
  };
}

/**
 * Edits a YAML file through its document; restores it if `validate` throws. Written back without the
 * library's flow-list padding and line folding, so every untouched line stays byte for byte as staff wrote it.
 */
function editYaml(file: string, edit: (doc: ReturnType<typeof parseDocument>) => void, validate: () => void): void {
  const original = readFileSync(file, 'utf8');
  const doc = parseDocument(original);
  edit(doc);
  writeFileSync(file, doc.toString({ flowCollectionPadding: false, lineWidth: 0 }));
  try {
    validate();
  } catch (error) {
    writeFileSync(file, original);
    throw new TeachError(`${file} would not be valid, left unchanged: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Appends the messages not already in the intent's file; returns those added. */
function addTrainingLines(files: TeachFiles, intent: string, entries: InboxGroupEntries): string[] {
  const known = loadIntents(files.intentsDir).find((i) => i.intent === intent);
  if (!known) throw new TeachError(`no intent "${intent}": expected one of ${loadIntents(files.intentsDir).map((i) => i.intent).join(', ')}`);
  const added: string[] = [];
  const file = join(files.intentsDir, `${intent}.yaml`);
  editYaml(file, (doc) => {
    for (const entry of entries) {
      const list = known[entry.lang];
      const text = entry.text.trim();
      if (text === '' || list.includes(text) || added.includes(text)) continue;
      const seq = doc.get(entry.lang);
      if (!isSeq(seq)) throw new TeachError(`${file}: ${entry.lang} is not a list`);
      seq.add(text);
      added.push(text);
    }
  }, () => loadIntents(files.intentsDir));
  return added;
}

type InboxGroupEntries = ReadonlyArray<{ text: string; lang: 'zh' | 'en'; intent: string }>;

function retrain(files: TeachFiles, before: EvalFigures): NonNullable<TeachResult['eval']> {
  const after = figures(files.intentsDir);
  saveIntentModel(trainIntentModel(files.intentsDir), files.modelFile);
  const worse = Object.entries(before.f1)
    .map(([intent, f1]) => ({ intent, before: f1, after: after.f1[intent] ?? 0 }))
    .filter((row) => row.after < row.before - 1e-9);
  return { before, after, worse };
}

/** Reads and checks a fact assignment from the CLI or the page: "industry=catering". */
export function parseFactValue(text: string): { fact: FactName; value: string } {
  const [fact = '', value = ''] = text.split('=');
  if (!isFactName(fact)) throw new TeachError(`"${fact}" is not a fact name (see src/policy/facts.ts)`);
  const kind = factKinds[fact];
  if (kind === 'boolean' && value !== 'true' && value !== 'false') throw new TeachError(`${fact} takes true or false`);
  if (kind === 'enum' && !enumValues[fact]?.includes(value)) throw new TeachError(`${fact} takes one of ${enumValues[fact]?.join(', ')}`);
  if (kind !== 'boolean' && kind !== 'enum') throw new TeachError(`${fact} is a ${kind}: it is read by its extractor, not from synonyms`);
  return { fact, value };
}

/** Carries out one decision for a group, then removes the group's entries from the inbox. */
export async function teach(store: ReviewStore, group: InboxGroup, assignment: Assignment, files: TeachFiles = defaultTeachFiles): Promise<TeachResult> {
  const inGroup = new Set(group.entryIds);
  const entries = (await store.listEntries()).filter((e) => inGroup.has(e.id));
  const result: TeachResult = { assignment, file: null, added: [], removed: 0, eval: null, factCheck: null };

  if (assignment.kind === 'intent' || assignment.kind === 'out_of_scope') {
    const intent = assignment.kind === 'intent' ? assignment.intent : OUT_OF_SCOPE;
    // Confirming a refusal teaches only the messages the bot did not refuse.
    const toLearn = assignment.kind === 'intent' ? entries : entries.filter((e) => e.intent !== OUT_OF_SCOPE);
    if (toLearn.length > 0) {
      const before = figures(files.intentsDir);
      result.added = addTrainingLines(files, intent, toLearn);
      result.file = result.added.length > 0 ? join(files.intentsDir, `${intent}.yaml`) : null;
      if (result.added.length > 0) result.eval = retrain(files, before);
    }
  } else if (assignment.kind === 'fact') {
    const synonym = assignment.synonym.trim();
    if (synonym === '') throw new TeachError('give the word owners use for this value (--synonym)');
    const english = /^[\x20-\x7e]+$/.test(synonym);
    const read = (file: string) => createFactExtractor(parseEntitySynonyms(readFileSync(file, 'utf8'), file));
    const gives = (extract: ReturnType<typeof read>) =>
      entries.filter((e) => String(extract(e.text)[assignment.fact]) === assignment.value).length;
    const before = gives(read(files.entitiesFile));
    editYaml(files.entitiesFile, (doc) => {
      const path = ['facts', assignment.fact, assignment.value, english ? 'en' : 'zh'];
      const list = doc.getIn(path);
      if (isSeq(list)) {
        if (!list.items.some((item) => String((item as { value?: unknown }).value ?? item) === synonym)) list.add(synonym);
      } else {
        doc.setIn(path, doc.createNode([synonym], { flow: true }));
        const other = [...path.slice(0, 3), english ? 'zh' : 'en'];
        if (!doc.hasIn(other)) doc.setIn(other, doc.createNode([], { flow: true }));
      }
    }, () => parseEntitySynonyms(readFileSync(files.entitiesFile, 'utf8'), files.entitiesFile));
    result.file = files.entitiesFile;
    result.added = [synonym];
    result.factCheck = { before, after: gives(read(files.entitiesFile)), of: entries.length };
  }
  await store.removeEntries(group.entryIds);
  result.removed = group.entryIds.length;
  return result;
}
