/**
 * Every UI string comes from one keyed dictionary per language (`en.json`), through one helper
 * (./translate.ts). A second language is a second JSON file with the same keys.
 */
import en from './en.json';
import { translator, type Leaves } from './translate';

export type Dictionary = typeof en;
export type Namespace = keyof Dictionary;
/** Every key in the dictionary, e.g. `home.start`. */
export type MessageKey = Leaves<Dictionary>;

/**
 * The UI string for `key`, with `{name}` placeholders filled from `vars` (pages and
 * build-time code).
 *
 * @example t('overview.minutes', { n: 5 }) // "5 min"
 */
export const t = translator(en);

/** The words for places in the article (see src/core/place.ts). */
export const placeWords = en.place;

/**
 * The parts of the dictionary an island needs, to pass to it as a prop. Islands must not
 * import the whole dictionary: it would ship every string of the site to the browser.
 *
 * @example <Summary client:load messages={pick('summary', 'overview')} />
 */
export function pick<N extends Namespace>(...namespaces: N[]): Pick<Dictionary, N> {
  return Object.fromEntries(namespaces.map((n) => [n, en[n]])) as Pick<Dictionary, N>;
}

/**
 * Some top-level keys of one namespace, for an island that needs only part of it (the rest of
 * the namespace is for pages and build-time components).
 *
 * @example pickKeys('statistics', ['lockIn', 'band']) // { statistics: { lockIn: '…', band: {…} } }
 */
export function pickKeys<N extends Namespace, K extends keyof Dictionary[N]>(
  namespace: N,
  keys: readonly K[],
): { [P in N]: Pick<Dictionary[N], K> } {
  const all = en[namespace];
  const some = Object.fromEntries(keys.map((k) => [k, all[k]]));
  return { [namespace]: some } as { [P in N]: Pick<Dictionary[N], K> };
}
