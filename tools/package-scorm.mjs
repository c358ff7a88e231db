// `npm run package:scorm`: the lesson as a SCORM 1.2 package an LMS imports
// (dist-scorm/second-look-scorm12.zip). One SCO: scorm.html, which holds the LMS session and shows
// the lesson in a frame (src/modules/scorm/launch.ts says why).
//
// 1. A production build under a marker base path (SL_BASE), into dist-scorm/site: the site's own
//    build (dist/) is not touched, and every URL the site makes from its base is findable.
// 2. The marker becomes a relative path in HTML, CSS and JSON (from each file to the package
//    root), and in scripts the package root as the page sees it (`self.__slRoot`, set by
//    scorm-page.js at the top of every page). Links to folders point at their index.html.
// 3. No service worker (an LMS's origin is not ours) and no web app manifest; the pages keep
//    their Content-Security-Policy, less the hash of the removed registration script. The
//    footer's privacy line says the LMS keeps the progress too (en.json `scorm.footerPrivacy`).
// 4. scorm.html, scorm-launch.js and scorm-page.js (built from src/modules/scorm with esbuild),
//    imsmanifest.xml, zipped with fflate.
//
// Options: --no-build reuses dist-scorm/site from an earlier run (it must have been built with
// the marker).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, posix, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { zipSync } from 'fflate';
import { parse } from 'yaml';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const OUT = join(ROOT, 'dist-scorm');
export const ZIP = join(OUT, 'second-look-scorm12.zip');
const SITE = join(OUT, 'site');
const MARKER = '/__second_look_base__/';
const CASE = 'paramedics-walkout';

/** Every id in a YAML value, depth first. @type {(value: unknown, out: string[]) => string[]} */
function ids(value, out = []) {
  if (Array.isArray(value)) for (const v of value) ids(v, out);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      if (k === 'id' && typeof v === 'string') out.push(v);
      else ids(v, out);
    }
  return out;
}
const frontMatter = (file) =>
  parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))?.[1] ?? '');
const mdx = (dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort();

/**
 * What suspend data is encoded against besides the article (src/modules/scorm/suspend.ts): the
 * kinds of red flag, and the content's ids, in a fixed order (the unit tests use this too).
 */
export function lessonNames(caseId = CASE) {
  const dir = join(ROOT, 'content/cases', caseId);
  const types = ids(parse(readFileSync(join(ROOT, 'content/red-flag-types.yaml'), 'utf8')));
  const words = [
    caseId,
    ...ids(parse(readFileSync(join(dir, 'case.yaml'), 'utf8'))),
    ...['experts', 'statistics'].flatMap((part) =>
      mdx(join(dir, part)).flatMap((f) => [
        basename(f, '.mdx'),
        ...ids(frontMatter(join(dir, part, f))),
      ]),
    ),
    ...ids(parse(readFileSync(join(ROOT, 'content/transfer/posts.yaml'), 'utf8'))),
  ];
  return { types, words: [...new Set(words)] };
}

const files = (dir) =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? files(join(dir, d.name)) : [join(dir, d.name)],
  );
const sha256 = (text) => createHash('sha256').update(text).digest('base64');
const escapeXml = (s) =>
  s
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');

/** A URL attribute's value, made relative: a folder gets its index.html (LMSs serve files). */
function fileUrl(url, prefix) {
  const rest = url.slice(MARKER.length);
  const cut = rest.search(/[?#]/);
  const path = cut === -1 ? rest : rest.slice(0, cut);
  const tail = cut === -1 ? '' : rest.slice(cut);
  return prefix + (path === '' || path.endsWith('/') ? `${path}index.html` : path) + tail;
}

/** In a script: the marker at the start of a string literal becomes the root the page found. */
function scriptText(js, file) {
  const out = js
    .replaceAll(`\`${MARKER}`, '`${self.__slRoot}')
    .replaceAll(`"${MARKER}`, 'self.__slRoot+"')
    .replaceAll(`'${MARKER}`, "self.__slRoot+'");
  if (out.includes(MARKER))
    throw new Error(`package-scorm: ${file}: the base path in a place not handled`);
  return out;
}

const en = JSON.parse(readFileSync(join(ROOT, 'src/i18n/en.json'), 'utf8'));

function page(html, file, prefix) {
  // The service worker's registration (an inline module script) and the manifest link go.
  let out = html.replace(/<link rel="manifest"[^>]*>/, '');
  // "Nothing sent anywhere" is not so in an LMS: the footer says where progress goes.
  if (!out.includes(en.site.footerPrivacy))
    throw new Error(`package-scorm: ${file} has no privacy line in its footer`);
  out = out.replace(en.site.footerPrivacy, en.scorm.footerPrivacy);
  const registration = /<script type="module">([^<]*serviceWorker[^<]*)<\/script>/.exec(out);
  if (registration) {
    out = out.replace(registration[0], '');
    out = out.replace(` 'sha256-${sha256(registration[1])}'`, '');
  }
  // A script the page runs is allowed by its hash: changing its text would get it refused.
  for (const [, type, body] of out.matchAll(/<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/g))
    if (!/type="application\/json"/.test(type ?? '') && body?.includes(MARKER))
      throw new Error(`package-scorm: ${file}: an inline script uses the base path`);
  out = out.replace(
    /\s(href|src|component-url|renderer-url|action)="(\/__second_look_base__\/[^"]*)"/g,
    (_, attr, url) => ` ${attr}="${fileUrl(url, prefix)}"`,
  );
  // What is left (island props, inline scripts) takes the prefix alone: the islands add to it.
  out = out.replaceAll(MARKER, prefix);
  // Before any of the page's own scripts: where the package root is, and folder links.
  const csp = /<meta http-equiv="content-security-policy"[^>]*>/.exec(out);
  if (!csp) throw new Error(`package-scorm: ${file} has no Content-Security-Policy`);
  out = out.replace(csp[0], `${csp[0]}<script src="${prefix}scorm-page.js"></script>`);
  return out;
}

