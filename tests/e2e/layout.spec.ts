import { test, expect, waitForIslands, checkAxe } from './fixtures';
import { PAGES } from './pages';

test.describe('at 320 px wide (and so at 400% zoom of a 1280 px screen)', () => {
  test.use({ viewport: { width: 320, height: 640 } });
  test('no page scrolls sideways', async ({ page }) => {
    test.slow();
    for (const path of PAGES) {
      await page.goto(path);
      if (await page.locator('astro-island').count()) await waitForIslands(page);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
});

test.describe('in the dark colour scheme', () => {
  test.use({ colorScheme: 'dark' });
  test('every page keeps its contrast (axe)', async ({ page }) => {
    test.slow();
    for (const path of PAGES) {
      await page.goto(path);
      if (await page.locator('astro-island').count()) await waitForIslands(page);
      await checkAxe(page, `${path} (dark)`);
    }
  });
});

test('printing the article hides the site chrome and keeps the text', async ({ page }) => {
  await page.goto('/paramedics-walkout/article/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('article', { name: 'The article, as published' })).toBeVisible();
  await expect(page.getByText('Specimen for critique')).toBeVisible();
});
