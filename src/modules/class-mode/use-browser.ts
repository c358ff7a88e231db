/** Two small browser states class mode follows: printing, and full screen. */
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * True while the page is being printed. Printing shows the static list with every answer, so
 * the island redraws it at once (before the browser lays out the printout).
 */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  return printing;
}

/**
 * Whether the page is in full screen, and a toggle; `null` where the browser does not offer full
 * screen (the button is then not shown).
 */
export function useFullScreen(): [boolean | null, () => void] {
  const [fullScreen, setFullScreen] = useState<boolean | null>(null);
  useEffect(() => {
    if (!document.fullscreenEnabled) return undefined;
    const update = () => setFullScreen(document.fullscreenElement !== null);
    update();
    document.addEventListener('fullscreenchange', update);
    return () => document.removeEventListener('fullscreenchange', update);
  }, []);
  const toggle = () => {
    const request = fullScreen
      ? document.exitFullscreen()
      : document.documentElement.requestFullscreen();
    request.catch(() => setFullScreen(document.fullscreenElement !== null));
  };
  return [fullScreen, toggle];
}
