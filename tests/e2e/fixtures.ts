import { test as base, expect, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

interface Fixtures {
  /** Runs axe with the WCAG 2.2 A/AA rules on the page as it is now; fails on any violation. */
  expectNoAxeViolations: (label?: string) => Promise<void>;
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
    await use((label = page.url()) => checkAxe(page, label));
  },
});

export { expect };

/** Runs axe (WCAG 2.2 A/AA) on any page as it is now; fails on any violation. */
export async function checkAxe(page: Page, label: string = page.url()): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary, `axe violations on ${label}`).toEqual([]);
}

/** Waits until every island on the page has hydrated (Astro removes `ssr` when it has). */
export async function waitForIslands(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    Array.from(document.querySelectorAll('astro-island')).every((i) => !i.hasAttribute('ssr')),
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
