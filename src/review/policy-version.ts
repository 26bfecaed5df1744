/**
 * The version of the policy data an answer was computed from: a content hash of the notice
 * (notice.yaml), the parameters (parameters.yaml, when the project has one) and the rules' source
 * (src/policy/rules/*.ts). Each part is hashed on its own too, so a look-up can say which one changed.
 *
 * @example policyVersion().version // 'c41f0a9e2b7d'
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface PolicyVersion {
  /** 12 hex characters over the three parts. */
  version: string;
  notice: string;
  /** null when there is no parameters file. */
  parameters: string | null;
  rules: string;
}

export interface PolicyFiles {
  notice: string;
  parameters: string;
  rulesDir: string;
}

/** Read from the source tree, from both src/ and dist/, as notice.ts reads notice.yaml. */
const policyDir = fileURLToPath(new URL('../../src/policy/', import.meta.url));
export const defaultPolicyFiles: PolicyFiles = {
  notice: join(policyDir, 'notice.yaml'),
  parameters: join(policyDir, 'parameters.yaml'),
  rulesDir: join(policyDir, 'rules'),
};

function sha(parts: ReadonlyArray<string | Buffer>): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex').slice(0, 12);
}

/** Hashes the policy files now (a few hundred kilobytes at most: cheap enough to call per look-up). */
export function policyVersion(files: PolicyFiles = defaultPolicyFiles): PolicyVersion {
  const notice = sha([readFileSync(files.notice)]);
  const parameters = existsSync(files.parameters) ? sha([readFileSync(files.parameters)]) : null;
  const ruleFiles = readdirSync(files.rulesDir).filter((name) => name.endsWith('.ts')).sort();
  const rules = sha(ruleFiles.flatMap((name) => [name, readFileSync(join(files.rulesDir, name))]));
  return { version: sha([notice, parameters ?? '-', rules]), notice, parameters, rules };
}

/** The parts that differ between two versions, by file name: ['notice.yaml', 'rules']. */
export function changedParts(then: PolicyVersion, now: PolicyVersion): string[] {
  const parts: string[] = [];
  if (then.notice !== now.notice) parts.push('notice.yaml');
  if (then.parameters !== now.parameters) parts.push('parameters.yaml');
  if (then.rules !== now.rules) parts.push('src/policy/rules');
  return parts;
}
