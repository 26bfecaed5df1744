/**
 * Where `eval` and `bench` write their reports: <out>/<name>.json (the figures) and <out>/<name>.md
 * (the table the README quotes), in reports/ unless `--out` says otherwise.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const defaultReportsDir = fileURLToPath(new URL('../../reports/', import.meta.url));

/** The folder named by `--out`, resolved against the working directory, or reports/. */
export function reportsDir(out: string | undefined): string {
  return out === undefined ? defaultReportsDir : resolve(out);
}

/** Writes both files; returns the line that says where they went. @example writeReport('reports', 'eval', report, md) */
export function writeReport(dir: string, name: string, report: unknown, markdown: string): string {
  mkdirSync(dir, { recursive: true });
  const jsonFile = join(dir, `${name}.json`);
  const mdFile = join(dir, `${name}.md`);
  writeFileSync(jsonFile, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(mdFile, markdown);
  return `wrote ${jsonFile} and ${mdFile}`;
}
