import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { createRequire } from 'node:module';
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import type { AxeResults, RunOptions } from 'axe-core';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
/**
 * The WCAG A/AA rules whose outcome depends on colour. The dark scheme changes nothing but the
 * colour custom properties (src/ui/css/base.css), so in the dark these are the rules to run.
 */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

interface Fixtures {
  /** Runs axe with the WCAG 2.2 A/AA rules (or only `rules`) on the page as it is now; fails on any violation. */
  expectNoAxeViolations: (label?: string, rules?: string[]) => Promise<void>;
  /** Every request the page made to anything but the site itself. */
  foreignRequests: string[];
}

export const test = base.extend<Fixtures>({
  foreignRequests: async ({ page, baseURL }, use) => {
    const foreign: string[] = [];
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(baseURL ?? '') && !url.startsWith('data:') && !url.startsWith('blob:'))
        foreign.push(url);
    });
    await use(foreign);
  },
  expectNoAxeViolations: async ({ page }, use) => {
    await use((label = page.url(), rules?: string[]) => checkAxe(page, label, rules));
  },
});

export { expect };

/** axe-core itself, put into a page once per document. */
const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/**
 * Runs axe (WCAG 2.2 A/AA) on any page as it is now; fails on any violation. axe runs in the page
 * itself (the site has no frames), put in once per document: a scan of a page costs a fraction of
 * a second, where a wrapper that opens a blank page for every scan costs seconds.
 */
export async function checkAxe(
  page: Page,
  label: string = page.url(),
  /** Only these axe rules (by default every WCAG 2.2 A/AA rule). */
  rules?: string[],
): Promise<void> {
  // A fade still running would be measured half-transparent: let it end first. (Only animations
  // that run in time: one driven by the scroll, like a reading bar, ends only at the page's end.)
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.timeline === document.timeline)
        .filter((a) => a.effect?.getTiming().iterations !== Infinity)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const options: RunOptions = {
    runOnly: rules ? { type: 'rule', values: rules } : { type: 'tag', values: WCAG_TAGS },
    resultTypes: ['violations'],
  };
  const violations = await page.evaluate(async (options) => {
    const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<AxeResults> } })
      .axe;
    const results = await axe.run(document, options);
    return results.violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
    );
  }, options);
  expect(violations, `axe violations on ${label}`).toEqual([]);
}

/** Waits until every island on the page has hydrated (Astro removes `ssr` when it has). */
export async function waitForIslands(page: Page): Promise<void> {
  // Astro's islands, and the red-flags island, which the page starts itself (data-island).
  await page.waitForFunction(
    () =>
      Array.from(document.querySelectorAll('astro-island')).every((i) => !i.hasAttribute('ssr')) &&
      Array.from(document.querySelectorAll('[data-island]')).every((i) =>
        i.hasAttribute('data-mounted'),
      ),
  );
}

/** The saved progress document, as the page's storage holds it. */
export async function savedProgress(page: Page): Promise<unknown> {
  return page.evaluate(() => {
    const raw = localStorage.getItem('second-look:progress');
    return raw === null ? null : JSON.parse(raw);
  });
}

/**
 * Saves a progress document (`{ version: 1, cases: … }`) before the page's own scripts run, once
 * per tab: a reload then shows what the page itself saved since.
 */
export async function seedProgress(page: Page, doc: unknown): Promise<void> {
  await page.addInitScript((value) => {
    if (sessionStorage.getItem('second-look:test-seeded')) return;
    sessionStorage.setItem('second-look:test-seeded', '1');
    localStorage.setItem('second-look:progress', JSON.stringify(value));
  }, doc);
}

/**
 * Replaces the saved progress document now, as another tab would: the page's stores hear of it
 * (so nothing the page saves on leaving writes the old state back). Reload to see it.
 */
export async function writeProgress(page: Page, doc: unknown): Promise<void> {
  await page.evaluate((value) => {
    const key = 'second-look:progress';
    const oldValue = localStorage.getItem(key);
    const newValue = JSON.stringify(value);
    localStorage.setItem(key, newValue);
    window.dispatchEvent(
      new StorageEvent('storage', { key, oldValue, newValue, storageArea: localStorage }),
    );
  }, doc);
}

/** Presses Tab until `target` has focus (fails if it never does within `max` presses). */
export async function tabTo(page: Page, target: Locator, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/** The steps on a case's overview page. */
export const stepItems = (page: Page) =>
  page.getByRole('list', { name: 'Lesson steps' }).getByRole('listitem');

/** The experts verdicts as a student reads them (src/i18n/en.json `experts.verdicts`). */
export const VERDICT_LABEL = {
  'checkable-supports': 'Checkable, and it says what the article claims',
  'checkable-differs': 'Checkable, but the check does not back up the article',
  'cannot-check': 'Cannot be checked',
};

/** A post of the before/after test (content/transfer/posts.yaml). */
export interface Post {
  id: string;
  form: string;
  position: number;
  accurate: boolean;
  text: string;
}
export const POSTS = parse(readFileSync('content/transfer/posts.yaml', 'utf8')) as Post[];
const byText = new Map(POSTS.map((p) => [p.text, p]));
const SCALE = [
  'Definitely not accurate',
  'Probably not accurate',
  'Unsure, maybe not accurate',
  'Unsure, maybe accurate',
  'Probably accurate',
  'Definitely accurate',
];

/** Rates every post on the page with `rate(post)` (1–6); returns the posts in page order. */
export async function ratePosts(
  page: Page,
  rate: (post: Post, i: number) => number,
): Promise<Post[]> {
  const groups = page.getByRole('group', { name: /^Post \d+ of 12/ });
  await expect(groups).toHaveCount(12);
  const posts: Post[] = [];
  for (let i = 0; i < 12; i++) {
    const group = groups.nth(i);
    const text = await group.locator('.post__text').innerText();
    const post = byText.get(text);
    expect(post, `post ${i + 1} is one of the test's posts: ${text}`).toBeDefined();
    posts.push(post!);
    await group.getByRole('radio', { name: SCALE[rate(post!, i) - 1]! }).check();
  }
  return posts;
}

/**
 * At 360 px, every fieldset's legend sits inside the box, below its top border. (Drawn the
 * default way the border runs through the legend's middle, which cuts a legend that wraps.)
 */
export async function expectLegendsInsideAtPhoneWidth(page: Page, label: string) {
  const viewport = page.viewportSize();
  await page.setViewportSize({ width: 360, height: 740 });
  const clashes = await page.locator('fieldset').evaluateAll((sets) =>
    sets.flatMap((set) => {
      const legend = set.querySelector(':scope > legend');
      // Only what shows: not a closed panel's (a closed <details> keeps its boxes, unpainted).
      if (!legend || set.getBoundingClientRect().height === 0 || !set.checkVisibility()) return [];
      const border = parseFloat(getComputedStyle(set).borderTopWidth);
      const top = set.getBoundingClientRect().top;
      const box = legend.getBoundingClientRect();
      const rendered = getComputedStyle(legend).float === 'none';
      // Where the top border is drawn: through a rendered legend's middle, else at the top.
      const borderTop = rendered ? box.top + (box.height - border) / 2 : top;
      return box.top < borderTop + border && box.bottom > borderTop ? [legend.textContent] : [];
    }),
  );
  expect(clashes, `${label}: legends cut by their fieldset's border`).toEqual([]);
  if (viewport) await page.setViewportSize(viewport);
}