/**
 * One organization, one item, one SCO resource listing every file (SCORM 1.2 CAM). No
 * masteryscore: the LMS would turn the lesson's "completed" into passed/failed by the score.
 */
function manifest(title, fileList) {
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="second-look-${CASE}" version="1"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
  xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="second-look">
    <organization identifier="second-look">
      <title>${escapeXml(title)}</title>
      <item identifier="lesson" identifierref="sco" isvisible="true">
        <title>${escapeXml(title)}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="sco" type="webcontent" adlcp:scormtype="sco" href="scorm.html">
${fileList.map((f) => `      <file href="${escapeXml(f)}"/>`).join('\n')}
    </resource>
  </resources>
</manifest>
`;
}

export async function packageScorm({ rebuild = true } = {}) {
  const started = performance.now();
  if (rebuild) {
    rmSync(SITE, { recursive: true, force: true });
    const run = spawnSync(process.execPath, ['node_modules/.bin/astro', 'build'], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: '1',
        SL_BASE: MARKER,
        SL_OUT_DIR: SITE,
        // Its own cache: nothing built under the marker may reach the site's next build.
        SL_CACHE_DIR: join(OUT, 'cache'),
      },
    });
    if (run.status !== 0) throw new Error('package-scorm: the build failed');
  }
  const caseYaml = parse(readFileSync(join(ROOT, 'content/cases', CASE, 'case.yaml'), 'utf8'));
  /** @type {Record<string, Uint8Array>} */
  const zip = {};
  const text = (name, body) => (zip[name] = new TextEncoder().encode(body));
  const skip = /^(sw\.js|workbox-[^/]*\.js|manifest\.webmanifest)$/;
  for (const file of files(SITE)) {
    const name = relative(SITE, file).split('\\').join('/');
    if (skip.test(name)) continue;
    const prefix = posix.relative(posix.dirname(name), '.') || '.';
    const rel = `${prefix}/`;
    if (name.endsWith('.html')) text(name, page(readFileSync(file, 'utf8'), name, rel));
    else if (name.endsWith('.js')) text(name, scriptText(readFileSync(file, 'utf8'), name));
    else if (/\.(css|json|svg)$/.test(name))
      text(name, readFileSync(file, 'utf8').replaceAll(MARKER, rel));
    else zip[name] = readFileSync(file);
  }

  // The lesson as the red-flags island has it, for marks in suspend data.
  const marking = readFileSync(join(SITE, CASE, 'red-flags/index.html'), 'utf8');
  // The page holds the island's props as a JSON data block (src/modules/red-flags/mount.tsx).
  const props =
    /<div data-island="red-flags">[\s\S]*?<script type="application\/json">([\s\S]*?)<\/script>/.exec(
      marking,
    );
  if (!props?.[1]) throw new Error('package-scorm: no red-flags island to take the article from');
  const [article] = JSON.parse(JSON.parse(props[1]).content);
  const { types, words } = lessonNames();
  const config = {
    start: `${CASE}/index.html`,
    caseId: CASE,
    steps: caseYaml.steps.map((s) => s.id),
    article,
    types,
    words,
  };

  const bundle = async (entry) =>
    (
      await build({
        entryPoints: [join(ROOT, 'src/modules/scorm', entry)],
        bundle: true,
        minify: true,
        format: 'iife',
        target: 'es2020',
        write: false,
        legalComments: 'none',
      })
    ).outputFiles[0].text;
  text('scorm-page.js', await bundle('page.ts'));
  text('scorm-launch.js', await bundle('launch.ts'));
  text('scorm.css', 'html,body,iframe{margin:0;border:0;width:100%;height:100%;display:block}\n');
  const home = readFileSync(join(SITE, 'index.html'), 'utf8');
  const policy = /<meta http-equiv="content-security-policy" content="([^"]*)">/.exec(home)?.[1];
  if (!policy) throw new Error('package-scorm: no Content-Security-Policy on the home page');
  // The site's policy, with no inline script or style at all.
  const launchPolicy = policy.replace(/ 'sha256-[^']+'/g, '');
  // The launch page's and the LMS's title for the lesson (src/i18n/en.json `scorm.title`).
  const title = en.scorm.title.replace('{case}', String(caseYaml.title));
  text(
    'scorm.html',
    `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="content-security-policy" content="${launchPolicy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeXml(title)}</title>
<link rel="stylesheet" href="scorm.css">
<script type="application/json" id="second-look-scorm">${JSON.stringify(config).replaceAll('<', '\\u003c')}</script>
<script src="scorm-launch.js" defer></script>
</head>
<body>
</body>
</html>
`,
  );
  const names = Object.keys(zip).sort();
  text('imsmanifest.xml', manifest(title, names));
  mkdirSync(dirname(ZIP), { recursive: true });
  const bytes = zipSync(
    Object.fromEntries(
      Object.keys(zip)
        .sort()
        .map((n) => [n, [zip[n], { level: 9 }]]),
    ),
  );
  writeFileSync(ZIP, bytes);
  return {
    zip: ZIP,
    bytes: statSync(ZIP).size,
    files: Object.keys(zip).length,
    seconds: (performance.now() - started) / 1000,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await packageScorm({ rebuild: !process.argv.includes('--no-build') });
  console.log(
    `SCORM 1.2 package: ${relative(ROOT, result.zip)}, ${(result.bytes / 1024).toFixed(1)} KiB, ` +
      `${result.files} files, in ${result.seconds.toFixed(1)} s.`,
  );
}
