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

test.use({ javaScriptEnabled: false });

test('without JavaScript, every statistics comparison and every class-mode slide can still be read (red flags: red-flags.spec.ts)', async ({
  page,
}) => {
  // Compare the statistics: every comparison, to read.
  await page.goto(`${CASE}statistics/`);
  await expect(page.getByRole('button', { name: 'Lock in my guess and compare' })).toBeHidden();
  // The text settings need the page's inline script: no control that would do nothing.
  await expect(page.getByText('Text settings')).toBeHidden();
  await page.getByRole('link', { name: 'Read every figure with its comparison' }).click();
  const comparisons = page.getByRole('region', { name: 'Every comparison, to read' });
  await expect(comparisons.getByRole('heading', { level: 3 })).toHaveCount(11);
  await expect(comparisons.getByRole('img', { name: /Category 2 calls/ })).toBeVisible();
  await expect(comparisons.getByRole('img', { name: /Category 2 calls/ })).toHaveAccessibleName(
    /Real: 1 h 32 min 54 s, National average, December 2022/,
  );
  await expect(comparisons.getByText('40,000 Paramedics WALK OUT').first()).toBeVisible();
  await expect(comparisons.getByText('The answer: 1 h 32 min 54 s')).toBeVisible();
  // A marked term still opens its meaning in place: an HTML popover needs no script.
  await comparisons.getByRole('button', { name: 'leaver rate (opens its meaning)' }).click();
  await expect(
    page.getByRole('definition').filter({ hasText: 'How many staff left' }),
  ).toBeVisible();

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
