import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { test, expect, ratePosts, seedProgress, waitForIslands } from './fixtures';

/**
 * The retention check (issue 16), a week after the lesson: a finished lesson is seeded through
 * storage and the browser's clock is moved (Playwright's page.clock), rather than clicking
 * through the lesson and waiting a week.
 */
const POSTS = parse(readFileSync('content/transfer/posts.yaml', 'utf8')) as {
  id: string;
  form: 'A' | 'B' | 'C';
  accurate: boolean;
}[];
const taken = (form: 'A' | 'B', rate: (accurate: boolean) => number, completedAt: string) => ({
  ratings: Object.fromEntries(
    POSTS.filter((p) => p.form === form).map((p) => [p.id, rate(p.accurate)]),
  ),
  completedAt,
});
const done = { status: 'done', score: { earned: 7, possible: 10 }, seconds: 300 };
const claims = { 'nurses-left-year': 5, 'paramedics-walked-out-week': 1 };
/** The second look's posts were submitted on Wednesday 2 December 2026, 10:00 in London. */
const LESSON = '2026-12-02T10:00:00.000Z';

test.use({ timezoneId: 'Europe/London' });

test('a week after the lesson: the check opens, is answered, sits beside the before and after, and reaches the teacher', async ({
  page,
  expectNoAxeViolations,
  foreignRequests,
}) => {
  await seedProgress(page, {
    version: 1,
    cases: {
      'paramedics-walkout': {
        firstImpressions: { believability: 4, share: 'yes', reason: 'r', claims, completedAt: 't' },
        secondLook: { believability: 2, share: 'no', reason: 'r', claims, completedAt: LESSON },
        modules: {
          // Warm-up: every post "unsure, maybe accurate" (6 right); second look: all 12 right.
          transfer: {
            status: 'done',
            data: {
              version: 1,
              order: 'AB',
              before: taken('A', () => 4, '2026-12-02T09:00:00.000Z'),
              after: taken('B', (accurate) => (accurate ? 6 : 1), LESSON),
            },
          },
          'red-flags': done,
          statistics: done,
          experts: done,
        },
      },
    },
  });

  // Three days on (and a clock set back would do the same): not open yet, and it says when.
  await page.clock.setFixedTime('2026-12-05T16:00:00Z');
  await page.goto('/paramedics-walkout/check-back/');
  await waitForIslands(page);
  await expect(page.getByRole('status')).toContainText(
    'The check opens on Wednesday 9 December, a week after your lesson.',
  );
  await expect(page.getByRole('group', { name: /^Post 1 of 12/ })).toHaveCount(0);
  await page.goto('/paramedics-walkout/summary/');
  const offer = page.getByRole('region', { name: 'Come back in a week for a 3-minute check' });
  await expect(offer).toContainText('From Wednesday 9 December: 12 more posts');
  await expect(offer.getByRole('link')).toHaveCount(0);

  // Eight days on, in the morning: open, from the summary too.
  await page.clock.setFixedTime('2026-12-10T08:30:00Z');
  await page.reload();
  await offer.getByRole('link', { name: 'Take the 3-minute check' }).click();
  await waitForIslands(page);
  await expect(page.getByText('Days since your lesson: 8.')).toBeVisible();
  // Every made-up post caught, the accurate ones at 5 except the first (called not accurate).
  const posts = await ratePosts(page, (p, i) => (p.accurate ? (i === 0 ? 2 : 5) : 2));
  expect(posts.every((p) => p.form === 'C')).toBe(true);
  await page.getByRole('button', { name: 'Save and see how I did' }).click();

  const results = page.getByRole('region', { name: 'A week later: how you did' });
  await expect(results.getByRole('heading', { level: 2 })).toBeFocused();
  // The three sets side by side, scored alike: right answers both ways, not doubt.
  for (const [row, right] of [
    ['Warm-up', '6 right'],
    ['Second look', '12 right'],
    ['A week later', '11 right'],
  ] as const)
    await expect(results.getByRole('row', { name: new RegExp(`^${row}`) })).toContainText(right);
  await expect(results).toContainText('about as well as at the end of the lesson: 11 of 12 right');
  await expect(results).not.toContainText('better');
  // Form C explained, the made-up posts labelled; the one missed is open.
  await expect(results.locator('details.explained')).toHaveCount(12);
  await expect(results.getByText('Made up for this lesson', { exact: true })).toHaveCount(6);
  await expect(results.locator('details.explained[open]')).toHaveCount(1);
  // Printed, every explanation is there.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await expect(results.locator('details.explained[open]')).toHaveCount(12);
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expectNoAxeViolations('retention check results');

  // The completion code now carries the check and its days; the teacher's checker shows both.
  await results.getByRole('link', { name: /completion code on the results page/ }).click();
  await expect(offer).toContainText('You took the check 8 days after your lesson.');
  await page.getByLabel('Your name or initials').fill('Kai');
  const code = (await page.locator('[data-completion-code]').innerText()).replace(/\s/g, '');
  await page.goto('/teach/check/');
  await waitForIslands(page);
  await page.getByLabel('Completion codes, one per line').fill(code);
  await page.getByRole('button', { name: 'Check the codes' }).click();
  const row = page
    .getByRole('region', { name: 'Before/after test: 12 new posts each time' })
    .getByRole('row', { name: /Kai/ });
  await expect(row.getByRole('cell').nth(1)).toHaveText('6 → 12');
  await expect(row.locator('[data-check]')).toHaveText('11 (8 days)');
  expect(foreignRequests).toEqual([]);
});
