/**
 * Starts the red-flags island without Astro's island loader. The server renders nothing of the
 * island but a placeholder (the marking needs the browser), so there is nothing to hydrate; and
 * the loader is about 1.8 KiB gzip of inline script on the lesson's heaviest page (issue #17's
 * text settings and read-aloud needed the room). The page holds the island's props as JSON.
 */
import { useEffect, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import RedFlags from './RedFlags';
import type { RedFlagsProps } from './view-types';

/** Marks the root once the island has rendered (tests wait for it, as for Astro's islands). */
function Mounted({ root, children }: { root: HTMLElement; children: ReactNode }) {
  useEffect(() => {
    root.dataset['mounted'] = '';
  }, [root]);
  return children;
}

export function mountRedFlags(): void {
  const root = document.querySelector<HTMLElement>('[data-island="red-flags"]');
  const json = root?.querySelector('script[type="application/json"]')?.textContent;
  if (!root || !json) return;
  const props = JSON.parse(json) as RedFlagsProps;
  createRoot(root).render(
    <Mounted root={root}>
      <RedFlags {...props} />
    </Mounted>,
  );
}
