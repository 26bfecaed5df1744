/**
 * Conversation cues: what kind of message this is (a correction, a request to go back, a complaint, a
 * question about today ...), read once here from the words in intents/cues.yaml so the dialog engine never
 * re-reads raw text. Pure after the file is loaded.
 *
 * @example
 *   textCues('不对，我们其实是办公用房') // { correction: true, question: false, ... }
 */
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { readYamlFile } from '../lib/yaml-data.js';

export const cueNames = [
  'explicitReset', 'complaint', 'correction', 'resume', 'tenantSide', 'landlordSide', 'digression', 'calculate', 'aboutNow',
  'borrowerSide', 'checkup', 'undo', 'reversal', 'school', 'conditions', 'stillValid', 'guarantorSide',
] as const;
export type CueName = (typeof cueNames)[number];

/** Every cue of a message, plus whether it reads as a question and whether it asks whom to call. */
export type TextCues = Record<CueName | 'question' | 'whomToCall', boolean>;

export const cuesFile = fileURLToPath(new URL('../../intents/cues.yaml', import.meta.url));

const phrases = z.array(z.string().trim().min(1)).default([]);
const cueSchema = z.object({ zh: phrases, en: phrases }).strict();
const fileSchema = z.object(Object.fromEntries(cueNames.map((name) => [name, cueSchema])) as Record<CueName, typeof cueSchema>).strict();

export type CueWords = z.infer<typeof fileSchema>;

/**
 * A message reads as a question when it has a question mark or word, or is long: an answer to one question
 * is a few words ("有优惠没" asks, its 没 at the end). Kept in code: these are grammar, not vocabulary staff would extend.
 */
export const questionCue = /[?？]|吗|呢|怎么|如何|能不能|能否|可不可以|可以|多少|哪|什么|谁|咋|有[^，。,;；\s]{1,8}没有?\s*$|\b(how|what|can|could|who|where|when|which|is there|are there|do i|does|should|any)\b/i;
const longMessageChars = 16;

/** Whether a message reads as a question rather than an answer: a question word or mark, or a long message. */
export function looksLikeQuestion(text: string): boolean {
  return questionCue.test(text) || text.trim().length >= longMessageChars;
}

/**
 * Words of a contact question: a phone or number (not one being given), a department, whom to ask. English
 * words stand alone: "Caller runs a cleaning firm" names no call, "the whole rent" no "who".
 */
export const whomToCallCue = /(?<!我的|我们的|my |our )(电话|号码|phone|number(?! of\b))(?!\s*[:：]?\s*\d)|联系|找谁|问谁|哪个部门|哪个科|科室|热线|手机号?(?!\s*[:：]?\s*\d)|是谁|谁负责|(?<![a-z])(contact|call|who|which office|which department|hotline|talk to|speak to|reach)(?![a-z])/i;

/** A year after 2020 ("2026年还能申请吗") asks about today too. */
const laterYear = /20(2[1-9]|[3-9]\d)/;

/** "去年100万今年20万" compares revenue; its 今年 is the owner's 2020, not a question about today. */
const revenueComparison = /去年.{0,12}今年|今年.{0,12}去年|last year.{0,30}this year/i;

const escape = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One pattern per cue: zh phrases anywhere, en phrases as whole words. */
function compile(words: CueWords): Record<CueName, RegExp> {
  const compiled = {} as Record<CueName, RegExp>;
  for (const name of cueNames) {
    const { zh, en } = words[name];
    const parts = [
      ...[...zh].sort((a, b) => b.length - a.length).map(escape),
      ...[...en].sort((a, b) => b.length - a.length).map((w) => `(?<![a-z])${escape(w.toLowerCase())}(?![a-z])`),
    ];
    compiled[name] = parts.length > 0 ? new RegExp(parts.join('|'), 'i') : /(?!)/;
  }
  return compiled;
}

/** Builds the cue reader over a cue word list. */
export function createCueReader(words: CueWords): (text: string) => TextCues {
  const patterns = compile(words);
  return (text) => {
    const lower = text.toLowerCase().replace(/[’‘]/g, "'");
    const cues = Object.fromEntries(cueNames.map((name) => [name, patterns[name].test(lower)])) as TextCues;
    cues.question = looksLikeQuestion(text);
    cues.whomToCall = whomToCallCue.test(text);
    cues.aboutNow = (cues.aboutNow || laterYear.test(text)) && !revenueComparison.test(text);
    return cues;
  };
}

/** Reads and checks intents/cues.yaml. */
export function loadCueWords(file: string = cuesFile): CueWords {
  return readYamlFile(file, fileSchema);
}

let defaultReader: ((text: string) => TextCues) | undefined;

/** The cues of one message, from intents/cues.yaml (read on first use). */
export function textCues(text: string): TextCues {
  defaultReader ??= createCueReader(loadCueWords());
  return defaultReader(text);
}
