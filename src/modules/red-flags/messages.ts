/**
 * Build time: which of the dictionary's strings the red-flags island gets, and when: the page
 * hands it the strings for marking; kinds.json and results.json the chooser's and the results'
 * (see ./view-types.ts and ./packed.ts).
 */
import { pick, type Dictionary } from '../../i18n';
import {
  ARTICLE_KEYS,
  KINDS_KEYS,
  PAGE_ONLY_KEYS,
  RESULTS_KEYS,
  type PageMessages,
} from './view-types';

/**
 * The page's strings for the island: the dictionary's `redFlags`, `article` and `place`, less
 * what it never shows and what comes later (the chooser's and the results' strings).
 */
export function pageMessages(): PageMessages {
  const { redFlags, article } = pick('redFlags', 'article');
  const without = new Set<string>([...PAGE_ONLY_KEYS, ...KINDS_KEYS, ...RESULTS_KEYS]);
  return {
    redFlags: Object.fromEntries(
      Object.entries(redFlags).filter(([key]) => !without.has(key)),
    ) as PageMessages['redFlags'],
    article: Object.fromEntries(
      ARTICLE_KEYS.map((key) => [key, article[key]]),
    ) as PageMessages['article'],
  };
}

/** Only these of the dictionary's `redFlags` strings. */
export function redFlagsStrings<K extends keyof Dictionary['redFlags']>(keys: readonly K[]) {
  const { redFlags } = pick('redFlags');
  return Object.fromEntries(keys.map((key) => [key, redFlags[key]])) as Pick<
    Dictionary['redFlags'],
    K
  >;
}
