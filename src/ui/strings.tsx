/**
 * One way to hand UI strings to an island: the page passes `pick(...)` of the dictionary as the
 * island's `messages` prop (so the browser never downloads the whole dictionary), the island
 * wraps its tree in {@link StringsProvider}, and any part reads its `t` with {@link useT}.
 *
 * @example
 * // page:   <RedFlags client:load messages={pick('redFlags', 'article')} … />
 * // island: <StringsProvider messages={messages}>…</StringsProvider>
 * // part:   const t = useT<RedFlagsMessages>();
 */
import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { translator, type Translate } from '../i18n/translate';

// The context holds a translator over whichever slice the island was given; `useT` names it.
const StringsContext = createContext<Translate<unknown> | null>(null);

/** Makes `t` for `messages` once and hands it to every part below. */
export function StringsProvider<D>({ messages, children }: { messages: D; children: ReactNode }) {
  const t = useMemo(() => translator(messages), [messages]);
  return (
    <StringsContext.Provider value={t as Translate<unknown>}>{children}</StringsContext.Provider>
  );
}

/** The island's `t`, typed by the slice of the dictionary it was given. */
export function useT<D>(): Translate<D> {
  const t = useContext(StringsContext);
  if (!t) throw new Error('useT() outside a <StringsProvider>');
  return t as Translate<D>;
}
