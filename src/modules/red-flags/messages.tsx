/**
 * The island's UI strings, handed over as a prop by the page (`pick('redFlags', 'article', 'place')`),
 * so the browser gets this module's strings instead of the whole dictionary.
 */
import { createContext, useContext } from 'react';
import type { Dictionary } from '../../i18n';
import { translator, type Leaves, type Translate as TranslateOf } from '../../i18n/translate';

/** The slice of the dictionary the page passes. */
export type RedFlagsMessages = Pick<Dictionary, 'redFlags' | 'article' | 'place'>;
/** Every key the island may use, e.g. `redFlags.check`. */
export type RfKey = Leaves<RedFlagsMessages>;
export type Translate = TranslateOf<RedFlagsMessages>;

export { translator };

const MessagesContext = createContext<Translate>((key) => key);
export const MessagesProvider = MessagesContext.Provider;

/** The island's `t()`, from the nearest {@link MessagesProvider}. */
export function useT(): Translate {
  return useContext(MessagesContext);
}
