/**
 * The one small helper every UI string goes through. Pages use `t` from ./index.ts (the whole
 * English dictionary); islands get only the parts they need as a prop (`pick(...)`) and make
 * their own `t` with {@link translator}, so the browser never downloads the whole dictionary.
 */

/** Every dotted key of a nested dictionary, e.g. `home.start`. */
export type Leaves<T, P extends string = ''> = T extends string
  ? P
  : { [K in keyof T & string]: Leaves<T[K], P extends '' ? K : `${P}.${K}`> }[keyof T & string];

/** A `t` function bound to one dictionary. */
export type Translate<D> = (key: Leaves<D>, vars?: Record<string, string | number>) => string;

function lookup(dict: unknown, key: string): string | undefined {
  let node: unknown = dict;
  for (const part of key.split('.')) {
    // Own keys only: a key built from data (`errors.constructor`) never finds Object's own.
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, part)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/**
 * Makes a `t` for a dictionary: the string for `key`, with `{name}` placeholders filled from
 * `vars`. A missing key throws, so a typo fails the build or the test that renders it.
 *
 * @example translator({ a: { b: 'Hi {name}' } })('a.b', { name: 'Sam' }) // "Hi Sam"
 */
export function translator<D>(dict: D): Translate<D> {
  return (key, vars = {}) => {
    const template = lookup(dict, key);
    if (template === undefined) throw new Error(`Missing UI string: ${key}`);
    return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in vars ? String(vars[name]) : whole,
    );
  };
}
