// First-visit weight of every built page, read from the build (no browser): the HTML, its
// stylesheets, and every script file it loads (island components and renderers, module scripts,
// and what those import, followed through static imports). Gzip -9, in KiB. A quick check while
// working; `npm run bench` measures the same in a real browser.
//
//   node tests/tools/page-weight.mjs [dist]   (exits 1 when a page is over the budget)
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export const PAGE_BUDGET = 100 * 1024;
const dist = resolve(process.argv[2] ?? process.env.SL_OUT_DIR ?? 'dist');
const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const kib = (n) => (n / 1024).toFixed(1);

function htmlFiles(dir) {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? htmlFiles(p) : f.endsWith('.html') ? [p] : [];
  });
}

/** Site path ('/_astro/x.js') → file in dist. */
const fileOf = (url) => join(dist, decodeURI(url.split(/[?#]/)[0]));

/** Every script a module script pulls in through static imports. */
function withImports(file, seen) {
  if (seen.has(file) || !existsSync(file)) return;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const m of code.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g))
    withImports(resolve(dirname(file), m[1]), seen);
}

export function pageWeight(file) {
  const html = readFileSync(file);
  // A script inside a <template> is inert until a page script moves it out (home's Continue, read
  // aloud's engine on the first press): not part of a first visit.
  const text = html.toString('utf8').replace(/<template\b[\s\S]*?<\/template>/g, '');
  const css = new Set();
  const js = new Set();
  for (const m of text.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g))
    css.add(fileOf(m[1]));
  for (const m of text.matchAll(
    /(?:<script[^>]+src="([^"]+)"|component-url="([^"]+)"|renderer-url="([^"]+)"|<link[^>]+rel="modulepreload"[^>]*href="([^"]+)")/g,
  ))
    withImports(fileOf(m[1] ?? m[2] ?? m[3] ?? m[4]), js);
  const sum = (files) => [...files].reduce((n, f) => n + gz(readFileSync(f)), 0);
  const w = { html: gz(html), css: sum(css), js: sum(js) };
  return { ...w, total: w.html + w.css + w.js };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let over = 0;
  console.log('Page'.padEnd(44), 'HTML', '  CSS', '   JS', ' Total (KiB gzip, first visit)');
  for (const file of htmlFiles(dist).sort()) {
    const w = pageWeight(file);
    const page = '/' + relative(dist, file).replace(/index\.html$/, '');
    const ok = w.total <= PAGE_BUDGET;
    if (!ok) over += 1;
    console.log(
      page.padEnd(44),
      kib(w.html).padStart(5),
      kib(w.css).padStart(5),
      kib(w.js).padStart(5),
      kib(w.total).padStart(6),
      ok ? '✓' : `✗ over ${kib(PAGE_BUDGET)}`,
    );
  }
  process.exit(over > 0 ? 1 : 0);
}
