/**
 * The notice 西政办发〔2020〕6号 as data: metadata, the 14 measures with their clause text, units and
 * contacts. Loaded from notice.yaml beside this file and validated by zod, so a malformed entry stops
 * start-up with the path of the bad field.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseYamlText } from '../lib/yaml-data.js';
import { z } from 'zod';

const bilingual = z.object({ zh: z.string().min(1), en: z.string().min(1) }).strict();

/** A contact as the notice prints it; also describes `contacts` in the API's OpenAPI description. */
export const contactSchema = z.object({
  unit: z.string().min(1),
  office: z.string().min(1),
  person: z.string().min(1),
  phone: z.string().regex(/^\d{8,11}(-\d+)?(、\d{8,11}(-\d+)?)*$/, 'phone(s) as printed, e.g. 66201155-26042'),
  /** Present when the notice ties this contact to one part of the measure (e.g. 稳岗培训补贴). */
  topic: z.string().optional(),
}).strict();

/** One measure; also describes `/api/measures` in the API's OpenAPI description. */
export const measureSchema = z.object({
  id: z.number().int().min(1).max(14),
  chapter: z.number().int().min(1).max(7),
  title: bilingual,
  clause: z.string().min(1),
  summary: bilingual,
  units: z.array(z.string().min(1)).min(1),
  contacts: z.array(contactSchema),
  /** Why no contact is printed, for （十四）. */
  contactNote: bilingual.optional(),
}).strict();

const noticeSchema = z.object({
  docNumber: z.string(),
  issuer: z.string(),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  title: z.string(),
  period: bilingual,
  chapters: z.array(z.object({ id: z.number().int().min(1).max(7), heading: bilingual }).strict()).length(7),
  generalContact: contactSchema,
  measures: z.array(measureSchema).length(14),
}).strict();

export type Contact = z.infer<typeof contactSchema>;
export type Measure = z.infer<typeof measureSchema>;
export type Notice = z.infer<typeof noticeSchema>;
export type Bilingual = z.infer<typeof bilingual>;

export const noticeFile = fileURLToPath(new URL('../../src/policy/notice.yaml', import.meta.url));

/** Parses and validates the notice data; throws an error naming the bad field. */
export function parseNotice(text: string): Notice {
  const notice = parseYamlText(text, noticeSchema, 'notice.yaml');
  notice.measures.forEach((measure, index) => {
    if (measure.id !== index + 1) throw new Error(`notice.yaml: measures.${index}: expected id ${index + 1}`);
  });
  return notice;
}

let cached: Notice | undefined;

/** The notice, loaded once. @example loadNotice().measures[0].contacts[0].phone */
export function loadNotice(): Notice {
  cached ??= parseNotice(readFileSync(noticeFile, 'utf8'));
  return cached;
}

/** Measure N (1–14), or undefined. */
export function findMeasure(id: number): Measure | undefined {
  return loadNotice().measures.find((measure) => measure.id === id);
}

/** The measure N, which must exist (rules use it with their own constant ids). */
export function measure(id: number): Measure {
  const found = findMeasure(id);
  if (!found) throw new Error(`no measure ${id} in the notice`);
  return found;
}
