import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, waitForIslands, checkAxe, COLOUR_RULES } from './fixtures';
import { PAGES } from './pages';

/**
 * One crawl of every page as it first loads (the 404 page too), in two halves that run side by
 * side, each in one tab. Each page: axe (every WCAG 2.2 A/AA rule) in the light colour scheme at
 * desktop width; then, in the dark scheme at 320 px wide (so at 400% zoom of a 1280 px screen),
 * no sideways scrolling and axe's colour rules (the dark scheme changes only colours, so no other
 * rule can find anything new there); every link that leaves the site opens a new tab and tells
 * the other site nothing; and the page asks nothing of any other site. The colour scheme and the
 * width are pure CSS here (no script reads either), so setting them after the load shows the
 * page as loading it that way would. The states a page reaches only by use (a dialog open,
 * results shown) are scanned in the stories that reach them.
 */
const ALL = [...PAGES, '/no-such-page/'];
const halves = [ALL.filter((_, i) => i % 2 === 0), ALL.filter((_, i) => i % 2 === 1)];

for (const [half, paths] of halves.entries())
  test(`every page, light and dark, at 320 px (half ${half + 1} of 2)`, async ({
    page,
    foreignRequests,
  }) => {
    test.setTimeout(90_000);
    for (const path of paths) {
      await page.setViewportSize({ width: 1280, height: 720 });
      await page.emulateMedia({ colorScheme: 'light' });
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 }), path).toBeVisible();
      if (await page.locator('astro-island, [data-island]').count()) await waitForIslands(page);
      await checkAxe(page, `${path} (light)`);

      const links = await page.locator('a[href]').evaluateAll((anchors) =>
        anchors
          .map((a) => ({
            href: (a as HTMLAnchorElement).href,
            rel: a.getAttribute('rel') ?? '',
            target: a.getAttribute('target') ?? '',
          }))
          .filter((l) => new URL(l.href).origin !== location.origin),
      );
      for (const link of links) {
        expect(link.rel.split(/\s+/), `${path}: ${link.href}`).toEqual(
          expect.arrayContaining(['noopener', 'noreferrer']),
        );
        expect(link.target, `${path}: ${link.href}`).toBe('_blank');
      }
      // The sources page lists every source, so there the check has links to check.
      if (path === '/sources/') expect(links.length).toBeGreaterThan(20);

      await page.emulateMedia({ colorScheme: 'dark' });
      await page.setViewportSize({ width: 320, height: 640 });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `${path} scrolls sideways at 320 px`).toBeLessThanOrEqual(0);
      await checkAxe(page, `${path} (dark, 320 px)`, COLOUR_RULES);
    }
    expect(foreignRequests).toEqual([]);
  });

/**
 * Every outside address anywhere in the built site (pages, and the answer files they load) is
 * one ../shared/FACTS.md holds, so a student never follows an address nobody checked.
 * TRANSFER.md's addresses are the pages its fact-checker read, often copies on other hosts
 * (content/transfer/posts.yaml `sourcePages`): kept for maintainers, never on the site.
 */
test('the built site links only to addresses the fact sheet holds', () => {
  const FACTS = '../shared/FACTS.md';
  const found = existsSync(FACTS);
  if (!found) test.info().annotations.push({ type: 'partial', description: `${FACTS} not found` });
  const text = found ? readFileSync(FACTS, 'utf8') : '';
  const out = process.env['SL_OUT_DIR'] ?? 'dist';
  const files = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) =>
    /\.(html|json)$/.test(f),
  );
  expect(files.length).toBeGreaterThan(20);
  const unknown = new Set<string>();
  for (const file of files)
    for (const [url] of readFileSync(join(out, file), 'utf8')
      .replaceAll('&quot;', '"')
      .replaceAll('&amp;', '&')
      .matchAll(/https?:\/\/[^\s"'<>\\)]+/g))
      // XML namespaces and the preview server's own address are not links to follow.
      if (!/^https?:\/\/(www\.w3\.org\/|127\.0\.0\.1)/.test(url) && !text.includes(url))
        unknown.add(`${url} (${file})`);
  if (found) expect([...unknown]).toEqual([]);
  // The one deliberate exception to "only the fact sheet's addresses": /teach/assign/'s "Share to
  // Google Classroom / Microsoft Teams" links (src/core/share-links.ts). They are made in the
  // teacher's browser from the link the teacher builds, so no built page or file carries them,
  // and the assignment story checks them there.
  for (const file of files)
    expect(readFileSync(join(out, file), 'utf8'), file).not.toMatch(
      /classroom\.google\.com|teams\.microsoft\.com/,
    );
});
