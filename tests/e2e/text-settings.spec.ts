import { test, expect, checkAxe } from './fixtures';

/** The computed font size of the first paragraph of the page's main text, in px. */
const textSize = (page: import('@playwright/test').Page) =>
  page
    .locator('main p')
    .first()
    .evaluate((p) => parseFloat(getComputedStyle(p).fontSize));

test('text settings: the largest size and wider spacing apply at once, in other tabs, after a reload and on every page, with no sideways scroll at 320 px, and not in print', async ({
  page,
  context,
}) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/paramedics-walkout/article/');
  const standard = await textSize(page);
  const other = await context.newPage();
  await other.setViewportSize({ width: 320, height: 640 });
  await other.goto('/paramedics-walkout/');
  const otherStandard = await textSize(other);

  // By keyboard: open the panel, then step the size up with the arrow keys; spacing by pointer.
  await page.getByText('Text settings').press('Enter');
  const size = page.getByRole('group', { name: 'Text size' });
  const spacing = page.getByRole('group', { name: 'Line spacing' });
  const standardSize = size.getByRole('radio', { name: 'Standard' });
  await expect(standardSize).toBeChecked();
  await standardSize.focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await expect(size.getByRole('radio', { name: 'Largest' })).toBeChecked();
  await spacing.getByRole('radio', { name: 'Wider' }).check();
  expect(await textSize(page)).toBeCloseTo(standard * 1.5, 0);
  await expect
    .poll(() =>
      page
        .locator('main p')
        .first()
        .evaluate((p) => getComputedStyle(p).letterSpacing),
    )
    .not.toBe('normal');
  await checkAxe(page, 'text settings open, largest size');
  // The other open tab follows.
  await expect.poll(() => textSize(other)).toBeCloseTo(otherStandard * 1.5, 0);
  await other.close();

  await page.reload();
  expect(await textSize(page)).toBeCloseTo(standard * 1.5, 0);
  await page.getByText('Text settings').click();
  await expect(size.getByRole('radio', { name: 'Largest' })).toBeChecked();
  await expect(spacing.getByRole('radio', { name: 'Wider' })).toBeChecked();

  // The pages with the widest layouts, at the largest size and wider spacing.
  for (const path of [
    '/',
    '/teach/',
    '/teach/assign/',
    '/paramedics-walkout/statistics/answers/',
  ]) {
    await page.goto(path);
    expect(await textSize(page), path).toBeGreaterThan(standard * 1.4);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, `${path} scrolls sideways at 320 px`).toBeLessThanOrEqual(0);
  }

  // A handout prints at the print styles' size (11 pt) and the usual spacing.
  await page.emulateMedia({ media: 'print' });
  const printed = await page
    .locator('main p')
    .first()
    .evaluate((p) => [parseFloat(getComputedStyle(p).fontSize), getComputedStyle(p).letterSpacing]);
  expect(printed).toEqual([expect.closeTo((11 * 4) / 3, 1), 'normal']);
});
