import { test, expect } from './fixtures';

test('the teacher guide carries every module’s answer key, from the same content', async ({
  page,
  foreignRequests,
}) => {
  test.slow();
  // How many key passages the module itself says it has.
  await page.goto('/paramedics-walkout/red-flags/');
  const summary = await page
    .getByRole('link', { name: /^Answer key: all \d+ passages/ })
    .textContent();
  const moduleCount = Number(/\d+/.exec(summary ?? '')?.[0]);
  expect(moduleCount).toBeGreaterThanOrEqual(25);

  await page.goto('/teach/');
  const rf = page.getByRole('region', { name: 'Step 2: Spot the red flags' });
  await expect(rf.getByText(`${moduleCount} key passages across`)).toBeVisible();
  await expect(rf.getByRole('listitem').filter({ has: page.locator('blockquote') })).toHaveCount(
    moduleCount,
  );
  const fi = page.getByRole('region', { name: 'Step 1: First impressions' });
  await expect(fi.getByText('Not supported by the evidence')).toHaveCount(3);
  const ex = page.getByRole('region', { name: 'Step 3: Check the named experts' });
  await expect(ex.getByRole('heading', { level: 4 })).toHaveCount(7);
  await expect(ex.getByText('Expected verdict:').first()).toBeVisible();
  const st = page.getByRole('region', { name: 'Step 4: Compare the statistics' });
  await expect(st.getByText('Answer: 40,040')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Step 5: Second look' })).toContainText(
    'discernment',
  );
  for (const name of ['Make an assignment link', 'Check completion codes', 'Class mode'])
    await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
  // axe on the guide as it loads: the crawl (crawl.spec.ts).

  // Printed as a handout: each step starts a new page; the tools are left out.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('link', { name: 'Make an assignment link' })).toBeHidden();
  const breaks = await page
    .locator('section.guide-step')
    .evaluateAll((els) => els.map((el) => getComputedStyle(el).breakBefore));
  // One section per step of the lesson (five), each on a new page.
  expect(breaks.length).toBeGreaterThanOrEqual(5);
  expect(new Set(breaks)).toEqual(new Set(['page']));
  expect(foreignRequests).toEqual([]);
});
