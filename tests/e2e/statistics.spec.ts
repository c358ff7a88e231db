import type { Locator, Page } from '@playwright/test';
import {
  expect,
  savedProgress,
  seedProgress,
  test,
  waitForIslands,
  writeProgress,
} from './fixtures';

const PAGE = '/paramedics-walkout/statistics/';
const ORDER = [
  '01-headline-paramedics',
  '02-body-left-nhs',
  '03-nuffield-line',
  '04-category-1-target',
  '05-category-2-december',
  '06-emergency-zones',
  '07-calls-rerouted',
  '08-weekly-average',
  '09-17-hour-shift',
  '10-time-stamp',
];
const BEST: Record<string, number | string> = {
  '01-headline-paramedics': 40000,
  '02-body-left-nhs': 'year',
  '03-nuffield-line': 45000,
  '04-category-1-target': 7,
  '05-category-2-december': 90,
  '06-emergency-zones': 'unseen',
  '07-calls-rerouted': 'none',
  '08-weekly-average': 'unseen',
  '09-17-hour-shift': 'none',
  '10-time-stamp': 'none',
};

/** Saved progress with the first `revealed` figures answered as well as possible. */
function seed(revealed: number, drift = false, status: 'in-progress' | 'done' = 'in-progress') {
  const ids = ORDER.slice(0, revealed);
  return {
    version: 1,
    cases: {
      'paramedics-walkout': {
        modules: {
          statistics: {
            status,
            data: {
              version: 1,
              guesses: Object.fromEntries(ids.map((id) => [id, BEST[id]])),
              revealed: ids,
              ...(drift ? { drift: true } : {}),
            },
          },
        },
      },
    },
  };
}

async function open(page: Page, saved?: unknown) {
  if (saved !== undefined) await seedProgress(page, saved);
  await page.goto(PAGE);
  await waitForIslands(page);
}

/** The card of figure `n` (1-based), found by its "Figure n of 10" heading region. */
function figure(page: Page, title: string | RegExp): Locator {
  return page.getByRole('region', { name: title });
}

const lockIn = (card: Locator) =>
  card.getByRole('button', { name: 'Lock in my guess and compare' });

// Figures 1 and 2 by keyboard, with the first chart and its table read: keyboard-story.spec.ts.

test('refuses a guess out of range, scores closeness, and shows the response-time charts', async ({
  page,
  expectNoAxeViolations,
}) => {
  await open(page, seed(2));
  await expect(page.getByText('Compared 2 of 10 figures')).toBeVisible();

  // Figure 3, by pointer on the slider track, then corrected by typing.
  const three = figure(page, 'The Nuffield Trust line');
  const track = three.getByRole('slider');
  await track.scrollIntoViewIfNeeded();
  const box = await track.boundingBox();
  if (!box) throw new Error('slider not laid out');
  await page.mouse.click(box.x + box.width * 0.9, box.y + box.height / 2);
  await expect(three.getByText(/Your guess:/)).not.toContainText('none yet');
  await three.getByRole('textbox').fill('30,000');
  await expect(track).toHaveAttribute('aria-valuetext', '30,000 nurses');
  await lockIn(three).click();
  await expect(three).toContainText('You guessed 30,000 nurses. The real figure: about 44,500.');
  await expect(three).toContainText(
    'In the right range: half a point. Your guess was about 1.5 times too low.',
  );

  // Figure 4, reached with the pointer: an out-of-range number is refused, then a typed answer
  // and Enter.
  const four = figure(page, '“Nearly triple the national target”');
  await three.getByRole('button', { name: 'Next figure' }).click();
  await expect(four.getByRole('heading', { level: 2 })).toBeFocused();
  const minutes = four.getByRole('textbox', { name: 'Or type a number (minutes)' });
  await minutes.fill('600');
  await lockIn(four).click();
  await expect(four.getByRole('alert')).toHaveText('Enter a number from 1 min to 1 h.');
  await expect(minutes).toBeFocused();
  await minutes.fill('8');
  await minutes.press('Enter');
  await expect(four).toContainText('Close: 1 point. Your guess was 1 min too high.');
  const cat1 = four.getByRole('table', { name: /Category 1 calls/ });
  await expect(cat1.getByRole('row', { name: /Target: average under 7 min/ })).toContainText(
    '7 min',
  );
  await expect(cat1.getByRole('row', { name: /December 2022/ })).toContainText('10 min 57 s');
  await expect(four.getByRole('img', { name: /Category 1 calls/ })).toHaveAccessibleName(
    /The article: under 21 min/,
  );

  // Figure 5: the worst month.
  const five = figure(page, 'Response times “triple the national target”');
  await five.getByRole('textbox').fill('93');
  await lockIn(five).click();
  await expect(five).toContainText('The real figure: 1 h 32 min 54 s.');
  await expect(
    five
      .getByRole('table', { name: /Category 2 calls/ })
      .getByRole('row', { name: /December 2022/ }),
  ).toContainText('1 h 32 min 54 s');
  await expect(page.getByText('Compared 5 of 10 figures')).toBeVisible();
  await expectNoAxeViolations('statistics, five comparisons');

  const saved = (await savedProgress(page)) as ReturnType<typeof seed>;
  const data = saved.cases['paramedics-walkout'].modules.statistics;
  expect(data.status).toBe('in-progress');
  // The time on the step is kept for the summary (these five comparisons take several seconds).
  expect((data as { seconds?: number }).seconds).toBeGreaterThan(0);
  expect(data.data.revealed).toEqual(ORDER.slice(0, 5));
  expect(data.data.guesses).toMatchObject({
    '03-nuffield-line': 30000,
    '05-category-2-december': 93,
  });
});

