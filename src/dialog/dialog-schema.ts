/**
 * Dialogs as data: dialogs/<id>.yaml (which intents start it, which facts it asks in which order, which
 * rules it calls) and dialogs/_facts.yaml (how each fact is asked, its retry and its choices).
 * Validated by zod at load, including every cross-reference: a rule exists, a fact exists, a choice
 * value is a value of its fact.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readYamlFile } from '../lib/yaml-data.js';
import { z } from 'zod';
import { enumValues, factKinds, factNames, isFactName, type FactName } from '../policy/facts.js';
import { findRule } from '../policy/rules/index.js';
import { loadAnswers, type DirectAnswerEntry } from './answer-schema.js';

export const dialogsDir = fileURLToPath(new URL('../../dialogs/', import.meta.url));
const factPromptsFile = '_facts.yaml';

const bilingual = z.object({ zh: z.string().min(1), en: z.string().min(1) }).strict();
const choice = z.object({ value: z.union([z.string(), z.boolean()]), zh: z.string().min(1), en: z.string().min(1) }).strict();
/** `yes` / `no`: the value a plain yes or no sets, for enum facts asked as a yes/no question ("有没有裁员？" "没有" → none). */
const factPrompt = z.object({
  ask: bilingual,
  retry: bilingual,
  choices: z.array(choice).optional(),
  /** What the question means, from the clause: said when the owner asks back ("分公司跟加盟有啥区别？"). */
  explain: bilingual.optional(),
  yes: z.string().optional(),
  no: z.string().optional(),
}).strict();
const factName = z.string().refine(isFactName, { error: (issue) => `unknown fact "${String(issue.input)}"; known facts: ${factNames.join(', ')}` });

const dialogSchema = z.object({
  id: z.string().regex(/^[a-z][a-z-]*$/, 'a dialog id in kebab-case, e.g. "rent-tenant"'),
  title: bilingual,
  intents: z.array(z.string().min(1)).min(1),
  measures: z.array(z.number().int().min(1).max(14)).min(1),
  rules: z.array(z.string().refine((id) => findRule(id) !== undefined, { error: (issue) => `unknown rule "${String(issue.input)}"` })),
  facts: z.array(factName),
  prompts: z.record(factName, factPrompt).optional(),
  /** Words that name this topic in a contact question ("担保找谁", "who do I call about rent"); the longest match wins. */
  topicWords: z.array(z.string().min(1)).default([]),
}).strict();

export type Bilingual = z.infer<typeof bilingual>;
export type Choice = z.infer<typeof choice>;
export type FactPrompt = z.infer<typeof factPrompt>;
export type DialogFile = z.infer<typeof dialogSchema>;

/** A loaded dialog: its file with every fact's prompt resolved (its own override, else the shared one). */
export interface Dialog extends Omit<DialogFile, 'facts' | 'prompts'> {
  facts: FactName[];
  prompts: Record<string, FactPrompt>;
}

export interface DialogSet {
  dialogs: Dialog[];
  byIntent: Map<string, Dialog>;
  byId: Map<string, Dialog>;
  /** The shared prompt of every fact. */
  factPrompts: Record<string, FactPrompt>;
  /** Questions the notice answers directly (dialogs/_answers.yaml). */
  answers: DirectAnswerEntry[];
}

/** A choice's value must be a value of its fact (true/false for yes/no facts). */
function checkChoices(where: string, fact: FactName, prompt: FactPrompt): void {
  const kind = factKinds[fact];
  for (const option of prompt.choices ?? []) {
    const valid = kind === 'boolean' ? typeof option.value === 'boolean' : kind === 'enum' && enumValues[fact]?.includes(String(option.value));
    if (!valid) throw new Error(`${where}: ${fact}: choice "${String(option.value)}" is not a value of ${fact}`);
  }
  for (const answer of [prompt.yes, prompt.no]) {
    if (answer !== undefined && !enumValues[fact]?.includes(answer)) throw new Error(`${where}: ${fact}: "${answer}" is not a value of ${fact}`);
  }
}

/**
 * Loads dialogs/*.yaml and dialogs/_facts.yaml. Every fact must have a prompt; every intent starts one
 * dialog at most. Throws an error naming the file and the field.
 * @example loadDialogs().byIntent.get('rent_tenant')?.facts[0] // 'landlordType'
 */
export function loadDialogs(dir: string = dialogsDir): DialogSet {
  const promptsPath = join(dir, factPromptsFile);
  const factPrompts = readYamlFile(promptsPath, z.record(factName, factPrompt));
  for (const fact of factNames) {
    const prompt = factPrompts[fact];
    if (!prompt) throw new Error(`${promptsPath}: no prompt for fact "${fact}"`);
    checkChoices(promptsPath, fact, prompt);
  }
  const dialogs: Dialog[] = [];
  const byIntent = new Map<string, Dialog>();
  const byId = new Map<string, Dialog>();
  // Files whose name starts with "_" hold shared data (_facts.yaml, _answers.yaml), not a dialog.
  for (const name of readdirSync(dir).filter((file) => file.endsWith('.yaml') && !file.startsWith('_')).sort()) {
    const path = join(dir, name);
    const file = readYamlFile(path, dialogSchema);
    if (`${file.id}.yaml` !== name) throw new Error(`${path}: id "${file.id}" does not match the file name`);
    const prompts: Record<string, FactPrompt> = {};
    for (const fact of file.facts as FactName[]) {
      const prompt = file.prompts?.[fact] ?? factPrompts[fact];
      if (!prompt) throw new Error(`${path}: no prompt for fact "${fact}"`);
      checkChoices(path, fact, prompt);
      prompts[fact] = prompt;
    }
    const dialog: Dialog = { ...file, facts: file.facts as FactName[], prompts };
    for (const intent of dialog.intents) {
      const other = byIntent.get(intent);
      if (other) throw new Error(`${path}: intent "${intent}" already starts dialog "${other.id}"`);
      byIntent.set(intent, dialog);
    }
    dialogs.push(dialog);
    byId.set(dialog.id, dialog);
  }
  const answers = loadAnswers(dir);
  for (const entry of answers) {
    if (entry.calculate && !byIntent.has(entry.calculate)) throw new Error(`${join(dir, '_answers.yaml')}: ${entry.id}: no dialog starts for intent "${entry.calculate}"`);
    const unknown = entry.about?.find((fact) => !isFactName(fact));
    if (unknown) throw new Error(`${join(dir, '_answers.yaml')}: ${entry.id}: about names no fact "${unknown}"`);
  }
  return { dialogs, byIntent, byId, factPrompts, answers };
}

/**
 * The dialogs of measure N alone, in file order (the check-up, which spans several, is none of them): both sides of （一）,
 * the borrower's and the institution's （六）, an information measure's one dialog.
 */
export function dialogsOfMeasure(set: DialogSet, measure: number): Dialog[] {
  return set.dialogs.filter((d) => d.measures.length === 1 && d.measures[0] === measure);
}

/** The prompt of a fact within a dialog, falling back to the shared one. */
export function promptFor(set: DialogSet, dialog: Dialog | undefined, fact: FactName): FactPrompt {
  const prompt = dialog?.prompts[fact] ?? set.factPrompts[fact];
  if (!prompt) throw new Error(`no prompt for fact "${fact}"`);
  return prompt;
}
