/**
 * The island's UI strings, handed over by the page instead of imported: the full dictionary
 * (every module's strings) would otherwise ship to the browser with this island. Keys stay typed
 * against `en.json`, and `t` works exactly like `src/i18n`'s.
 */
import { createContext, useContext } from 'react';
import type { MessageKey } from '../../../i18n';

/** The keys this island uses. */
export type ExpertsKey = Extract<MessageKey, `experts.${string}` | 'sources.newTab'>;

/** The slice of the dictionary the page passes: `{ experts: en.experts, sources: { newTab } }`. */
export interface ExpertsMessages {
  experts: object;
  sources: { newTab: string };
}

export type Translate = (key: ExpertsKey, vars?: Record<string, string | number>) => string;

/**
 * A `t` over the given messages. A missing key shows as the key itself (and is caught by
 * `astro check`, since keys are typed), so a student never sees a crash.
 *
 * @example makeT({ experts: { next: 'Next: {title}' }, sources: { newTab: '' } })('experts.next', { title: 'A' }) // 'Next: A'
 */
export function makeT(messages: ExpertsMessages): Translate {
  return (key, vars = {}) => {
    let node: unknown = messages;
    for (const part of key.split('.')) {
      node =
        typeof node === 'object' && node !== null
          ? (node as Record<string, unknown>)[part]
          : undefined;
    }
    const template = typeof node === 'string' ? node : key;
    return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in vars ? String(vars[name]) : whole,
    );
  };
}

export const StringsContext = createContext<Translate>((key) => key);

/** The island's `t`. */
export function useT(): Translate {
  return useContext(StringsContext);
}