test('judges the unsourced figures by keyboard and pointer, then reaches the number drift', async ({
  page,
  expectNoAxeViolations,
}) => {
  await open(page, seed(5));
  await expect(page.getByText('Compared 5 of 10 figures')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Your prediction, checked' })).toHaveCount(5);

  const answers: [string | RegExp, string][] = [
    [/61 emergency zones/, 'It points to a source, but one that no reader can see.'],
    // Wrong on purpose: a picked answer is "not this one", never "far off".
    [/5,700 life-or-death calls/, 'Yes. The article names a source that a reader could look up.'],
    [/Nearly triple the weekly average/, 'It points to a source, but one that no reader can see.'],
    [/A 17-hour shift/, 'It points to a source, but one that no reader can see.'],
    [/At 11:42 a.m. yesterday/, 'No. The article gives no source for it at all.'],
  ];
  for (const [i, [title, answer]] of answers.entries()) {
    const card = figure(page, title);
    if (i === 0) {
      // Keyboard: arrow keys move through a radio group.
      await card.getByRole('radio').first().focus();
      await page.keyboard.press('ArrowDown');
      await expect(card.getByRole('radio', { name: answer })).toBeChecked();
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
    } else {
      await card.getByRole('radio', { name: answer }).check();
      await lockIn(card).click();
    }
    await expect(card.getByRole('heading', { name: 'Your prediction, checked' })).toBeFocused();
  }
  await expect(figure(page, /5,700 life-or-death calls/)).toContainText(
    'Not this one: no points this time.',
  );
  await expect(page.getByText('Far off', { exact: false })).toHaveCount(0);
  const shift = figure(page, /A 17-hour shift/);
  await expect(shift).toContainText('Partly right: half a point.');
  await expect(shift).toContainText(
    'The best answer: “No. The article gives no source for it at all.”',
  );
  await expect(figure(page, /61 emergency zones/)).toContainText(
    'We could not find the term “emergency zones” in any NHS ambulance source we checked.',
  );

  // Until the step is done, its Next is a quiet button (a big one invited skipping).
  const next = page
    .getByRole('navigation', { name: 'Step navigation' })
    .getByRole('link', { name: /^Next:/ });
  await expect(next).toHaveClass(/button--secondary/);
  // The drift is part of the step, and the page says so.
  await expect(page.getByText('One part is left before this step is done')).toBeVisible();
  await page.getByRole('button', { name: /Follow the 40,000 from source to headline/ }).click();
  const drift = page.getByRole('region', { name: /Number drift/ });
  await expect(drift.getByRole('heading', { level: 2 })).toBeFocused();
  const steps = drift.getByRole('listitem');
  await expect(steps).toHaveCount(5);
  await expect(steps.first()).toContainText('40,365');
  await expect(steps.first()).toContainText('NHS England');
  await expect(steps.nth(2)).toContainText('Paramedics and nurses');
  await expect(steps.last()).toContainText('“40,000 Paramedics WALK OUT”');
  await expect(steps.nth(1).getByText('changed', { exact: true })).toHaveCount(5);
  await expect(page.getByText('You scored 8.5 of 10 points on your predictions.')).toBeVisible();
  await expect(next).not.toHaveClass(/button--secondary/);
  await expectNoAxeViolations('statistics, unsourced figures and number drift');
});

test('everything revealed: no accessibility violations in the dark, and charts print legibly with their data tables', async ({
  page,
  expectNoAxeViolations,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await open(page, seed(10, true, 'done'));
  await expect(page.getByRole('region', { name: /Number drift/ })).toBeVisible();
  await expectNoAxeViolations('statistics, everything revealed, dark');

  await page.emulateMedia({ colorScheme: 'light' });
  const table = page.getByRole('table', { name: /Category 2 calls/ });
  // On screen the table is only for screen readers: its wrapper is clipped to 1 px.
  const wrapperWidth = () =>
    table.evaluate((el) => el.parentElement?.getBoundingClientRect().width);
  expect(await wrapperWidth()).toBeLessThanOrEqual(1);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('img', { name: /Category 2 calls/ })).toBeVisible();
  expect(await wrapperWidth()).toBeGreaterThan(300);
  await expect(table.getByRole('row', { name: /April 2023/ })).toContainText('28 min');
  await expect(page.getByRole('button', { name: 'Try again' })).toBeHidden();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
});

// Without JavaScript: no-javascript.spec.ts.

test('unreadable saved answers start fresh with a notice; the last figure and the drift are found again after a reload; the overview shows the step done; Try again clears it', async ({
  page,
  foreignRequests,
}) => {
  await open(page, {
    version: 1,
    cases: {
      'paramedics-walkout': {
        modules: { statistics: { status: 'done', data: { version: 1, guesses: 'oops' } } },
      },
    },
  });
  await expect(
    page.getByText('We could not read the answers saved for this step, so it starts fresh.'),
  ).toBeVisible();
  await expect(page.getByText('Compared 0 of 10 figures')).toBeVisible();
  await page.reload();
  await waitForIslands(page);
  await expect(page.getByText('We could not read the answers')).toHaveCount(0);

  // Nine figures done (as another tab would save them); the last one and the drift here.
  await writeProgress(page, seed(9));
  await page.reload();
  await waitForIslands(page);
  const last = figure(page, /At 11:42 a.m. yesterday/);
  await last.getByRole('radio', { name: 'No. The article gives no source for it at all.' }).check();
  await lockIn(last).click();
  // Until the step is done, its Next is a quiet button (a big one invited skipping).
  const next = page
    .getByRole('navigation', { name: 'Step navigation' })
    .getByRole('link', { name: /^Next:/ });
  await expect(next).toHaveClass(/button--secondary/);
  // The drift is part of the step, and the page says so.
  await expect(page.getByText('One part is left before this step is done')).toBeVisible();
  await page.getByRole('button', { name: /Follow the 40,000 from source to headline/ }).click();
  await expect(page.getByText('You scored 10 of 10 points on your predictions.')).toBeVisible();

  await page.reload();
  await waitForIslands(page);
  await expect(page.getByText('Compared 10 of 10 figures')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Your prediction, checked' })).toHaveCount(10);
  await expect(page.getByRole('img', { name: /Category 2 calls/ })).toBeVisible();
  await expect(
    page.getByRole('region', { name: /Number drift/ }).getByRole('listitem'),
  ).toHaveCount(5);
  await expect(page.getByText('You scored 10 of 10 points on your predictions.')).toBeVisible();
  const saved = (await savedProgress(page)) as ReturnType<typeof seed>;
  expect(saved.cases['paramedics-walkout'].modules.statistics).toMatchObject({
    status: 'done',
    score: { earned: 10, possible: 10 },
  });

  await page.goto('/paramedics-walkout/');
  const step = page.getByRole('listitem').filter({ hasText: 'Compare the statistics' });
  await expect(step).toContainText('Done: 100%');

  // Try again asks first; "Keep them" changes nothing and brings focus back.
  await page.goto(PAGE);
  await waitForIslands(page);
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('button', { name: 'Yes, clear them' })).toBeFocused();
  await page.getByRole('button', { name: 'Keep them' }).click();
  await expect(page.getByRole('button', { name: 'Try again' })).toBeFocused();
  await expect(page.getByText('Compared 10 of 10 figures')).toBeVisible();
  await page.getByRole('button', { name: 'Try again' }).click();
  await page.getByRole('button', { name: 'Yes, clear them' }).click();
  await expect(page.getByText('Compared 0 of 10 figures')).toBeVisible();
  await expect(
    page.getByRole('heading', { name: 'The headline’s 40,000 paramedics' }),
  ).toBeFocused();
  const cleared = (await savedProgress(page)) as ReturnType<typeof seed>;
  expect(cleared.cases['paramedics-walkout'].modules.statistics).toBeUndefined();
  expect(foreignRequests).toEqual([]);
});
