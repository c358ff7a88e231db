/**
 * Focus that moves after React has drawn the change that caused it (a result appears, a figure
 * opens): the island names its focus targets with `target(name)` refs, asks for one with
 * `focusLater(name)`, and the next render's effect moves focus there.
 */
import { useCallback, useEffect, useRef } from 'react';

export function useFocusLater() {
  const targets = useRef(new Map<string, HTMLElement>());
  const pending = useRef<string | null>(null);
  useEffect(() => {
    if (pending.current === null) return;
    targets.current.get(pending.current)?.focus();
    pending.current = null;
  });
  const target = useCallback(
    (name: string) => (el: HTMLElement | null) => {
      if (el) targets.current.set(name, el);
      else targets.current.delete(name);
    },
    [],
  );
  const focusLater = useCallback((name: string) => {
    pending.current = name;
  }, []);
  const focusNow = useCallback((name: string) => targets.current.get(name)?.focus(), []);
  return { target, focusLater, focusNow };
}
