/**
 * Renders an EvalReport as Markdown (reports/eval.md, and what `relief-bot eval` prints).
 *
 * @example
 *   writeFileSync('reports/eval.md', renderEvalMarkdown(evaluate()));
 */
import type { EvalReport } from './evaluate.js';

const pct = (value: number): string => `${(value * 100).toFixed(1)}%`;
const ms = (value: number): string => `${value.toFixed(3)} ms`;

function table(header: string[], rows: string[][]): string[] {
  return [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)];
}

/** The full report in Markdown. */
export function renderEvalMarkdown(report: EvalReport): string {
  const { heldout } = report;
  const lines: string[] = [
    '# Intent and entity evaluation',
    '',
    `Generated ${report.generatedAt} by \`npm run eval\` (\`relief-bot eval\`). Training: ${report.training.intents} intents, ` +
      `${report.training.utterances} utterances (zh ${report.training.byLang.zh}, en ${report.training.byLang.en}). ` +
      `Held-out (intents/heldout.yaml, never trained on): ${report.heldoutSize.utterances} utterances ` +
      `(zh ${report.heldoutSize.byLang.zh}, en ${report.heldoutSize.byLang.en}).`,
    '',
    `Threshold ${report.threshold} (below it: out_of_scope); ambiguity ratio ${report.ambiguityRatio} (runner-up ≥ ratio × top: ambiguous).`,
    '',
    '## Held-out accuracy',
    '',
    ...table(['set', 'correct', 'accuracy'], [
      ['all', `${heldout.metrics.correct}/${heldout.metrics.total}`, pct(heldout.metrics.accuracy)],
      ['zh', `${heldout.byLang.zh.correct}/${heldout.byLang.zh.total}`, pct(heldout.byLang.zh.accuracy)],
      ['en', `${heldout.byLang.en.correct}/${heldout.byLang.en.total}`, pct(heldout.byLang.en.accuracy)],
    ]),
    '',
    `Out of scope: precision ${pct(heldout.outOfScope.precision)}, recall ${pct(heldout.outOfScope.recall)} ` +
      `(${heldout.outOfScope.support} questions); in-scope accuracy ${pct(heldout.inScopeAccuracy)}.`,
    `Flagged ambiguous: ${pct(heldout.ambiguousShare)} of all held-out messages, ${pct(heldout.ambiguousAmongErrors)} of the misread ones.`,
    '',
    '## Per intent (held-out)',
    '',
    ...table(['intent', 'support', 'precision', 'recall', 'F1'], heldout.metrics.perIntent.map((m) => [
      m.intent, String(m.support), pct(m.precision), pct(m.recall), pct(m.f1),
    ])),
    '',
    '## Most confused pairs (held-out)',
    '',
    ...(heldout.metrics.confusedPairs.length === 0
      ? ['None.']
      : table(['expected', 'predicted', 'count', 'examples'], heldout.metrics.confusedPairs.map((p) => [
        p.expected, p.predicted, String(p.count), p.examples.join(' / '),
      ]))),
    '',
    '## Threshold sweep (held-out)',
    '',
    ...table(['threshold', 'zh', 'en', 'in-scope acc.', 'OOS recall', 'OOS precision'], report.sweep.map((r) => [
      String(r.threshold), pct(r.zh), pct(r.en), pct(r.inScopeAccuracy), pct(r.outOfScopeRecall), pct(r.outOfScopePrecision),
    ])),
    '',
  ];
  const cv = report.crossValidation;
  if (cv) {
    lines.push(
      `## ${cv.folds}-fold cross-validation (training utterances)`,
      '',
      `Mean accuracy ${pct(cv.mean)} (zh ${pct(cv.byLang.zh)}, en ${pct(cv.byLang.en)}); folds: ${cv.accuracies.map(pct).join(', ')}.`,
      '',
    );
  }
  const entities = report.entities;
  if (entities) {
    lines.push(
      '## Entity extraction',
      '',
      `${entities.cases} cases (${entities.casesFile}).`,
      '',
      ...table(['kind', 'cases', 'correct', 'accuracy'], entities.kinds.map((k) => [
        k.kind, String(k.cases), String(k.correct), pct(k.accuracy),
      ])),
      '',
      ...table(['kind', 'cases', 'ours', 'builtin (Microsoft, via node-nlp)'], entities.comparison.map((c) => [
        c.kind, String(c.cases), pct(c.ours.accuracy), c.builtin ? pct(c.builtin.accuracy) : 'not measured',
      ])),
      '',
      `Extraction time: ours ${ms(entities.timing.oursMsPerMessage)}/message` +
        (entities.timing.builtinMsPerMessage === null ? '' : `; builtin ${ms(entities.timing.builtinMsPerMessage)}/message`) +
        (entities.builtinError ? ` (builtin not measured: ${entities.builtinError})` : '') + '.',
      '',
    );
  }
  lines.push(
    '## Time per message',
    '',
    `Classification ${ms(report.timing.classifyMsPerMessage)}; classification + entity extraction ` +
      `${ms(report.timing.classifyAndExtractMsPerMessage)} (held-out messages, after warm-up). Training ${report.timing.trainingSeconds.toFixed(1)} s.`,
    '',
  );
  return lines.join('\n');
}

/** The few lines `relief-bot eval` prints before pointing at the files. */
export function renderEvalSummary(report: EvalReport): string {
  const h = report.heldout;
  const cv = report.crossValidation;
  const money = report.entities?.kinds.find((k) => k.kind === 'money');
  const percent = report.entities?.kinds.find((k) => k.kind === 'percent');
  return [
    `held-out accuracy ${pct(h.metrics.accuracy)} (zh ${pct(h.byLang.zh.accuracy)}, en ${pct(h.byLang.en.accuracy)})`,
    `out of scope: precision ${pct(h.outOfScope.precision)}, recall ${pct(h.outOfScope.recall)}; in-scope accuracy ${pct(h.inScopeAccuracy)}`,
    cv ? `${cv.folds}-fold cross-validation: ${pct(cv.mean)}` : '',
    money && percent ? `entities: money ${pct(money.accuracy)}, percent ${pct(percent.accuracy)}` : '',
    `time: ${ms(report.timing.classifyAndExtractMsPerMessage)}/message (classify + extract)`,
  ].filter((line) => line !== '').join('\n');
}
