// The Lighthouse runs: each measured page audited in one Chromium of its own, its scores and failed
// audits put on the page's row, its full report written to bench-results/lighthouse/.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS } from '../tools/chromium.mjs';
import { log, seconds } from './format.mjs';
import { freePort, startDetached, stopDetached, waitForHttp } from './processes.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const LH_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** Lighthouse (default mobile config) on each page, in one Chromium reached over its debug port. */
export async function runLighthouse(chromiumPath, base, results) {
  const { default: lighthouse } = await import('lighthouse');
  const port = await freePort(Number(new URL(base).port) + 1);
  const profileDir = mkdtempSync(join(tmpdir(), 'bench-lh-'));
  const chrome = startDetached(
    chromiumPath,
    [
      ...CHROMIUM_ARGS,
      '--headless',
      `--remote-debugging-port=${port}`,
      '--remote-debugging-address=127.0.0.1',
      `--user-data-dir=${profileDir}`,
      'about:blank',
    ],
    { env: { ...process.env, CHROME_PATH: chromiumPath } },
    () => rmSync(profileDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 }),
  );
  try {
    await waitForHttp(`http://127.0.0.1:${port}/json/version`, 30_000);
    await lighthouseEach(lighthouse, port, base, results);
  } finally {
    await stopDetached(chrome);
  }
}

async function lighthouseEach(lighthouse, port, base, results) {
  // The first run in a fresh browser pays its start-up costs (its TBT came out ~500 ms too high):
  // one discarded run absorbs them.
  const warmUpRow = results.find((r) => !r.redirectsTo);
  if (warmUpRow) {
    await lighthouse(`${base}${warmUpRow.path}`, {
      port,
      hostname: '127.0.0.1',
      logLevel: 'error',
      onlyCategories: ['performance'],
      disableFullPageScreenshot: true,
    });
  }
  for (const row of results) {
    if (row.seed) {
      row.lighthouse = { skipped: 'Lighthouse starts without saved progress' };
      continue;
    }
    // A page that navigates on by itself (the assignment link page) is audited where it lands.
    if (row.redirectsTo) {
      row.lighthouse = { skipped: `navigates on to ${row.redirectsTo}` };
      log(`Lighthouse ${row.path}: skipped, it navigates on to ${row.redirectsTo}`);
      continue;
    }
    const t = Date.now();
    try {
      const result = await lighthouse(
        base + row.path,
        {
          port,
          hostname: '127.0.0.1',
          output: 'json',
          logLevel: 'error',
          onlyCategories: LH_CATEGORIES,
          disableFullPageScreenshot: true,
        },
        undefined,
      );
      if (!result) throw new Error('no result');
      row.lighthouse = lighthouseSummary(result.lhr);
      row.lighthouse.report = `bench-results/lighthouse/${slug(row.path)}.json`;
      mkdirSync(join(ROOT, 'bench-results', 'lighthouse'), { recursive: true });
      writeFileSync(join(ROOT, row.lighthouse.report), JSON.stringify(result.lhr));
      log(
        `Lighthouse ${row.path}: ${LH_CATEGORIES.map((c) => row.lighthouse.scores[c]).join(' / ')}` +
          ` (${seconds(Date.now() - t)})`,
      );
    } catch (error) {
      row.lighthouse = { error: error instanceof Error ? error.message : String(error) };
      log(`Lighthouse ${row.path}: failed: ${row.lighthouse.error}`);
    }
  }
}

/** Category scores (0–100) plus every scored audit that did not pass, with the elements named. */
function lighthouseSummary(lhr) {
  const scores = {};
  const failed = {};
  for (const id of LH_CATEGORIES) {
    const category = lhr.categories[id];
    scores[id] = category && category.score !== null ? Math.round(category.score * 100) : null;
    failed[id] = [];
    for (const ref of category?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 1) continue;
      if (audit.scoreDisplayMode === 'informative' || audit.scoreDisplayMode === 'notApplicable') {
        continue;
      }
      const items = audit.details?.items ?? [];
      failed[id].push({
        id: ref.id,
        title: audit.title,
        score: audit.score,
        displayValue: audit.displayValue ?? null,
        items: items.slice(0, 5).map((item) => {
          const node = item.node ?? item.element ?? null;
          return node?.selector || node?.snippet
            ? { selector: node.selector ?? null, snippet: node.snippet ?? null }
            : { url: item.url ?? null, text: item.description ?? item.source?.url ?? null };
        }),
      });
    }
  }
  return {
    scores,
    metrics: {
      fcpMs: lhr.audits['first-contentful-paint']?.numericValue ?? null,
      lcpMs: lhr.audits['largest-contentful-paint']?.numericValue ?? null,
      tbtMs: lhr.audits['total-blocking-time']?.numericValue ?? null,
      cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? null,
      speedIndexMs: lhr.audits['speed-index']?.numericValue ?? null,
    },
    failed,
    // Lighthouse's own CPU benchmark for this run: low when the machine is busy, and its simulated
    // throttling then multiplies the slowness (TBT especially).
    benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
    warnings: lhr.runWarnings ?? [],
  };
}

export async function lighthouseVersion() {
  const { createRequire } = await import('node:module');
  return createRequire(import.meta.url)('lighthouse/package.json').version;
}

/** A file name for a page path: `/` → home, `/a/b/` → a_b, `/404.html` → 404. */
function slug(path) {
  return (
    path
      .replace(/\.html$/, '')
      .replace(/^\/|\/$/g, '')
      .replace(/\//g, '_') || 'home'
  );
}
