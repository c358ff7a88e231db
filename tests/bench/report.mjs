// What a run reports: each page's row (medians over its runs), the printed table with the targets
// missed, and bench-results/bench.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { kb, median, ms, seconds } from './format.mjs';
import { LH_CATEGORIES } from './lighthouse.mjs';
import { PROFILE } from './measure.mjs';
import { TARGETS, pageKind, pageTotal } from './targets.mjs';

/** Medians over the runs; sizes and files from the first run (a cold load ships the same bytes). */
export function summarise(path, runs, url = path, seed = false) {
  const [first] = runs;
  const islands = first.islands;
  const interactive = runs.map((r) => r.interactiveMs);
  return {
    path,
    url,
    seed,
    kind: pageKind(url, seed),
    islands,
    // A page whose script navigates on (the assignment link page) is measured up to where it lands.
    redirectsTo: first.finalPath !== url ? first.finalPath : null,
    lcpElement: first.lcpElement,
    requests: median(runs.map((r) => r.requests)),
    transferBytes: first.transferBytes,
    bytes: first.bytes,
    extraJs: first.extraJs,
    inlineJs: first.inlineJs,
    fcpMs: median(runs.map((r) => r.fcpMs)),
    lcpMs: median(runs.map((r) => r.lcpMs)),
    tbtMs: median(runs.map((r) => r.tbtMs)),
    interactiveMs: islands ? median(interactive) : null,
    interactiveTimedOut: islands > 0 && interactive.some((v) => v === null),
    files: first.files,
    runs: runs.map(({ fcpMs, lcpMs, lcpElement, tbtMs, interactiveMs, requests }) => ({
      fcpMs,
      lcpMs,
      lcpElement,
      tbtMs,
      interactiveMs,
      requests,
    })),
    lighthouse: null,
  };
}

