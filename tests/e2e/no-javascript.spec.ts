import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { test, expect } from './fixtures';

const CASE = '/paramedics-walkout/';
/** The guide's discussion questions for the red-flags step. */
const redFlagQuestions =
  (
    parseYaml(readFileSync('content/cases/paramedics-walkout/guide.yaml', 'utf8')) as {
      discussion: Record<string, string[]>;
    }
  ).discussion['red-flags'] ?? [];
const KEY_SIZE = 55;

test.use({ javaScriptEnabled: false });

test('without JavaScript, the red-flags key, every statistics comparison and every class-mode slide can still be read', async ({
  page,
}) => {
  // Spot the red flags: the article and the answer key.
  await page.goto(`${CASE}red-flags/`);
  await expect(
    page.getByRole('heading', {
      level: 2,
      name: '40,000 Paramedics WALK OUT As 61 Zones Collapse',
    }),
  ).toBeVisible();
  // Playwright parses with scripting on, so <noscript> is served but not shown: check the HTML.
  expect(await page.content()).toContain('Marking needs JavaScript.');
  await page.getByText(`Answer key: all ${KEY_SIZE} passages`).click();
  const key = page.getByRole('group').filter({ hasText: `Answer key: all ${KEY_SIZE} passages` });
  await expect(key.getByRole('listitem')).toHaveCount(KEY_SIZE);
  await expect(key).toContainText('We could not find any record of her in the sources we searched');

  // Compare the statistics: every comparison, to read.
  await page.goto(`${CASE}statistics/`);
  const comparisons = page.getByRole('region', { name: 'Every comparison, to read' });
  await expect(comparisons.getByRole('heading', { level: 3 })).toHaveCount(11);
  await expect(comparisons.getByRole('img', { name: /Category 2 calls/ })).toBeVisible();
  await expect(comparisons.getByRole('img', { name: /Category 2 calls/ })).toHaveAccessibleName(
    /Real: 1 h 32 min 54 s, National mean, December 2022/,
  );
  await expect(comparisons.getByText('40,000 Paramedics WALK OUT').first()).toBeVisible();
  await expect(comparisons.getByText('The answer: 1 h 32 min 54 s')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Lock in my guess and compare' })).toBeHidden();

  // Class mode: every slide readable, with its answer one click away.
  await page.goto('/teach/class/#red-flags');
  const step = page.getByRole('region', { name: 'Spot the red flags' });
  await expect(step).toBeVisible();
  await expect(step.getByText('Answer', { exact: true })).toHaveCount(12);
  await expect(page.getByRole('button', { name: /Spot the red flags/ })).toHaveCount(0);
  const first = step.getByRole('listitem').first();
  await expect(first.getByText(redFlagQuestions[0] ?? 'missing')).toBeHidden();
  await first.getByText('Answer', { exact: true }).click();
  await expect(first.getByText(redFlagQuestions[0] ?? 'missing')).toBeVisible();
});
