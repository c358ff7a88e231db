/**
 * Every UI string comes from one keyed dictionary per language (`en.json`), through `t()`.
 * A second language is a second JSON file with the same keys.
 */
import en from './en.json';

type Leaves<T, P extends string = ''> = T extends string
  ? P
  : { [K in keyof T & string]: Leaves<T[K], P extends '' ? K : `${P}.${K}`> }[keyof T & string];

/** Every key in the dictionary, e.g. `home.start`. */
export type MessageKey = Leaves<typeof en>;

function lookup(key: string): string | undefined {
  let node: unknown = en;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/**
 * The UI string for `key`, with `{name}` placeholders filled from `vars`.
 *
 * @example t('overview.minutes', { n: 5 }) // "5 min"
 */
export function t(key: MessageKey, vars: Record<string, string | number> = {}): string {
  const template = lookup(key);
  if (template === undefined) throw new Error(`Missing UI string: ${key}`);
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole,
  );
}
