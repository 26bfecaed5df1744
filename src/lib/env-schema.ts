/**
 * Building blocks for environment-variable schemas (zod), shared by the app's own variables and each
 * channel's: an empty value (`FOO=`) counts as unset, as it does in most .env tooling, and every
 * message says what is expected.
 */
import { z } from 'zod';

/** "" and absent are the same: unset. */
const unsetIfEmpty = (value: unknown): unknown => (value === '' ? undefined : value);

/** An integer variable within [min, max]; `fallback` when unset. */
export function integer(min: number, max: number, fallback: number): z.ZodType<number> {
  const expected = `an integer from ${min} to ${max}`;
  return z.preprocess(
    unsetIfEmpty,
    z
      .string()
      .trim()
      .regex(/^\d+$/, { message: `expected ${expected}` })
      .transform(Number)
      .refine((n) => n >= min && n <= max, { message: `expected ${expected}` })
      .optional(),
  ).transform((n) => n ?? fallback);
}

/** A text variable matching `pattern`, or undefined when unset. */
export function text(pattern: RegExp, expected: string): z.ZodType<string | undefined> {
  return z.preprocess(unsetIfEmpty, z.string().regex(pattern, { message: `expected ${expected}` }).optional());
}

/** A URL variable with one of `protocols` ("https:"), or undefined when unset. */
export function url(protocols: readonly string[], expected: string): z.ZodType<string | undefined> {
  const ok = (value: string): boolean => {
    try {
      return protocols.includes(new URL(value).protocol);
    } catch {
      return false;
    }
  };
  return z.preprocess(unsetIfEmpty, z.string().refine(ok, { message: `expected ${expected}` }).optional());
}

/** One of `values`, or undefined when unset; `expected` words the message when a list reads badly ("on or off"). */
export function oneOf<const T extends readonly [string, ...string[]]>(values: T, expected = `one of ${values.join(', ')}`): z.ZodType<T[number] | undefined> {
  return z.preprocess(unsetIfEmpty, z.enum(values, { message: `expected ${expected}` }).optional());
}

/**
 * One room's variables: their schema, the checks that span several of them (each problem a line
 * naming the variable), and how they become that room's part of the frozen config.
 */
export interface EnvPart<S extends z.ZodRawShape, C> {
  shape: S;
  checks(env: z.infer<z.ZodObject<S>>): string[];
  read(env: z.infer<z.ZodObject<S>>): C;
}

/** Variables that only make sense together: all set or none, else a problem naming the missing ones. */
export function together<E extends Record<string, unknown>>(env: E, names: readonly (keyof E & string)[], what: string): string[] {
  const missing = names.filter((name) => env[name] === undefined);
  if (missing.length === 0 || missing.length === names.length) return [];
  return [`${missing.join(', ')}: required because ${names.filter((n) => !missing.includes(n)).join(', ')} ${what}`];
}
