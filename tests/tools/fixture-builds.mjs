// The production build against other content (tests/fixtures/cases/tiny-case): a dropped-in case
// folder becomes a lesson with its own pages, and bad content stops the build with the file and
// the field named. Both builds run at once (each keeps its own output and cache folder), then the
// node test runner checks what they left. Run by `npm test` after the site's own build; alone:
// `node tests/tools/fixture-builds.mjs`.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import assert from 'node:assert/strict';

const temp = mkdtempSync(join(tmpdir(), 'sl-fixture-build-'));
after(() => rmSync(temp, { recursive: true, force: true }));

/**
 * Builds the real site code against a content folder of our choosing.
 * @returns {Promise<{ ok: boolean, out: string, log: string }>}
 */
function buildWith(content, name) {
  const out = join(temp, `dist-${name}`);
  return new Promise((resolve) => {
    execFile(
      'node_modules/.bin/astro',
      ['build'],
      {
        env: {
          ...process.env,
          ASTRO_TELEMETRY_DISABLED: '1',
          SL_CONTENT_DIR: content,
          SL_OUT_DIR: out,
          SL_CACHE_DIR: join(temp, `cache-${name}`),
        },
        maxBuffer: 10_000_000,
      },
      (error, stdout, stderr) => resolve({ ok: !error, out, log: `${stdout}${stderr}` }),
    );
  });
}

/** A content folder: the fixture cases and the real sources, the case edited if asked. */
function contentWith(name, editCase) {
  const dir = join(temp, name);
  cpSync('tests/fixtures/cases', join(dir, 'cases'), { recursive: true });
  cpSync('content/sources.yaml', join(dir, 'sources.yaml'));
  if (editCase) {
    const file = join(dir, 'cases', 'tiny-case', 'case.yaml');
    const before = readFileSync(file, 'utf8');
    const edited = editCase(before);
    assert.notEqual(edited, before, 'the edit to the fixture case changed nothing');
    writeFileSync(file, edited);
  }
  return dir;
}

// Both at once: on two cores the second build costs little more than the first.
const good = buildWith(contentWith('good'), 'good');
const bad = buildWith(
  contentWith('bad', (y) => y.replace('minutes: 2', 'minutes: soon')),
  'bad',
);

// A glossary mark no entry answers to (issue #17): the build stops, naming the file and line.
const unknownTerm = (() => {
  const dir = contentWith('unknown-term');
  writeFileSync(join(dir, 'glossary.yaml'), readFileSync('content/glossary.yaml', 'utf8'));
  writeFileSync(
    join(dir, 'cases', 'tiny-case', 'note.mdx'),
    'An explanation.\n\nIt uses a word the lesson explains: [[sauce]].\n',
  );
  return buildWith(dir, 'unknown-term');
})();

test('a dropped-in case folder becomes a lesson with its own pages', async () => {
  const result = await good;
  assert.ok(result.ok, `the build failed:\n${result.log}`);
  for (const page of [
    'tiny-case/index.html',
    'tiny-case/article/index.html',
    'tiny-case/first-impressions/index.html',
    'tiny-case/second-look/index.html',
  ])
    assert.ok(existsSync(join(result.out, page)), `${page} was not built`);
  // Steps the case does not have get no page.
  assert.ok(
    !existsSync(join(result.out, 'tiny-case/red-flags/index.html')),
    'tiny-case/red-flags/index.html was built for a step the case does not have',
  );
  const reader = readFileSync(join(result.out, 'tiny-case/article/index.html'), 'utf8');
  assert.ok(
    reader.includes('Tiny Test Headline Shocks Nobody'),
    'the headline is not in the reader',
  );
  assert.ok(reader.includes('id="p4"'), 'the reader has no paragraph anchor #p4');
});

test('bad content stops the build with the file and field named', async () => {
  const result = await bad;
  assert.equal(result.ok, false, 'the build with bad content succeeded');
  assert.match(result.log, /cases\/tiny-case\/case\.yaml/);
  assert.match(result.log, /steps\.0\.minutes/);
});

test('a glossary mark with no entry stops the build with the file and line named', async () => {
  const result = await unknownTerm;
  assert.equal(result.ok, false, 'the build with an unknown glossary term succeeded');
  assert.match(result.log, /tiny-case\/note\.mdx/);
  assert.match(result.log, /line 3: .\[\[sauce\]\]. is not in the glossary/);
});
