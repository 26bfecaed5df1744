/**
 * Entity-extraction accuracy per kind on intents/entity-cases.yaml, and the same money and percentage
 * cases run through the stock Microsoft recognizers that node-nlp ships (@nlpjs/builtin-microsoft), with
 * time per message for both, so `relief-bot eval` can print them side by side (issue 3 §3).
 *
 * Evaluation only: this is the one place the builtin recognizers are loaded. The request path uses our
 * extractors (src/nlu/entities.ts); src/nlu/classifier.ts remains the only file importing node-nlp for
 * classification. node-nlp is CommonJS, so the recognizer is required through createRequire from
 * node-nlp's own location (it is node-nlp's dependency, not ours).
 *
 * @example
 *   const report = evaluateEntities();
 *   report.kinds.find((k) => k.kind === 'money')?.accuracy // 1
 *   report.comparison[0] // { kind: 'money', cases: 86, ours: { correct: 86, accuracy: 1 }, builtin: { ... } }
 */
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { isDeepStrictEqual } from 'node:util';
import { z } from 'zod';
import { Decimal } from '../../policy/money.js';
import { extractEntities } from '../../nlu/entities.js';
import { normalizeText } from '../../nlu/normalize-text.js';
import {
  caseHasKind, checkCase, entityCasesFile, entityKinds, loadEntityCases, type EntityCase, type EntityKind,
} from './entity-cases.js';

export interface CaseFailure {
  text: string;
  expected: unknown;
  actual: unknown;
}

export interface KindScore {
  kind: EntityKind;
  cases: number;
  correct: number;
  /** correct / cases, 0..1. */
  accuracy: number;
  failures: CaseFailure[];
}

/** Values only (amounts in order; percentages in order), since the builtin knows nothing of per-month or months. */
export interface RecognizerComparison {
  kind: 'money' | 'percent';
  cases: number;
  ours: { correct: number; accuracy: number };
  builtin: { correct: number; accuracy: number; failures: CaseFailure[] } | null;
}

export interface EntityEvalReport {
  casesFile: string;
  cases: number;
  kinds: KindScore[];
  comparison: RecognizerComparison[];
  timing: {
    /** Messages timed per round, and rounds (after a warm-up round). */
    messages: number;
    rounds: number;
    /** All our extractors together (extractEntities) on every case. */
    oursMsPerMessage: number;
    /** extractEntities on the money and percentage cases only, the builtin's set. */
    oursMoneyPercentMsPerMessage: number;
    /** Builtin Number + Currency + Percentage recognizers on the money and percentage cases. */
    builtinMsPerMessage: number | null;
  };
  /** Why the builtin could not be measured, or null. */
  builtinError: string | null;
}

export interface EntityEvalOptions {
  casesFile?: string;
  /** Skip the builtin comparison (it takes a second or two to load). Default true. */
  includeBuiltin?: boolean;
  rounds?: number;
}

/** Scores our extractors per kind and compares money and percentages with the builtin recognizers. */
export function evaluateEntities(options: EntityEvalOptions = {}): EntityEvalReport {
  const casesFile = options.casesFile ?? entityCasesFile;
  const rounds = options.rounds ?? 50;
  const cases = loadEntityCases(casesFile);
  const extracted = cases.map((entityCase) => extractEntities(entityCase.text));

  const kinds = entityKinds.map((kind): KindScore => {
    const failures: CaseFailure[] = [];
    let total = 0;
    cases.forEach((entityCase, index) => {
      const entities = extracted[index];
      if (!entities || !caseHasKind(entityCase, kind)) return;
      total += 1;
      const check = checkCase(entityCase, kind, entities);
      if (!check.pass) failures.push({ text: entityCase.text, expected: check.expected, actual: check.actual });
    });
    return score(kind, total, failures);
  });

  const numeric = cases.filter((c) => caseHasKind(c, 'money') || caseHasKind(c, 'percent'));
  const texts = cases.map((c) => c.text);
  const numericTexts = numeric.map((c) => c.text);
  const oursMsPerMessage = timePerMessage(texts, rounds, (text) => extractEntities(text));
  const oursMoneyPercentMsPerMessage = timePerMessage(numericTexts, rounds, (text) => extractEntities(text));

  let builtin: BuiltinReader | null = null;
  let builtinError: string | null = null;
  if (options.includeBuiltin ?? true) {
    try {
      builtin = loadBuiltinReader();
    } catch (error) {
      builtinError = error instanceof Error ? error.message : String(error);
    }
  }
  const builtinMsPerMessage = builtin ? timePerMessage(numericTexts, rounds, builtin.raw) : null;

  const comparison = (['money', 'percent'] as const).map((kind): RecognizerComparison => {
    const relevant = numeric.filter((c) => caseHasKind(c, kind));
    const expectedValues = (c: EntityCase): string[] =>
      kind === 'money' ? (c.expect.money ?? []).map((m) => m.value) : (c.expect.percents ?? []);
    const oursCorrect = relevant.filter((c) => {
      const entities = extractEntities(c.text);
      const got = kind === 'money' ? entities.money.map((m) => m.value) : entities.percents.map((p) => p.value);
      return isDeepStrictEqual(got, expectedValues(c));
    }).length;
    let builtinScore: RecognizerComparison['builtin'] = null;
    if (builtin) {
      const reader = builtin;
      const failures: CaseFailure[] = [];
      for (const c of relevant) {
        const got = kind === 'money' ? reader.money(c.text) : reader.percents(c.text);
        if (!isDeepStrictEqual(got, expectedValues(c))) failures.push({ text: c.text, expected: expectedValues(c), actual: got });
      }
      const correct = relevant.length - failures.length;
      builtinScore = { correct, accuracy: ratio(correct, relevant.length), failures };
    }
    return {
      kind,
      cases: relevant.length,
      ours: { correct: oursCorrect, accuracy: ratio(oursCorrect, relevant.length) },
      builtin: builtinScore,
    };
  });

  return {
    casesFile,
    cases: cases.length,
    kinds,
    comparison,
    timing: { messages: texts.length, rounds, oursMsPerMessage, oursMoneyPercentMsPerMessage, builtinMsPerMessage },
    builtinError,
  };
}

