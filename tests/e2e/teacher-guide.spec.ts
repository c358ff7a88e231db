import { test, expect } from './fixtures';

test('the teacher guide carries every module’s answer key, from the same content', async ({
  page,
  foreignRequests,
}) => {
  test.slow();
  // How many key passages the module itself says it has (its link to the key, shown once the
  // marks are checked).
  await page.goto('/paramedics-walkout/red-flags/');
  const summary = await page.locator('.rf-answers a').textContent();
  const moduleCount = Number(/\d+/.exec(summary ?? '')?.[0]);
  expect(moduleCount).toBeGreaterThanOrEqual(25);

  await page.goto('/teach/');
  const rf = page.getByRole('region', { name: 'Step 3: Spot the red flags' });
  await expect(rf.getByText(`${moduleCount} key passages across`)).toBeVisible();
  await expect(rf.getByRole('listitem').filter({ has: page.locator('blockquote') })).toHaveCount(
    moduleCount,
  );
  const fi = page.getByRole('region', { name: 'Step 2: First impressions' });
  await expect(fi.getByText('Not supported by the evidence')).toHaveCount(3);
  const ex = page.getByRole('region', { name: 'Step 4: Check the named experts' });
  await expect(ex.getByRole('heading', { level: 4 })).toHaveCount(7);
  // The extras are marked as extras (the core is what every student does).
  await expect(ex.getByRole('heading', { level: 4, name: /· extra$/ })).toHaveCount(4);
  await expect(ex.getByText('Expected verdict:').first()).toBeVisible();
  const st = page.getByRole('region', { name: 'Step 5: Compare the statistics' });
  await expect(st.getByText('Answer: 40,040')).toBeVisible();
  await expect(st.getByText('· extra', { exact: true })).toHaveCount(7);
  await expect(page.getByRole('region', { name: 'Step 6: Second look' })).toContainText(
    'discernment',
  );
  // The before/after test: what it measures, why (FACTS §9, quoted exactly), how to read it.
  const warmUp = page.getByRole('region', { name: 'Step 1: Warm-up' });
  await warmUp.getByRole('link', { name: 'How to read the before/after test' }).click();
  await expect(page).toHaveURL(/#before-after-test$/);
  const testPart = page.getByRole('region', { name: 'The before/after test' });
  await expect(testPart).toBeInViewport();
  await expect(testPart).toContainText('The warm-up takes about 4 minutes.');
  await expect(testPart).toContainText(
    '"did not improve discrimination, but rather elicited more "false" responses to all news items (more conservative responding)"',
  );
  await expect(testPart).toContainText('d′ must rise by more than 1.58 and end above 0');
  await expect(
    testPart.getByRole('heading', { name: 'How do I read "more doubtful only"?' }),
  ).toBeVisible();
  await expect(testPart).toContainText('One class is a small sample');
  await expect(testPart).toContainText('made up for this lesson');
  await expect(
    testPart.getByRole('link', { name: /Journal of Experimental Psychology/ }),
  ).toHaveAttribute('href', 'https://eprints.soton.ac.uk/475360');
  // Every plan starts with the warm-up.
  for (const plan of await page.locator('.plans > section').all())
    await expect(plan.getByRole('listitem').first()).toContainText(/warm-up/i);
  for (const name of ['Make an assignment link', 'Check completion codes', 'Class mode'])
    await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
  // axe on the guide as it loads: the crawl (crawl.spec.ts).

  // Printed as a handout: each step starts a new page; the tools are left out.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('link', { name: 'Make an assignment link' })).toBeHidden();
  const breaks = await page
    .locator('section.guide-step')
    .evaluateAll((els) => els.map((el) => getComputedStyle(el).breakBefore));
  // One section per step of the lesson (six, the warm-up first), each on a new page.
  expect(breaks.length).toBeGreaterThanOrEqual(6);
  expect(new Set(breaks)).toEqual(new Set(['page']));
  expect(foreignRequests).toEqual([]);
});
