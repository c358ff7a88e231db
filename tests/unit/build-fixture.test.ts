import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, test } from 'vitest';

const run = promisify(execFile);
const temp = mkdtempSync(join(tmpdir(), 'sl-build-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** Builds the real site code against a content folder of our choosing. */
async function buildWith(content: string, name: string) {
  const out = join(temp, `dist-${name}`);
  try {
    const { stdout, stderr } = await run('node_modules/.bin/astro', ['build'], {
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: '1',
        SL_CONTENT_DIR: content,
        SL_OUT_DIR: out,
        SL_CACHE_DIR: join(temp, `cache-${name}`),
      },
      maxBuffer: 10_000_000,
    });
    return { ok: true, out, log: stdout + stderr };
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    return { ok: false, out, log: `${e.stdout ?? ''}${e.stderr ?? ''}` };
  }
}

function contentWith(name: string, editCase?: (yaml: string) => string): string {
  const dir = join(temp, name);
  cpSync('tests/fixtures/cases', join(dir, 'cases'), { recursive: true });
  cpSync('content/sources.yaml', join(dir, 'sources.yaml'));
  if (editCase) {
    const file = join(dir, 'cases', 'tiny-case', 'case.yaml');
    writeFileSync(file, editCase(readFileSync(file, 'utf8')));
  }
  return dir;
}

describe('the production build with other content', { timeout: 180_000 }, () => {
  test('a dropped-in case folder becomes a lesson with its own pages', async () => {
    const result = await buildWith(contentWith('good'), 'good');
    expect(result.ok, result.log).toBe(true);
    for (const page of [
      'tiny-case/index.html',
      'tiny-case/article/index.html',
      'tiny-case/first-impressions/index.html',
      'tiny-case/second-look/index.html',
    ])
      expect(existsSync(join(result.out, page)), page).toBe(true);
    // Steps the case does not have get no page.
    expect(existsSync(join(result.out, 'tiny-case/red-flags/index.html'))).toBe(false);
    const reader = readFileSync(join(result.out, 'tiny-case/article/index.html'), 'utf8');
    expect(reader).toContain('Tiny Test Headline Shocks Nobody');
    expect(reader).toContain('id="p4"');
  });

  test('bad content stops the build with the file and field named', async () => {
    const result = await buildWith(
      contentWith('bad', (y) => y.replace('minutes: 2', 'minutes: soon')),
      'bad',
    );
    expect(result.ok).toBe(false);
    expect(result.log).toMatch(/cases\/tiny-case\/case\.yaml/);
    expect(result.log).toMatch(/steps\.0\.minutes/);
  });
});