/** The table, the targets missed (and the Lighthouse aim), and how busy the machine was. */
export function printTable(results, totalMs, load, opts) {
  const header = [
    'Page',
    'HTML raw/gz',
    'CSS raw/gz',
    'JS raw/gz',
    'Inline JS',
    'Total gz',
    'Req',
    'FCP',
    'LCP',
    'TBT',
    'Interactive',
    'LH P/A/BP/SEO',
    'JS target',
    '≤100 KB',
    'LCP<1.0s',
    'LH aim',
  ];
  const rows = results.map((r) => {
    const lh = r.lighthouse?.scores
      ? LH_CATEGORIES.map((c) => r.lighthouse.scores[c] ?? '–').join('/')
      : r.lighthouse?.error
        ? 'error'
        : r.lighthouse?.skipped
          ? 'n/a'
          : '–';
    const jsTarget = r.targets.readingJs ?? r.targets.moduleJs;
    return [
      r.redirectsTo ? `${r.path} → ${r.redirectsTo}` : r.path,
      `${kb(r.bytes.html.raw)}/${kb(r.bytes.html.gzip)}`,
      `${kb(r.bytes.css.raw)}/${kb(r.bytes.css.gzip)}`,
      `${kb(r.bytes.js.raw)}/${kb(r.bytes.js.gzip)}`,
      kb(r.inlineJs.gzip),
      kb(pageTotal(r)),
      String(r.requests),
      ms(r.fcpMs),
      ms(r.lcpMs),
      ms(r.tbtMs),
      r.islands ? (r.interactiveTimedOut ? 'timeout' : ms(r.interactiveMs)) : 'n/a',
      lh,
      mark(jsTarget),
      mark(r.targets.page),
      mark(r.targets.lcp),
      mark(r.targets.lighthouseAim),
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const numeric = new Set([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  const line = (cells) =>
    cells
      .map((c, i) => (numeric.has(i) ? c.padStart(widths[i]) : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd();

  console.log('');
  console.log(
    `Profile: ${PROFILE.name} — ${PROFILE.latencyMs} ms RTT, ${PROFILE.downloadKbps} kbps down, ` +
      `${PROFILE.uploadKbps} kbps up, CPU ${PROFILE.cpuSlowdown}x slower; ` +
      `${PROFILE.viewport.width}x${PROFILE.viewport.height} mobile viewport; cold cache, service workers blocked; ` +
      `median of ${opts.runs} run(s).`,
  );
  console.log(
    'Sizes in KB (1 KB = 1024 bytes), raw/gzip -9; "JS" = script files, "Inline JS" = gzip of ' +
      'the scripts inside the HTML (counted in its bytes: the service-worker registration, and ' +
      "on island pages Astro's island loader); times in ms from navigation start; " +
      'Lighthouse 13 default mobile config (simulated throttling).',
  );
  console.log('');
  console.log(line(header));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const row of rows) console.log(line(row));

  const misses = [];
  const aims = [];
  for (const r of results) {
    for (const [name, t] of Object.entries(r.targets)) {
      if (!t || t.ok) continue;
      (name === 'lighthouseAim' ? aims : misses).push(`  ✗ ${r.path}: ${t.detail}`);
    }
  }
  console.log('');
  console.log(
    'Targets: reading pages ship no script file beyond offline support, and inline only the ' +
      'check behind "Continue" (home, issue 2) and reading support (text settings, read aloud, ' +
      'issue 17: <= 1.5 KB gzip); module pages <= 80 KB JS gzip in script files; ' +
      'every page <= 100 KB gzip on a first visit (HTML + CSS + JS); LCP < 1.0 s on every page.',
  );
  console.log(misses.length ? misses.join('\n') : '  ✓ all targets met');
  if (opts.lighthouse) {
    console.log('Lighthouse aim: performance >= 95, accessibility and best practices 100.');
    console.log(aims.length ? aims.join('\n') : '  ✓ every page at aim');
    for (const r of results) {
      if (!r.lighthouse?.failed) continue;
      for (const [category, audits] of Object.entries(r.lighthouse.failed)) {
        const aim = TARGETS.lighthouseAim[category];
        if (aim === null || (r.lighthouse.scores[category] ?? 0) >= aim) continue;
        for (const a of audits) {
          const where = a.items
            .map((i) => i.selector ?? i.url ?? i.text)
            .filter(Boolean)
            .slice(0, 3)
            .join('; ');
          console.log(
            `    ${r.path} ${category}: ${a.id}${a.displayValue ? ` (${a.displayValue})` : ''}` +
              (where ? ` — ${where}` : ''),
          );
        }
      }
    }
  }
  console.log(
    `\nTotal run time ${seconds(totalMs)}. Load average ${load.start.toFixed(1)} at the start, ` +
      `${load.end.toFixed(1)} at the end, on ${load.cores} cores` +
      (Math.max(load.start, load.end) > load.cores
        ? ': the machine was busy, so timings (and Lighthouse performance) are pessimistic.'
        : '.'),
  );
}

function mark(target) {
  return target ? (target.ok ? '✓' : '✗') : '–';
}

/** bench.json: the run's setting (profile, targets, machine load) and every page's row. */
export function writeResults(file, run) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(
    file,
    JSON.stringify(
      {
        date: new Date().toISOString(),
        node: process.version,
        chromium: run.chromium,
        lighthouse: run.lighthouse,
        profile: PROFILE,
        runsPerPage: run.runsPerPage,
        loadAverage: run.loadAverage,
        outDir: run.outDir,
        targets: TARGETS,
        notes: [
          'bytes: raw = uncompressed body, gzip = gzip -9 of each body (node:zlib); inline scripts are inside the HTML bytes and also reported on their own as inlineJs',
          '"/ (saved progress)": the home page with progress saved on the device (a returning student)',
          'astro preview gzips text responses; transferBytes is what went over the (throttled) wire',
          'timings are medians over the runs, in ms from navigation start',
          'TBT: sum of (long task - 50 ms) between FCP and load + quiet, clipped to that window',
          '404 is measured as /404.html',
        ],
        totalMs: run.totalMs,
        pages: run.pages,
      },
      null,
      2,
    ) + '\n',
  );
  console.log(`\nWrote ${relative(process.cwd(), file) || file}.`);
}
