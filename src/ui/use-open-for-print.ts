/** A printed copy has every explanation: closed ones open for the print, then close again. */
import { useEffect, type RefObject } from 'react';

export function useOpenForPrint(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    let opened: HTMLDetailsElement[] = [];
    const before = () => {
      opened = [...(ref.current?.querySelectorAll('details:not([open])') ?? [])].map((d) => {
        (d as HTMLDetailsElement).open = true;
        return d as HTMLDetailsElement;
      });
    };
    const after = () => opened.forEach((d) => (d.open = false));
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
}
