/**
 * The island's UI strings: `pick('statistics')` from the page, read through the shared
 * `translator` (src/i18n/translate.ts), and handed to the subcomponents through a context.
 */
import { createContext, useContext } from 'react';
import type { Dictionary } from '../../i18n';
import type { Translate } from '../../i18n/translate';

/** What the page passes: `pick('statistics')`. */
export type Messages = Pick<Dictionary, 'statistics'>;
export type T = Translate<Messages>;

export const MessagesContext = createContext<T>((key) => key);

/** The island's `t()`. */
export const useT = (): T => useContext(MessagesContext);
