// The targets each page is held to (and the Lighthouse aim), and which of them a page meets.
import { kb, ms } from './format.mjs';

/** Targets from issue 7. */
export const TARGETS = {
  // Issue 11: every page, HTML + CSS + script files, gzip, on a first visit (service worker aside).
  pageGzipMax: 100 * 1024,
  moduleJsGzipMax: 80 * 1024,
  // Issue 2 asks for "Continue where you left off" on the home page: on a first visit it runs
  // only a check for saved progress (inline); the Continue code loads when something is saved.
  homeContinueCheckGzipMax: 1024,
  // Issue 17: reading support (text settings before the first paint, read aloud's boot) is inline
  // on the pages that offer it, reading pages too: no script file, and small.
  readingSupportGzipMax: 1.5 * 1024,
  lcpMaxMs: 1000, // issue 11: LCP under 1.0 s
  lighthouseAim: { performance: 95, accessibility: 100, 'best-practices': 100, seo: null },
};
/** Reading pages: no script file beyond offline support; inline only what a target names. */
const READING_PAGE = /^\/(?:|[^/]+\/article\/|teach\/|sources\/)$/;
const MODULE_PAGE = /^\/[^/]+\/(?:red-flags|experts|statistics)\/$/;

/** Which JS target a page is held to: 'reading', 'module' or 'other' (the seeded row: none). */
export function pageKind(url, seed) {
  return seed
    ? 'other'
    : READING_PAGE.test(url)
      ? 'reading'
      : MODULE_PAGE.test(url)
        ? 'module'
        : 'other';
}

/** What a first visit downloads, gzip: HTML (inline scripts included), CSS and script files. */
export function pageTotal(row) {
  return row.bytes.html.gzip + row.bytes.css.gzip + row.bytes.js.gzip;
}

export function checkTargets(row) {
  const targets = {
    readingJs: null,
    moduleJs: null,
    lcp: {
      ok: row.lcpMs !== null && row.lcpMs < TARGETS.lcpMaxMs,
      detail:
        `LCP ${ms(row.lcpMs)} ms (target < ${ms(TARGETS.lcpMaxMs)} ms)` +
        (row.lcpElement ? `, LCP element: ${row.lcpElement}` : ''),
    },
    lighthouseAim: null,
    page: {
      ok: pageTotal(row) <= TARGETS.pageGzipMax,
      detail: `first visit ${kb(pageTotal(row))} KB gzip: HTML + CSS + JS (target <= ${kb(TARGETS.pageGzipMax)} KB)`,
    },
  };
  if (row.kind === 'reading') {
    const inline = row.inlineJs.beyondOffline;
    const continueOk =
      inline.continueCheck === 0 ||
      (row.url === '/' && inline.continueCheck <= TARGETS.homeContinueCheckGzipMax);
    const supportOk = inline.readingSupport <= TARGETS.readingSupportGzipMax;
    const ok = row.extraJs.raw === 0 && inline.unexplained === 0 && continueOk && supportOk;
    const parts = [
      inline.continueCheck &&
        `the check for saved progress behind "Continue" (issue 2) ${kb(inline.continueCheck)} KB`,
      inline.readingSupport &&
        `reading support (issue 17: text settings, read aloud's boot) ${kb(inline.readingSupport)} KB`,
      inline.unexplained && `other ${kb(inline.unexplained)} KB`,
    ].filter(Boolean);
    targets.readingJs = {
      ok,
      detail:
        (row.extraJs.raw
          ? `JS beyond offline support: ${kb(row.extraJs.gzip)} KB gzip in files` +
            (row.extraJs.files.length ? ` (${row.extraJs.files.join(', ')})` : '')
          : 'no script file beyond offline support') +
        (parts.length ? `; inline, gzip: ${parts.join(', ')}` : '') +
        (supportOk ? '' : ` (reading support target <= ${kb(TARGETS.readingSupportGzipMax)} KB)`),
    };
  }
  if (row.kind === 'module') {
    targets.moduleJs = {
      ok: row.bytes.js.gzip <= TARGETS.moduleJsGzipMax,
      detail:
        `JS ${kb(row.bytes.js.gzip)} KB gzip in script files (target <= ${kb(TARGETS.moduleJsGzipMax)} KB)` +
        `; Astro's inline island loader adds ${kb(row.inlineJs.gzip)} KB gzip inside the HTML`,
    };
  }
  if (row.lighthouse?.scores) {
    const below = Object.entries(TARGETS.lighthouseAim).filter(
      ([id, aim]) => aim !== null && (row.lighthouse.scores[id] ?? 0) < aim,
    );
    targets.lighthouseAim = {
      ok: below.length === 0,
      aim: true,
      detail: below.length
        ? `Lighthouse below aim: ${below.map(([id]) => `${id} ${row.lighthouse.scores[id]}`).join(', ')}` +
          (row.lighthouse.benchmarkIndex !== null
            ? ` (Lighthouse CPU benchmark ${Math.round(row.lighthouse.benchmarkIndex)}` +
              `${row.lighthouse.benchmarkIndex < 1000 ? ': busy CPU, rerun to confirm' : ''})`
            : '')
        : 'Lighthouse at aim',
    };
  }
  return targets;
}

/** Whether --strict fails the run: a row that missed the reading-JS, module-JS, page-size or LCP target. */
export function missedStrictTargets(results) {
  // Lighthouse scores are an aim, not a target: --strict fails only on the targets.
  return results.some((r) =>
    ['readingJs', 'moduleJs', 'page', 'lcp'].some((name) => r.targets[name] && !r.targets[name].ok),
  );
}
