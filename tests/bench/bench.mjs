// Speed and size benchmark: builds the site, serves it on 127.0.0.1, loads every page in headless
// Chromium on a throttled "slow 4G + 4x CPU" profile and runs Lighthouse on each page.
// Prints a table, checks the targets and writes bench-results/bench.json.
//
//   npm run bench [-- --no-lighthouse] [-- --pages=/,/paramedics-walkout/] [-- --runs=3]
//                 [-- --no-build] [-- --strict]
//
// Honours SL_OUT_DIR (default dist) and SL_CACHE_DIR like the build; CHROMIUM_PATH picks the browser.
// This file is the command line and the order of things; the work is in the modules beside it:
// measure.mjs (throttled loads, with bytes.mjs and page-scripts.mjs), lighthouse.mjs, targets.mjs,
// report.mjs (table and bench.json), processes.mjs (child processes, ports) and format.mjs.
import { existsSync, readdirSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, NO_CHROMIUM, findChromium } from '../tools/chromium.mjs';
import { kb, log, ms, seconds } from './format.mjs';
import { lighthouseVersion, runLighthouse } from './lighthouse.mjs';
import { measure, warmUp } from './measure.mjs';
import { cleanup, freePort, run, startDetached, stopDetached, waitForHttp } from './processes.mjs';
import { printTable, summarise, writeResults } from './report.mjs';
import { checkTargets, missedStrictTargets } from './targets.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const OUT_DIR = process.env.SL_OUT_DIR || 'dist';
const RESULTS = join(ROOT, 'bench-results', 'bench.json');

/** An extra row: the home page as a returning student sees it (progress saved). */
const RETURNING_HOME = { path: '/ (saved progress)', url: '/', seed: true };

const HELP = `Usage: npm run bench [-- options]
  --no-lighthouse   skip the Lighthouse runs
  --pages=/,/x/     only these pages (comma-separated paths as in the table)
  --runs=N          loads per page for the throttled measurement (default 3; the median is shown)
  --no-build        measure the existing build in $SL_OUT_DIR (default dist) instead of building
  --strict          exit 1 when a target is missed (by default targets are only reported)`;

const opts = parseArgs(process.argv.slice(2));
const started = Date.now();
const loadAtStart = loadavg()[0];

process.on('SIGINT', () => {
  cleanup();
  process.exit(130);
});
process.on('SIGTERM', () => {
  cleanup();
  process.exit(143);
});
process.on('exit', cleanup);

try {
  process.exitCode = await main();
} catch (error) {
  console.error(`bench: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
} finally {
  cleanup();
}

async function main() {
  const chromiumPath = findChromium();
  if (!chromiumPath) {
    console.error(`bench: ${NO_CHROMIUM}`);
    return 1;
  }
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  const outDir = resolve(ROOT, OUT_DIR);

  if (opts.build) {
    log(`Building the site into ${OUT_DIR}/ …`);
    const t = Date.now();
    await run(join(ROOT, 'node_modules/.bin/astro'), ['build'], { cwd: ROOT, env });
    log(`Built in ${seconds(Date.now() - t)}.`);
  } else if (!existsSync(outDir)) {
    throw new Error(`${OUT_DIR}/ does not exist: run without --no-build.`);
  }

  let pages = discoverPages(outDir);
  if (opts.pages) {
    const unknown = opts.pages.filter((p) => !pages.includes(p));
    if (unknown.length) throw new Error(`no such page(s): ${unknown.join(', ')}`);
    pages = opts.pages;
  }

  const port = await freePort(Number(process.env.SL_PORT) || 4600);
  const base = `http://127.0.0.1:${port}`;
  log(`Serving ${OUT_DIR}/ at ${base} …`);
  const preview = startDetached(
    join(ROOT, 'node_modules/.bin/astro'),
    ['preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)],
    { cwd: ROOT, env },
  );
  await waitForHttp(`${base}/`, 30_000);

  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: CHROMIUM_ARGS,
    headless: true,
  });
  const chromiumVersion = browser.version();
  const results = [];
  try {
    await warmUp(browser, base);
    const targets = pages.map((path) => ({ path, url: path, seed: false }));
    if (pages.includes('/'))
      targets.splice(targets.findIndex((t) => t.path === '/') + 1, 0, RETURNING_HOME);
    for (const { path, url, seed } of targets) {
      const runs = [];
      for (let i = 0; i < opts.runs; i++)
        runs.push(await measure(browser, base, url, outDir, seed));
      const row = summarise(path, runs, url, seed);
      results.push(row);
      log(
        `${path}: FCP ${ms(row.fcpMs)}, LCP ${ms(row.lcpMs)}, TBT ${ms(row.tbtMs)}, ` +
          `interactive ${ms(row.interactiveMs)}, JS ${kb(row.bytes.js.gzip)} KB gzip`,
      );
    }
  } finally {
    await browser.close();
  }

  if (opts.lighthouse) {
    await runLighthouse(chromiumPath, base, results);
  }
  await stopDetached(preview);

  for (const row of results) row.targets = checkTargets(row);
  const totalMs = Date.now() - started;
  const load = { start: loadAtStart, end: loadavg()[0], cores: availableParallelism() };
  printTable(results, totalMs, load, opts);

  writeResults(RESULTS, {
    chromium: { path: chromiumPath, version: chromiumVersion },
    lighthouse: opts.lighthouse ? await lighthouseVersion() : null,
    runsPerPage: opts.runs,
    loadAverage: load,
    outDir: OUT_DIR,
    totalMs,
    pages: results,
  });

  return opts.strict && missedStrictTargets(results) ? 1 : 0;
}

/** Every built page: each index.html as its directory path, other *.html (e.g. /404.html) as is. */
function discoverPages(outDir) {
  const pages = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== '_astro') walk(full);
      } else if (entry.name.endsWith('.html')) {
        const rel = relative(outDir, full).split(sep).join('/');
        pages.push(
          rel.endsWith('index.html') ? '/' + rel.slice(0, -'index.html'.length) : '/' + rel,
        );
      }
    }
  };
  walk(outDir);
  if (!pages.length) throw new Error(`no pages found in ${outDir}`);
  // Home first, then the case pages in path order, 404 last.
  return pages.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

function rank(path) {
  return path === '/' ? 0 : path.endsWith('.html') ? 2 : 1;
}

function parseArgs(args) {
  const o = { lighthouse: true, build: true, strict: false, runs: 3, pages: null };
  for (const arg of args) {
    if (arg === '--help' || arg === '-h') {
      console.log(HELP);
      process.exit(0);
    } else if (arg === '--no-lighthouse') o.lighthouse = false;
    else if (arg === '--no-build') o.build = false;
    else if (arg === '--strict') o.strict = true;
    else if (arg.startsWith('--runs=')) {
      o.runs = Number(arg.slice('--runs='.length));
      if (!Number.isInteger(o.runs) || o.runs < 1) fail(`--runs needs a whole number >= 1`);
    } else if (arg.startsWith('--pages=')) {
      o.pages = arg
        .slice('--pages='.length)
        .split(',')
        .map((p) => p.trim())
        .filter(Boolean)
        .map((p) => (p.startsWith('/') ? p : '/' + p));
      if (!o.pages.length) fail('--pages needs at least one path');
    } else fail(`unknown option ${arg}\n${HELP}`);
  }
  return o;
}

function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(2);
}
