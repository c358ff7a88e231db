/**
 * Checking the shape of saved data in the browser: the few valibot-style building blocks the
 * lesson uses (`object`, `record`, `array`, `optional`, `pipe(string(), maxLength(n))`, …).
 *
 * Why not valibot itself: every island page ships React (about 66 KB gzip) and every page has a
 * 100 KB budget. Measured on 2026-12-01 (esbuild, minified, gzip -9), the same schemas cost
 * 1.8 KB with this file and 3.2 KB with valibot 1.5 for the saved state every page loads, and
 * 5.6 against 7.1 KB for all of the lesson's decoders. The names
 * and behaviour follow valibot's, so a schema reads the same: unknown keys are dropped, an absent
 * optional key stays absent, and `safeParse` never throws. Content is checked at build time
 * with zod (src/content/schemas.ts), which never reaches the browser.
 */

/** A check of an unknown value: returns it typed (unknown object keys dropped) or throws. */
export interface Schema<T> {
  (input: unknown, path: string): T;
  /** Set by {@link optional}, so {@link object} can make the key optional. */
  readonly optional?: true;
}

/** A schema whose key may be left out of an object. */
export interface OptionalSchema<T> extends Schema<T | undefined> {
  readonly optional: true;
}

/** A further condition on a value that already has the right type (see {@link pipe}). */
export type Check<T> = (value: T, path: string) => void;

/** The type a schema returns. */
export type InferOutput<S> = S extends Schema<infer T> ? T : never;

type Shape = Record<string, Schema<unknown>>;
type OptionalKeys<S extends Shape> = {
  [K in keyof S]: S[K] extends { optional: true } ? K : never;
}[keyof S];
type Flat<T> = { [K in keyof T]: T[K] } & {};
type ObjectOutput<S extends Shape> = Flat<
  { [K in Exclude<keyof S, OptionalKeys<S>>]: InferOutput<S[K]> } & {
    [K in OptionalKeys<S>]?: Exclude<InferOutput<S[K]>, undefined>;
  }
>;

class Invalid extends Error {}

function fail(path: string, expected: string): never {
  throw new Invalid(`${path || 'value'}: expected ${expected}`);
}

/** Keys that would reach an object's prototype if copied; skipped, as valibot does. */
const unsafeKey = (key: string) =>
  key === '__proto__' || key === 'constructor' || key === 'prototype';

const at = (path: string, key: string | number) =>
  typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;

const isPlainObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

export const string = (): Schema<string> => (x, p) =>
  typeof x === 'string' ? x : fail(p, 'a string');

/** A finite number (JSON has no others). */
export const number = (): Schema<number> => (x, p) =>
  typeof x === 'number' && Number.isFinite(x) ? x : fail(p, 'a number');

export const boolean = (): Schema<boolean> => (x, p) =>
  typeof x === 'boolean' ? x : fail(p, 'true or false');

export const unknown = (): Schema<unknown> => (x) => x;

export const literal =
  <const T extends string | number | boolean>(value: T): Schema<T> =>
  (x, p) =>
    x === value ? value : fail(p, JSON.stringify(value));

export const picklist =
  <const T extends string>(options: readonly T[]): Schema<T> =>
  (x, p) =>
    options.includes(x as T) ? (x as T) : fail(p, `one of ${options.join(', ')}`);

export function optional<T>(schema: Schema<T>): OptionalSchema<T> {
  const check = (x: unknown, p: string) => (x === undefined ? undefined : schema(x, p));
  return Object.assign(check, { optional: true as const });
}

export const nullable =
  <T>(schema: Schema<T>): Schema<T | null> =>
  (x, p) =>
    x === null ? null : schema(x, p);

/** The first option that accepts the value. */
export const union =
  <const S extends readonly Schema<unknown>[]>(options: S): Schema<InferOutput<S[number]>> =>
  (x, p) => {
    for (const option of options) {
      try {
        return option(x, p) as InferOutput<S[number]>;
      } catch {
        /* try the next one */
      }
    }
    return fail(p, 'one of several shapes');
  };

export const array =
  <T>(item: Schema<T>): Schema<T[]> =>
  (x, p) =>
    Array.isArray(x) ? x.map((value, i) => item(value, at(p, i))) : fail(p, 'a list');

export const record =
  <T>(key: Schema<string>, value: Schema<T>): Schema<Record<string, T>> =>
  (x, p) => {
    if (!isPlainObject(x)) return fail(p, 'an object');
    const out: Record<string, T> = {};
    for (const [k, v] of Object.entries(x)) {
      if (unsafeKey(k)) continue;
      out[key(k, at(p, k))] = value(v, at(p, k));
    }
    return out;
  };

export const object =
  <const S extends Shape>(shape: S): Schema<ObjectOutput<S>> =>
  (x, p) => {
    if (!isPlainObject(x)) return fail(p, 'an object');
    const out: Record<string, unknown> = {};
    for (const [k, schema] of Object.entries(shape)) {
      const v = schema(Object.hasOwn(x, k) ? x[k] : undefined, at(p, k));
      if (v !== undefined) out[k] = v;
    }
    return out as ObjectOutput<S>;
  };

/** A schema followed by further checks, e.g. `pipe(string(), maxLength(60))`. */
export const pipe =
  <T>(schema: Schema<T>, ...checks: Check<T>[]): Schema<T> =>
  (x, p) => {
    const value = schema(x, p);
    for (const check of checks) check(value, p);
    return value;
  };

const check =
  <T>(ok: (value: T) => boolean, expected: string): Check<T> =>
  (value, p) => {
    if (!ok(value)) fail(p, expected);
  };

export const minLength = (n: number) =>
  check<{ length: number }>((x) => x.length >= n, `at least ${n} long`);
export const maxLength = (n: number) =>
  check<{ length: number }>((x) => x.length <= n, `at most ${n} long`);
export const regex = (re: RegExp) => check<string>((x) => re.test(x), `to match ${re}`);
export const integer = () => check<number>(Number.isInteger, 'a whole number');
export const minValue = (n: number) => check<number>((x) => x >= n, `at least ${n}`);
export const maxValue = (n: number) => check<number>((x) => x <= n, `at most ${n}`);
export const gtValue = (n: number) => check<number>((x) => x > n, `more than ${n}`);

export type SafeParseResult<T> = { success: true; output: T } | { success: false; issue: string };

/** Checks a value; never throws. `issue` names the first place that did not fit. */
export function safeParse<T>(schema: Schema<T>, input: unknown): SafeParseResult<T> {
  try {
    return { success: true, output: schema(input, '') };
  } catch (error) {
    if (error instanceof Invalid) return { success: false, issue: error.message };
    // A value that breaks the checking itself (e.g. a getter that throws) is not valid either.
    return { success: false, issue: String(error) };
  }
}
