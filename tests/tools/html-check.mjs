// The W3C Nu HTML Checker (vnu.jar from the vnu-jar package, run with Java 11 or newer) over
// every page of a build: prints each error and a count per message, and fails on any error.
// Usage: node tests/tools/html-check.mjs [dist]
// SL_HTML_CHECK_REPORT_ONLY=1 prints the same report but exits 0 (for a branch that knows its
// pages still have errors); `npm test` fails on them unless it is set.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';

const dist = resolve(process.argv[2] ?? process.env['SL_OUT_DIR'] ?? 'dist');
const reportOnly = process.env['SL_HTML_CHECK_REPORT_ONLY'] === '1';
const jar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
const java = process.env['JAVA'] ?? 'java';

if (spawnSync(java, ['-version'], { stdio: 'ignore' }).status !== 0) {
  console.error(
    'HTML check: no Java found. Install one (`sudo apt-get install -y default-jre-headless`) or set JAVA.',
  );
  process.exit(2);
}

/** @param {string} dir @returns {string[]} */
const htmlFiles = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
const pages = existsSync(dist) ? htmlFiles(dist) : [];
if (pages.length === 0) {
  console.error(`HTML check: no pages in ${dist}; run the build first.`);
  process.exit(2);
}

// One JVM for every page; JSON on stderr, which is all it writes there.
const child = spawn(
  java,
  ['-jar', jar, '--errors-only', '--exit-zero-always', '--format', 'json', ...pages],
  { stdio: ['ignore', 'inherit', 'pipe'] },
);
let out = '';
child.stderr.setEncoding('utf8');
child.stderr.on('data', (chunk) => (out += chunk));
const code = await new Promise((done) => child.on('close', done));

/** @type {{ type: string, subType?: string, url?: string, lastLine?: number, firstColumn?: number, lastColumn?: number, message: string }[]} */
let messages;
try {
  messages = JSON.parse(out).messages;
} catch {
  console.error(`HTML check: the checker failed (exit code ${code}):\n${out}`);
  process.exit(2);
}
/**
 * CSS the checker's CSS profile does not know yet, though browsers do: the scroll-driven
 * animation properties (first impressions' reading bar, which degrades to nothing where a browser
 * lacks them). Only "property doesn't exist" for these names is let through; a misspelt property
 * or a bad value still fails.
 */
const NEWER_CSS =
  /^CSS: “(animation-timeline|animation-range|view-timeline|scroll-timeline|timeline-scope)”: Property “\1” doesn't exist\.$/;
const errors = messages.filter(
  (m) => (m.type === 'error' || m.subType === 'fatal') && !NEWER_CSS.test(m.message),
);

for (const m of errors) {
  const file = m.url ? relative(process.cwd(), new URL(m.url).pathname) : '(no file)';
  console.log(`${file}:${m.lastLine ?? '?'}:${m.firstColumn ?? m.lastColumn ?? '?'}: ${m.message}`);
}
const perMessage = new Map();
for (const m of errors) perMessage.set(m.message, (perMessage.get(m.message) ?? 0) + 1);
if (errors.length) {
  console.log('\nErrors per message:');
  for (const [message, n] of [...perMessage].sort((a, b) => b[1] - a[1]))
    console.log(`${String(n).padStart(5)}  ${message}`);
}
const withErrors = new Set(errors.map((m) => m.url)).size;
console.log(
  `\nNu HTML Checker: ${errors.length} error${errors.length === 1 ? '' : 's'} in ` +
    `${withErrors} of ${pages.length} pages.`,
);
if (errors.length && reportOnly)
  console.log('Not failing: SL_HTML_CHECK_REPORT_ONLY=1 is set. Without it these errors fail.');
process.exit(errors.length && !reportOnly ? 1 : 0);