function score(kind: EntityKind, cases: number, failures: CaseFailure[]): KindScore {
  const correct = cases - failures.length;
  return { kind, cases, correct, accuracy: ratio(correct, cases), failures };
}

function ratio(correct: number, total: number): number {
  return total === 0 ? 1 : correct / total;
}

/** Mean wall time per message over `rounds` passes, after untimed warm-up passes (so the JIT has settled). */
function timePerMessage(texts: string[], rounds: number, run: (text: string) => unknown): number {
  if (texts.length === 0) return 0;
  for (let round = 0; round < Math.max(1, Math.ceil(rounds / 4)); round += 1) texts.forEach(run);
  const started = performance.now();
  for (let round = 0; round < rounds; round += 1) texts.forEach(run);
  return (performance.now() - started) / (rounds * texts.length);
}

// ---------- the builtin recognizers, read as a user of them would ----------

const edgeSchema = z.object({
  entity: z.string(),
  start: z.number(),
  end: z.number(),
  resolution: z.object({ strValue: z.string().nullish(), value: z.unknown().optional() }).passthrough().optional(),
}).passthrough();
const resultSchema = z.object({ edges: z.array(edgeSchema) }).passthrough();
type Edge = z.infer<typeof edgeSchema>;

/** The small slice of @nlpjs/builtin-microsoft we call (it ships no types). */
interface BuiltinMicrosoft {
  findBuiltinEntities(text: string, locale: string, builtins: string[]): unknown;
}

interface BuiltinReader {
  /** The recognizer call alone, for timing. */
  raw: (text: string) => unknown;
  money: (text: string) => string[];
  percents: (text: string) => string[];
}

/** Only the recognizers that can find money or percentages; the default set adds DateTime and others and is slower. */
const builtins = ['Number', 'Currency', 'Percentage'];

function loadBuiltinReader(): BuiltinReader {
  const requireHere = createRequire(import.meta.url);
  const requireFromNodeNlp = createRequire(requireHere.resolve('node-nlp'));
  const loaded: unknown = requireFromNodeNlp('@nlpjs/builtin-microsoft');
  const Builtin = (loaded as { BuiltinMicrosoft?: unknown }).BuiltinMicrosoft;
  if (typeof Builtin !== 'function') throw new Error('@nlpjs/builtin-microsoft: BuiltinMicrosoft is not exported');
  const recognizer = new (Builtin as new (settings: object) => BuiltinMicrosoft)({ builtins });
  // Fed the same normalised text our extractors read (full-width digits folded), so the comparison is fair.
  const raw = (text: string): unknown => {
    const normalized = normalizeText(text);
    return recognizer.findBuiltinEntities(normalized, /[\u3400-\u9fff]/.test(normalized) ? 'zh' : 'en', builtins);
  };
  const edges = (text: string): Edge[] => resultSchema.parse(raw(text)).edges;
  return {
    raw,
    money: (text) => readBuiltinMoney(edges(text)),
    percents: (text) => readBuiltinPercents(edges(text)),
  };
}

/**
 * Money as a fair user of the builtin would read it: every currency entity, plus number entities of at
 * least 100 that no currency or percentage entity covers (the same bare-number rule our extractor uses),
 * keeping the longest of overlapping numbers.
 */
function readBuiltinMoney(edges: Edge[]): string[] {
  const currency = edges.filter((e) => e.entity === 'currency');
  const percents = edges.filter((e) => e.entity === 'percentage');
  const numbers = longestFirst(edges.filter((e) => e.entity === 'number'))
    .filter((e) => ![...currency, ...percents].some((other) => overlaps(e, other)))
    .filter((e) => (toDecimal(e)?.greaterThanOrEqualTo(100) ?? false));
  return keepNonOverlapping([...longestFirst(currency), ...numbers]).map(valueOf).filter((v): v is string => v !== null);
}

function readBuiltinPercents(edges: Edge[]): string[] {
  return keepNonOverlapping(longestFirst(edges.filter((e) => e.entity === 'percentage')))
    .map(valueOf)
    .filter((v): v is string => v !== null);
}

function longestFirst(edges: Edge[]): Edge[] {
  return [...edges].sort((a, b) => (b.end - b.start) - (a.end - a.start));
}

function keepNonOverlapping(edges: Edge[]): Edge[] {
  const kept: Edge[] = [];
  for (const edge of edges) if (!kept.some((other) => overlaps(edge, other))) kept.push(edge);
  return kept.sort((a, b) => a.start - b.start);
}

function overlaps(a: Edge, b: Edge): boolean {
  return a.start <= b.end && b.start <= a.end; // builtin edges have inclusive ends
}

function toDecimal(edge: Edge): Decimal | null {
  const text = edge.resolution?.strValue?.replace('%', '');
  if (!text) return null;
  try {
    return new Decimal(text);
  } catch {
    return null;
  }
}

function valueOf(edge: Edge): string | null {
  return toDecimal(edge)?.toFixed() ?? null;
}
