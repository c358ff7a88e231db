import { test, expect, waitForIslands } from './fixtures';
import { PAGES } from './pages';

test.use({ serviceWorkers: 'allow' });

test('after one visit, every page works offline and answers still save', async ({
  page,
  context,
}) => {
  test.slow();
  await page.goto('/');
  // The worker installs (precaching the whole site) and takes control.
  await page.waitForFunction(async () => {
    const reg = await navigator.serviceWorker.ready;
    return reg.active?.state === 'activated' && navigator.serviceWorker.controller !== null;
  });

  await context.setOffline(true);
  for (const path of PAGES) {
    const response = await page.goto(path);
    expect(response?.ok(), path).toBe(true);
    await expect(page.getByRole('heading', { level: 1 }), path).toBeVisible();
    if (await page.locator('astro-island').count()) await waitForIslands(page);
  }

  // Work done offline is kept.
  await page.goto('/paramedics-walkout/first-impressions/');
  await waitForIslands(page);
  await page
    .getByRole('group', { name: 'How believable is this article?' })
    .getByLabel('2')
    .check();
  await page.goto('/paramedics-walkout/');
  await expect(
    page.getByRole('list', { name: 'Lesson steps' }).getByRole('listitem').first(),
  ).toContainText('In progress');

  await context.setOffline(false);
  await page.reload();
  await expect(
    page.getByRole('list', { name: 'Lesson steps' }).getByRole('listitem').first(),
  ).toContainText('In progress');
});
