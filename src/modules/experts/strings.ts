/**
 * The island's UI strings, handed over by the page (`pick('experts', 'sources')`) instead of
 * imported, so the whole dictionary never ships to the browser with this island.
 */
import { createContext, useContext } from 'react';
import type { Dictionary } from '../../i18n';
import { translator, type Leaves, type Translate as TranslateOf } from '../../i18n/translate';

/** The slice of the dictionary the page passes. */
export type ExpertsMessages = Pick<Dictionary, 'experts' | 'sources'>;
export type ExpertsKey = Leaves<ExpertsMessages>;
export type Translate = TranslateOf<ExpertsMessages>;

/** A `t` over the given messages, exactly like `src/i18n`'s. */
export const makeT = (messages: ExpertsMessages): Translate => translator(messages);

export const StringsContext = createContext<Translate>((key) => key);

/** The island's `t`. */
export function useT(): Translate {
  return useContext(StringsContext);
}
