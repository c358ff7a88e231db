import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { test, expect, seedProgress, waitForIslands } from './fixtures';

const POSTS = parse(readFileSync('content/transfer/posts.yaml', 'utf8')) as {
  id: string;
  form: 'A' | 'B';
  accurate: boolean;
}[];
/** A submitted test of one form: each post's rating from `rate`. */
const taken = (form: 'A' | 'B', rate: (accurate: boolean) => number) => ({
  ratings: Object.fromEntries(
    POSTS.filter((p) => p.form === form).map((p) => [p.id, rate(p.accurate)]),
  ),
  completedAt: 't',
});

const done = (earned: number) => ({
  status: 'done',
  score: { earned, possible: 10 },
  seconds: 300,
});

test('the results page gives a completion code and prints the student’s own words', async ({
  page,
  expectNoAxeViolations,
}) => {
  const claims = {
    'nurses-left-year': 5,
    'paramedics-walked-out-week': 1,
    'paramedics-registered-2025': 4,
    'nurse-numbers-fell': 2,
    'category-two-december-2022': 5,
    'response-times-hidden': 1,
  };
  await seedProgress(page, {
    version: 1,
    cases: {
      'paramedics-walkout': {
        firstImpressions: {
          believability: 4,
          share: 'yes',
          reason: 'It sounded urgent.',
          claims,
          completedAt: 't',
        },
        secondLook: {
          believability: 1,
          share: 'no',
          reason: 'Nobody in it can be checked.',
          claims,
          completedAt: 't',
        },
        modules: {
          // The warm-up (every post "unsure, maybe accurate": 6 right) and the second test (all right).
          transfer: {
            status: 'in-progress',
            data: {
              version: 1,
              order: 'AB',
              before: taken('A', () => 4),
              after: taken('B', (accurate) => (accurate ? 6 : 1)),
            },
          },
          'red-flags': done(7),
          statistics: done(9),
          experts: {
            ...done(5),
            data: {
              version: 1,
              cards: {
                '01-thornton': {
                  check: 'own',
                  own: 'A paramedics union newsletter',
                  verdict: 'cannot-check',
                  confidence: 'very-sure',
                },
              },
            },
          },
        },
      },
    },
  });
  await page.goto('/paramedics-walkout/summary/');
  await waitForIslands(page);
  const steps = page.getByRole('table').first();
  await expect(steps.getByRole('row', { name: /Spot the red flags/ })).toContainText('Done: 70%');
  await expect(steps.getByRole('row', { name: /Warm-up/ })).toContainText('Done');
  await expect(page.getByRole('row', { name: /posts rated right/ }).getByRole('cell')).toHaveText([
    '6',
    '12',
  ]);
  await expect(page.getByText('Time spent in the modules: about 15 min')).toBeVisible();
  await expect(page.getByText('Type your name or initials to get your code.')).toBeVisible();
  await page.getByLabel('Your name or initials').fill('J. K.');
  await expect(page.locator('[data-completion-code]')).toHaveText(/^[0-9A-Z]{4}(-[0-9A-Z]{1,4})+$/);
  const answers = page.getByRole('region', { name: 'Your written answers' });
  await expect(answers).toContainText('It sounded urgent.');
  await expect(answers).toContainText('Nobody in it can be checked.');
  await expect(answers).toContainText('A paramedics union newsletter');
  await expect(answers).toContainText('Cannot be checked (Very sure)');
  await expectNoAxeViolations('results page with code');

  // The name is kept on this device.
  await page.reload();
  await waitForIslands(page);
  await expect(page.getByLabel('Your name or initials')).toHaveValue('J. K.');

  // On a narrow phone the code wraps only after a dash, never inside a group of four.
  await page.setViewportSize({ width: 320, height: 640 });
  const splitGroups = await page.locator('[data-completion-code]').evaluate((code) => {
    const walker = document.createTreeWalker(code, NodeFilter.SHOW_TEXT);
    const split: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const range = document.createRange();
      range.selectNodeContents(node);
      if (range.getClientRects().length > 1) split.push(node.textContent ?? '');
    }
    return { split, lines: new Set([...code.getClientRects()].map((r) => r.top)).size };
  });
  expect(splitGroups.split).toEqual([]);
  expect(splitGroups.lines).toBeGreaterThan(1);
  await page.setViewportSize({ width: 1280, height: 720 });

  // On screen the code can be copied; on paper the button is left out.
  await expect(page.getByRole('button', { name: 'Copy the code' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(answers).toBeVisible();
  await expect(page.getByRole('button', { name: 'Copy the code' })).toBeHidden();
});
