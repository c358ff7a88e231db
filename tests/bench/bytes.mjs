// Byte counting for one page load: what each request fetched, raw and gzip, by type, and how much
// of the JavaScript goes beyond offline support.
import { existsSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { sum } from './format.mjs';

/** The scripts offline support needs: the service-worker registration chunk and workbox-window. */
const OFFLINE_JS = /\/(?:Base\.astro_astro_type_script[^/]*|workbox-window[^/]*)\.js$/;
/** The inline script that registers the service worker (Base.astro). */
const OFFLINE_INLINE = /navigator\.serviceWorker\.register\(/;
/** Home's inline check for saved progress (src/ui/scripts/home.ts). */
const CONTINUE_CHECK = /data-continue-script/;
/**
 * Reading support (issue 17), inline on every page that has it: the text settings applied before
 * the first paint (src/ui/text-settings.js), and read aloud's boot, which shows the button only
 * where the browser has a voice and runs the engine from its <template> on the first press
 * (src/ui/scripts/read-aloud-boot.ts).
 */
const READING_SUPPORT = /"second-look:text"|data-read-aloud-script/;

/** The sizes of what a load's Playwright `requests` fetched; `outDir` holds the built files. */
export async function countBytes(requests, outDir) {
  // Bodies come from the built files (so that a page which navigates on, like /a/, still counts
  // what it loaded before); the browser's copy only for a response with no file behind it.
  // Each URL counts once (a second request for it is served from the browser's cache).
  const bytes = emptyBytes();
  const files = [];
  const seen = new Set();
  for (const request of requests) {
    const res = await request.response();
    if (!res || res.status() >= 400) continue;
    const type = classify(request.resourceType(), res.headers()['content-type'] ?? '');
    if (!type) continue;
    const url = new URL(request.url()).pathname;
    if (seen.has(url)) continue;
    seen.add(url);
    let body = readBuilt(outDir, url);
    if (!body) {
      try {
        body = await res.body();
      } catch {
        continue;
      }
    }
    const gzip = gzipSync(body, { level: 9 }).length;
    bytes[type].raw += body.length;
    bytes[type].gzip += gzip;
    files.push({ url, type, raw: body.length, gzip });
  }
  const extraJs = files.filter((f) => f.type === 'js' && !OFFLINE_JS.test(f.url));
  const inline = [];
  for (const f of files) {
    if (f.type !== 'html') continue;
    const html = readBuilt(outDir, f.url)?.toString('utf8') ?? '';
    for (const m of html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
      const code = m[1] ?? '';
      if (!code.trim()) continue;
      inline.push({
        raw: Buffer.byteLength(code),
        gzip: gzipSync(code, { level: 9 }).length,
        offline: OFFLINE_INLINE.test(code),
        continueCheck: CONTINUE_CHECK.test(code),
        readingSupport: READING_SUPPORT.test(code),
      });
    }
  }
  const inlineExtra = inline.filter((i) => !i.offline);
  const support = inlineExtra.filter((i) => i.readingSupport);
  const unexplained = inlineExtra.filter((i) => !i.readingSupport && !i.continueCheck);
  let transferBytes = 0;
  for (const request of requests) {
    try {
      const sizes = await request.sizes();
      transferBytes += sizes.responseBodySize + sizes.responseHeadersSize;
    } catch {
      // a request cut short by the page navigating on has no sizes
    }
  }

  return {
    transferBytes,
    bytes,
    extraJs: {
      raw: sum(extraJs.map((f) => f.raw)),
      gzip: sum(extraJs.map((f) => f.gzip)),
      files: extraJs.map((f) => f.url),
    },
    inlineJs: {
      raw: sum(inline.map((i) => i.raw)),
      gzip: sum(inline.map((i) => i.gzip)),
      beyondOffline: {
        raw: sum(inlineExtra.map((i) => i.raw)),
        gzip: sum(inlineExtra.map((i) => i.gzip)),
        continueCheck: sum(inlineExtra.filter((i) => i.continueCheck).map((i) => i.gzip)),
        readingSupport: sum(support.map((i) => i.gzip)),
        unexplained: sum(unexplained.map((i) => i.gzip)),
      },
    },
    files,
  };
}

/** The built file behind a URL path, or null. */
function readBuilt(outDir, urlPath) {
  let rel;
  try {
    rel = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (rel.endsWith('/')) rel += 'index.html';
  const file = join(outDir, rel);
  if (!file.startsWith(outDir + sep) || !existsSync(file)) return null;
  try {
    return readFileSync(file);
  } catch {
    return null;
  }
}

function classify(resourceType, contentType) {
  if (/javascript|ecmascript/.test(contentType) || resourceType === 'script') return 'js';
  if (/text\/css/.test(contentType) || resourceType === 'stylesheet') return 'css';
  if (/text\/html/.test(contentType) || resourceType === 'document') return 'html';
  return null;
}

function emptyBytes() {
  return { html: { raw: 0, gzip: 0 }, css: { raw: 0, gzip: 0 }, js: { raw: 0, gzip: 0 } };
}
