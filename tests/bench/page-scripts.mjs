// Scripts that run inside the measured page, not in Node: Playwright passes each one's source to
// addInitScript, so they may use nothing from this module's scope.

/** Runs in the page before any of its own scripts: paint, long-task and hydration observers. */
export function installObservers() {
  const bench = { lcp: null, lcpElement: null, longTasks: [], interactive: null, islands: 0 };
  // A short CSS-like path of an element, e.g. `astro-island > form > div.notice > p`.
  const describe = (element) => {
    const parts = [];
    for (let el = element; el && el.nodeType === 1 && parts.length < 4; el = el.parentElement) {
      const name = el.localName;
      if (name === 'body' || name === 'html') break;
      const id = el.id ? `#${el.id}` : '';
      const cls = el.classList.length ? `.${[...el.classList].slice(0, 2).join('.')}` : '';
      parts.unshift(name + (id || cls));
    }
    return parts.join(' > ') || null;
  };
  Object.defineProperty(window, '__bench', { value: bench });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        bench.lcp = e.startTime;
        bench.lcpElement = describe(e.element);
      }
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.longTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // An engine without these entry types leaves the numbers empty.
  }
  // Islands are interactive once every <astro-island> has lost its `ssr` attribute.
  const check = () => {
    if (bench.interactive !== null || document.readyState === 'loading') return;
    const islands = document.querySelectorAll('astro-island');
    bench.islands = islands.length;
    if (!islands.length) return;
    for (const island of islands) if (island.hasAttribute('ssr')) return;
    bench.interactive = performance.now();
  };
  new MutationObserver(check).observe(document, {
    subtree: true,
    attributes: true,
    attributeFilter: ['ssr'],
  });
  document.addEventListener('DOMContentLoaded', check);
}

/** Runs before the page's scripts: a returning student's saved progress (first step done). */
export function seedProgress() {
  localStorage.setItem(
    'second-look:progress',
    JSON.stringify({
      version: 1,
      cases: {
        'paramedics-walkout': {
          firstImpressions: {
            believability: 3,
            share: 'maybe',
            claims: {},
            completedAt: '2026-11-25T09:00:00.000Z',
          },
          modules: {},
        },
      },
    }),
  );
}
