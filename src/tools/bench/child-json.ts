/**
 * Runs a bench child process (a script in this folder, compiled to dist/tools/bench/) and reads the one JSON
 * line it prints, with a time limit: measurements that need a fresh process (cold start, memory).
 *
 * @example
 * const figures = await runChildJson('cold-start-child.js', [], z.object({ createBotMs: z.number() }));
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';

/** The path of a compiled script next to this one. */
export function childScript(name: string): string {
  return fileURLToPath(new URL(`./${name}`, import.meta.url));
}

export interface ChildRun<T> {
  value: T;
  /** From spawn to exit, as the parent saw it. */
  wallMs: number;
}

/** Spawns `node [nodeArgs] <script> [args]` and parses its stdout's last line with `schema`. */
export function runChildJson<T>(script: string, args: string[], schema: z.ZodType<T>, options: { nodeArgs?: string[]; timeoutMs?: number } = {}): Promise<ChildRun<T>> {
  return runProcess([...(options.nodeArgs ?? []), childScript(script), ...args], options.timeoutMs ?? 120_000).then(({ stdout, wallMs }) => {
    const last = stdout.trim().split('\n').pop() ?? '';
    return { value: schema.parse(JSON.parse(last)), wallMs };
  });
}

/** Spawns `node <args>`, resolves with its stdout and wall time; rejects on a non-zero exit or the time limit. */
export function runProcess(args: string[], timeoutMs: number): Promise<{ stdout: string; wallMs: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      const wallMs = performance.now() - started;
      if (code === 0) resolve({ stdout, wallMs });
      else reject(new Error(`node ${args.join(' ')} ended with ${signal ?? String(code)}${signal === 'SIGKILL' ? ` (over ${timeoutMs} ms)` : ''}: ${stderr.trim().slice(-500)}`));
    });
  });
}
