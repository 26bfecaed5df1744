/**
 * dialogs/_answers.yaml as data: questions the notice answers in so many words ("担保公司的补贴有上限吗"),
 * each with the words that cue it, its answer in both languages, the clause words it rests on, and the
 * dialog to offer afterwards. Validated by zod at load; the facts of each answer are checked against
 * the notice by test/dialog/direct-answer-data.test.ts.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { readYamlFile } from '../lib/yaml-data.js';

export const answersFile = '_answers.yaml';

const words = z.array(z.string().min(1)).min(1);
/** Every group must be matched by one of its words. */
const cueGroups = z.array(words).min(1);

const answerSchema = z.object({
  id: z.string().regex(/^[a-z][a-z-]*$/, 'an answer id in kebab-case, e.g. "guarantor-cap"'),
  /** The measure answered; null: the measure under discussion. */
  measure: z.number().int().min(1).max(14).nullable(),
  /** Words of the measure's clause, verbatim. */
  quote: z.string().min(1).optional(),
  /** Words the measure's clause does not use: the answer says the notice is silent on them. */
  absent: words.optional(),
  /** Whom to send the owner to: the measure's contacts (`all`) or one unit's among them. */
  contacts: z.string().min(1).optional(),
  cues: z.object({ zh: cueGroups, en: cueGroups }).strict(),
  /**
   * Phrases that hold a cue word in another sense, blanked before the cues are tried: "原材料", "can't get
   * materials" are goods a business lacks, not the documents an application asks for.
   */
  notCues: z.object({ zh: z.array(z.string().min(1)).default([]), en: z.array(z.string().min(1)).default([]) }).strict().optional(),
  /**
   * The first cue group names the measure: while that measure is under discussion (the dialog in progress or
   * last answered, the measure last answered), the other groups suffice ("一个人给多少钱" after the job subsidy).
   */
  topicFirst: z.boolean().optional(),
  /**
   * The first cue group names the measure: while the bot asks one of these facts in that measure's dialog, the
   * other groups suffice ("what percentage is the subsidy?" asked the landlord's reduction). Narrower than
   * topicFirst, for a measure two dialogs share: the tenant's （一） is no subsidy of a share.
   */
  topicWhileAsked: z.array(z.string().min(1)).optional(),
  /**
   * Only a follow-up about the measure under discussion ("so where do I apply?" after a result): in an opening
   * ("稳岗补贴怎么申请") the measure's dialog is the answer.
   */
  followUpOnly: z.boolean().optional(),
  /**
   * The facts the question is about ("办公" in the office-share question): naming them is asking, so they
   * do not make the message the owner's own case (which takes two other facts, an amount or a rate).
   */
  about: z.array(z.string().min(1)).optional(),
  /**
   * Only while the bot asks one of these facts: "小微是怎么算的" asked back about the size question. Elsewhere
   * the same words belong to other questions ("小微企业担保费怎么算").
   */
  asked: z.array(z.string().min(1)).optional(),
  /**
   * The answer is the same whatever the owner's business (a cap, a share the clause fixes, a thing the notice
   * does not say): facts stated beside it ("we're a guarantee company in Xicheng") say who asks, not a case
   * to work out. Amounts and rates still do.
   */
  anyCase: z.boolean().optional(),
  /**
   * How many facts of the owner's own case, besides those it is about, make the message that case (default two,
   * or one said of themselves): one for a question whether they qualify ("个体户 房租能减吗 房东是国资的").
   * Facts alone get the answer first, then the dialog starts with them; amounts or rates go to the dialog.
   */
  caseFacts: z.number().int().min(1).optional(),
  /**
   * Only a general question ("分店也给吗", "medium-sized firms too?"): said of the owner's own business ("我们是加盟店，
   * 能拿吗", "we're mid-sized, does it apply to us?") or naming their trade, it is their case, and the dialog works it out.
   */
  generalOnly: z.boolean().optional(),
  answer: z.object({ zh: z.string().min(1), en: z.string().min(1) }).strict(),
  /** The intent whose dialog works the owner's case out. */
  calculate: z.string().min(1).optional(),
}).strict();

const answersSchema = z.object({ answers: z.array(answerSchema) }).strict();

export type DirectAnswerEntry = z.infer<typeof answerSchema>;

/**
 * Loads dir/_answers.yaml (none: no direct answers); every id once, every cue in lower case.
 * @example loadAnswers(dialogsDir)[0]?.id // 'guarantor-cap'
 */
export function loadAnswers(dir: string): DirectAnswerEntry[] {
  const path = join(dir, answersFile);
  if (!existsSync(path)) return [];
  const { answers } = readYamlFile(path, answersSchema);
  const ids = new Set<string>();
  for (const entry of answers) {
    if (ids.has(entry.id)) throw new Error(`${path}: answer id "${entry.id}" is used twice`);
    ids.add(entry.id);
    const upper = [...entry.cues.zh, ...entry.cues.en].flat().find((word) => word !== word.toLowerCase());
    if (upper) throw new Error(`${path}: ${entry.id}: cue "${upper}" must be lower case (messages are matched in lower case)`);
  }
  return answers;
}
