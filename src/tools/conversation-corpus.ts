/**
 * The whole-conversation corpus (conversations/dev/*.yaml, conversations/heldout/*.yaml): each file a list
 * of conversations written from the owner's side — an opening, the owner's own words for every fact the
 * bot may ask, optional extra messages (corrections, digressions, "go back"), and what the last reply must
 * show. The format (conversations/README.md) is a shared contract; this file parses and checks it.
 *
 * @example
 *   const corpus = loadCorpus('conversations');
 *   corpus.dev[0]?.opening // "我开了个小饭馆，租的是区里国企的铺面，三四月份房租能免吗"
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { factNames, isFactName, type FactName } from '../policy/facts.js';
import { parseYamlText } from '../lib/yaml-data.js';

/** conversations/ at the repository root (from src/tools or dist/tools alike). */
export const defaultCorpusDir = fileURLToPath(new URL('../../conversations/', import.meta.url));

export const corpusSets = ['dev', 'heldout'] as const;
export type CorpusSet = (typeof corpusSets)[number];

const fact = z.string().refine(isFactName, { error: (issue) => `unknown fact "${String(issue.input)}"; known facts: ${factNames.join(', ')}` });
/** What the owner types: YAML may read 22000 as a number; it is the same text. */
const ownerText = z.union([z.string(), z.number()]).transform(String).pipe(z.string().trim().min(1, 'the owner has to type something'));
const answers = z.record(z.string(), ownerText).superRefine((record, context) => {
  for (const key of Object.keys(record)) {
    if (!isFactName(key)) context.addIssue({ code: 'custom', path: [key], message: `unknown fact "${key}"; known facts: ${factNames.join(', ')}` });
  }
}).transform((record) => record as Partial<Record<FactName, string>>);
const amount = z.union([z.string().regex(/^\d+(\.\d+)?$/, 'an amount in yuan as digits, e.g. "44000"'), z.number().nonnegative()])
  .transform(String).nullable();

const expectSchema = z.object({
  measure: z.number().int().min(1).max(14).optional(),
  rule: z.string().min(1).optional(),
  eligible: z.boolean().nullable().optional(),
  amount: amount.optional(),
  phone: z.string().regex(/^[\d-]+$/, 'a phone number as printed in the notice, e.g. "66112569"').optional(),
  says: z.array(z.string().min(1)).optional(),
  notSays: z.array(z.string().min(1)).optional(),
}).strict().refine((e) => (e.eligible === undefined && e.amount === undefined) || e.measure !== undefined || e.rule !== undefined, {
  error: 'eligible and amount are read from a rule outcome: name its measure or rule',
});

const stepSchema = z.object({
  when: z.union([z.literal('any'), z.literal('result'), fact]),
  user: ownerText,
  answers: answers.optional(),
  expect: expectSchema.optional(),
}).strict();

const conversationSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, 'a lowercase id such as rent-tenant-zh-001'),
  lang: z.enum(['zh', 'en']),
  dialog: z.string().min(1),
  note: z.string().optional(),
  opening: ownerText,
  answers: answers.default({}),
  steps: z.array(stepSchema).default([]),
  expect: expectSchema,
}).strict();

const fileSchema = z.array(conversationSchema).min(1, 'a corpus file lists at least one conversation');

export type Expectation = z.infer<typeof expectSchema>;
export type ConversationStep = z.infer<typeof stepSchema>;
export type Conversation = z.infer<typeof conversationSchema> & { file: string };
export type Corpus = Record<CorpusSet, Conversation[]>;

/** A corpus file that does not follow the format; the message names the file and the field. */
export class CorpusError extends Error {}

/**
 * Parses one corpus file's text; `file` names it in errors and, when it ends in ".zh.yaml" or ".en.yaml",
 * every conversation in it must be in that language.
 */
export function parseCorpusFile(text: string, file: string): Conversation[] {
  let conversations: Array<z.infer<typeof conversationSchema>>;
  try {
    conversations = parseYamlText(text, fileSchema, file);
  } catch (error) {
    const message = (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
    throw new CorpusError(message.startsWith(`${file}:`) ? message : `${file}: not valid YAML: ${message}`);
  }
  const fileLang = /\.(zh|en)\.ya?ml$/.exec(file)?.[1];
  return conversations.map((conversation, index) => {
    if (fileLang && conversation.lang !== fileLang) {
      throw new CorpusError(`${file}: ${index}.lang: "${conversation.lang}" in a .${fileLang}.yaml file`);
    }
    return { ...conversation, file };
  });
}

function yamlFiles(dir: string): string[] {
  try {
    if (!statSync(dir).isDirectory()) return [];
  } catch {
    return [];
  }
  return readdirSync(dir).filter((name) => /\.ya?ml$/.test(name)).sort().map((name) => join(dir, name));
}

/**
 * Reads conversations/dev and conversations/heldout under `dir`; ids must be unique across both.
 * @example loadCorpus().heldout.length // 0 when the folder has no heldout set yet
 */
export function loadCorpus(dir: string = defaultCorpusDir): Corpus {
  const corpus: Corpus = { dev: [], heldout: [] };
  const seen = new Map<string, string>();
  for (const set of corpusSets) {
    for (const file of yamlFiles(join(dir, set))) {
      const where = join(set, basename(file));
      for (const conversation of parseCorpusFile(readFileSync(file, 'utf8'), where)) {
        const earlier = seen.get(conversation.id);
        if (earlier) throw new CorpusError(`${where}: id "${conversation.id}" is used twice (also in ${earlier})`);
        seen.set(conversation.id, where);
        corpus[set].push(conversation);
      }
    }
  }
  return corpus;
}

/** Labels a conversation may carry in `dialog` for topics that no dialogs/*.yaml file answers. */
export const topicsWithoutDialog = ['contact-lookup', 'general'] as const;

/** What the corpus may refer to: dialog ids, rule ids and the phones the notice prints. */
export interface CorpusReferences {
  dialogIds: readonly string[];
  ruleIds: readonly string[];
  phones: readonly string[];
}

/**
 * Cross-references the format cannot check alone: an unknown dialog (it would make a per-dialog row of
 * its own), an unknown rule, a phone the notice never prints. One line per problem; [] when sound.
 * @example corpusProblems(corpus, refs) // ['dev/x.zh.yaml: rent-x-1: unknown dialog "rent-tenat"']
 */
export function corpusProblems(corpus: Corpus, refs: CorpusReferences): string[] {
  const dialogs = new Set<string>([...refs.dialogIds, ...topicsWithoutDialog]);
  const problems: string[] = [];
  for (const conversation of [...corpus.dev, ...corpus.heldout]) {
    const where = `${conversation.file}: ${conversation.id}`;
    if (!dialogs.has(conversation.dialog)) problems.push(`${where}: unknown dialog "${conversation.dialog}"; known: ${[...dialogs].join(', ')}`);
    for (const expect of [conversation.expect, ...conversation.steps.flatMap((step) => (step.expect ? [step.expect] : []))]) {
      if (expect.rule !== undefined && !refs.ruleIds.includes(expect.rule)) problems.push(`${where}: unknown rule "${expect.rule}"`);
      if (expect.phone !== undefined && !refs.phones.includes(expect.phone)) problems.push(`${where}: phone ${expect.phone} is not printed in the notice`);
    }
  }
  return problems;
}
