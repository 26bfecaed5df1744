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
  'borrowerSide', 'guarantorSide', 'checkup', 'undo', 'reversal', 'school',
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

/**
 * Someone who works for the guarantor, with words between: "I work at a district government guarantee company",
 * "caller is from a guarantee firm", "finance manager of a guarantee co.", "我是区融资担保公司的财务", "我在西城一家
 * 担保公司上班". Not "我们是通过担保公司贷的款" (通过, 找, 用: the borrower's way to a loan) nor "是区担保公司担保的"
 * (guaranteed by it). Grammar, so kept here beside the phrases of intents/cues.yaml.
 */
const guarantorIdentity = new RegExp([
  String.raw`(?<![a-z])(?:i|we|caller|she|he|they)(?:'m|'re|'s| am| are| is| works?| working)? (?:at|for|in|from) (?:(?!(?:and|but|our|my|loan|bank|via|through)(?![a-z]))[a-z'.-]+ ){0,5}(?:guarantee|guarantor|guaranty)`,
  String.raw`(?<![a-z])(?:manager|director|staff|officer|accountant|employee|head|clerk|cfo|cashier) (?:of|at|from|in) (?:(?!(?:and|but|our|my|loan|bank)(?![a-z]))[a-z'.-]+ ){0,5}(?:guarantee|guarantor|guaranty)`,
  // 我们担保了 / 我们担保的客户, but not 给我们担保了 (the borrower's words).
  String.raw`(?<![给为帮替让])我们(?:已经|一共|累计|去年|共)?担保(?:了|的|过)`,
  String.raw`我们?是[^，,。；;！!？?\s企店贷借款通过找用靠经由被给帮为]{0,10}?(?:(?:融资)?担保(?:公司|机构|中心|集团|方)|融担)(?!担保的|给我|帮我|为我|替我)`,
  // 我在西城一家担保公司上班 (not 我们在担保公司办的贷款).
  String.raw`我们?在[^，,。；;！!？?\s企店贷借款通过找用靠经由被给帮为]{0,10}?(?:(?:融资)?担保(?:公司|机构|中心|集团)|融担)[^，,。；;！!？?\s]{0,4}(?:上班|工作|任职|就职)`,
].join('|'), 'i');

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
    cues.guarantorSide ||= guarantorIdentity.test(lower);
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
