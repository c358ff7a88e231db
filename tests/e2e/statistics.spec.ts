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
/** The lesson's order: the core (a 45-minute lesson) first, then the extras. */
const CORE = ['01-headline-paramedics', '04-category-1-target', '06-emergency-zones'];
const ORDER = [
  ...CORE,
  '02-body-left-nhs',
  '03-nuffield-line',
  '05-category-2-december',
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

/** Saved progress with the first `revealed` figures (lesson order) answered as well as possible. */
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

test('the extras, after the core: scores closeness by pointer and typing, shows the response-time charts, and calls a wrong pick "not this one"', async ({
  page,
  expectNoAxeViolations,
}) => {
  // The core, the drift and the first extra done.
  await open(page, seed(4, true, 'done'));
  await expect(page.getByText('Compared 3 of 3 figures')).toBeVisible();
  await expect(page.getByText('Compared 1 of 7 extras')).toBeVisible();

  // Extra 2, by pointer on the slider track, then corrected by typing.
  const three = figure(page, 'The Nuffield Trust line');
  await expect(three.getByText('Figure 2 of 7, extra')).toBeVisible();
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

  // Extra 3, reached with the pointer: the worst month.
  const five = figure(page, 'Response times “triple the national target”');
  await three.getByRole('button', { name: 'Next figure' }).click();
  await expect(five.getByRole('heading', { level: 2 })).toBeFocused();
  await five.getByRole('textbox').fill('93');
  await lockIn(five).click();
  await expect(five).toContainText('The real figure: 1 h 32 min 54 s.');
  await expect(
    five
      .getByRole('table', { name: /Category 2 calls/ })
      .getByRole('row', { name: /December 2022/ }),
  ).toContainText('1 h 32 min 54 s');

  // Extra 4, wrong on purpose: a picked answer is "not this one", never "far off".
  const calls = figure(page, /5,700 life-or-death calls/);
  await calls
    .getByRole('radio', { name: 'Yes. The article names a source that a reader could look up.' })
    .check();
  await lockIn(calls).click();
  await expect(calls).toContainText('Not this one: no points this time.');
  await expect(page.getByText('Far off', { exact: false })).toHaveCount(0);
  await expect(page.getByText('Compared 4 of 7 extras')).toBeVisible();
  // Every extra compared counts: 4 + 0.5 + 1 + 0 of 7.
  await expect(page.getByText('You scored 5.5 of 7 points on your predictions.')).toBeVisible();
  await expectNoAxeViolations('statistics, extras');

  const saved = (await savedProgress(page)) as ReturnType<typeof seed>;
  const data = saved.cases['paramedics-walkout'].modules.statistics;
  expect(data).toMatchObject({ status: 'done', score: { earned: 5.5, possible: 7 } });
  // The time on the step is kept for the summary (these comparisons take several seconds).
  expect((data as { seconds?: number }).seconds).toBeGreaterThan(0);
  expect(data.data.revealed).toEqual(ORDER.slice(0, 7));
  expect(data.data.guesses).toMatchObject({
    '03-nuffield-line': 30000,
    '05-category-2-december': 93,
  });
});

test('the core: refuses a guess out of range, judges the unsourced figure by keyboard, folds what was compared, then the number drift finishes the step and offers the extras', async ({
  page,
  expectNoAxeViolations,
}) => {
  await open(page, seed(1));
  await expect(page.getByText('Compared 1 of 3 figures')).toBeVisible();
  // After a reload a compared figure is folded to its title and result, and opens on Enter.
  const headline = page.getByRole('button', {
    name: 'The headline’s 40,000 paramedics Close: 1 point.',
  });
  await expect(headline).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('heading', { name: 'Your prediction, checked' })).toHaveCount(0);

  // Core figure 2: an out-of-range number is refused, then a typed answer and Enter.
  const four = figure(page, '“Nearly triple the national target”');
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

  // Core figure 3, by keyboard: arrow keys move through a radio group. Half right.
  const zones = figure(page, /61 emergency zones/);
  await four.getByRole('button', { name: 'Next figure' }).click();
  await zones.getByRole('radio').first().focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(
    zones.getByRole('radio', { name: 'No. The article gives no source for it at all.' }),
  ).toBeChecked();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(zones.getByRole('heading', { name: 'Your prediction, checked' })).toBeFocused();
  await expect(zones).toContainText('Partly right: half a point.');
  await expect(zones).toContainText(
    'The best answer: “It points to a source, but one that no reader can see.”',
  );
  await expect(zones).toContainText(
    'We could not find the term “emergency zones” in any NHS ambulance source we checked.',
  );
  // The figure compared before this one has folded; Enter opens it again, with its chart.
  const target = page.getByRole('button', {
    name: '“Nearly triple the national target” Close: 1 point.',
  });
  await expect(target).toHaveAttribute('aria-expanded', 'false');
  await expect(four.getByRole('img', { name: /Category 1 calls/ })).toBeHidden();
  await target.focus();
  await page.keyboard.press('Enter');
  await expect(target).toHaveAttribute('aria-expanded', 'true');
  await expect(four.getByRole('img', { name: /Category 1 calls/ })).toBeVisible();
  await expect(page.getByText('Compared 3 of 3 figures')).toBeVisible();

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
  await expect(page.getByText('You scored 2.5 of 3 points on your predictions.')).toBeVisible();
  await expect(next).not.toHaveClass(/button--secondary/);
  const saved = (await savedProgress(page)) as ReturnType<typeof seed>;
  expect(saved.cases['paramedics-walkout'].modules.statistics).toMatchObject({
    status: 'done',
    score: { earned: 2.5, possible: 3 },
  });

  // The extras wait below the end of the step until asked for.
  await expect(page.getByRole('heading', { name: 'Extras' })).toHaveCount(0);
  await expect(
    page.getByText('You have done the core of this step. 7 more figures are extras'),
  ).toBeVisible();
  await page
    .getByRole('button', {
      name: 'Go on with the extras: “Over 40,000 … have left NHS employment”',
    })
    .click();
  const extra = figure(page, '“Over 40,000 … have left NHS employment”');
  await expect(extra.getByRole('heading', { level: 2 })).toBeFocused();
  await expect(extra.getByText('Figure 1 of 7, extra')).toBeVisible();
  await expectNoAxeViolations('statistics, the core done and the first extra');
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
  // On screen every compared figure is folded; on paper every one is open.
  await expect(page.getByRole('button', { expanded: false })).toHaveCount(10);
  await expect(page.getByRole('img', { name: /Category 2 calls/ })).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('img', { name: /Category 2 calls/ })).toBeVisible();
  const table = page.getByRole('table', { name: /Category 2 calls/ });
  const wrapperWidth = () =>
    table.evaluate((el) => el.parentElement?.getBoundingClientRect().width);
  expect(await wrapperWidth()).toBeGreaterThan(300);
  await expect(table.getByRole('row', { name: /April 2023/ })).toContainText('28 min');
  await expect(page.getByRole('button', { name: 'Try again' })).toBeHidden();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.byteLength).toBeGreaterThan(10_000);

  // On screen, opened again, the table is only for screen readers: its wrapper is clipped to 1 px.
  await page.emulateMedia({ media: 'screen' });
  await page.getByRole('button', { name: /^Response times “triple the national target”/ }).click();
  await expect(page.getByRole('img', { name: /Category 2 calls/ })).toBeVisible();
  expect(await wrapperWidth()).toBeLessThanOrEqual(1);
});

// Without JavaScript: no-javascript.spec.ts.

test('unreadable saved answers start fresh with a notice; the last core figure and the drift are found again (folded) after a reload; the overview shows the step done; Try again clears it', async ({
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
  await expect(page.getByText('Compared 0 of 3 figures')).toBeVisible();
  await page.reload();
  await waitForIslands(page);
  await expect(page.getByText('We could not read the answers')).toHaveCount(0);

  // Two core figures done (as another tab would save them); the last one and the drift here.
  await writeProgress(page, seed(2));
  await page.reload();
  await waitForIslands(page);
  const last = figure(page, /61 emergency zones/);
  await last
    .getByRole('radio', { name: 'It points to a source, but one that no reader can see.' })
    .check();
  await lockIn(last).click();
  await page.getByRole('button', { name: /Follow the 40,000 from source to headline/ }).click();
  await expect(page.getByText('You scored 3 of 3 points on your predictions.')).toBeVisible();

  await page.reload();
  await waitForIslands(page);
  await expect(page.getByText('Compared 3 of 3 figures')).toBeVisible();
  // Every compared figure comes back folded, with its result.
  const folded = page.getByRole('button', { expanded: false, name: /: 1 point\.$/ });
  await expect(folded).toHaveCount(3);
  await expect(folded.last()).toHaveText(/61 emergency zones.*Right: 1 point\./);
  await expect(
    page.getByRole('region', { name: /Number drift/ }).getByRole('listitem'),
  ).toHaveCount(5);
  await expect(page.getByText('You scored 3 of 3 points on your predictions.')).toBeVisible();
  const saved = (await savedProgress(page)) as ReturnType<typeof seed>;
  expect(saved.cases['paramedics-walkout'].modules.statistics).toMatchObject({
    status: 'done',
    score: { earned: 3, possible: 3 },
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
  await expect(page.getByText('Compared 3 of 3 figures')).toBeVisible();
  await page.getByRole('button', { name: 'Try again' }).click();
  await page.getByRole('button', { name: 'Yes, clear them' }).click();
  await expect(page.getByText('Compared 0 of 3 figures')).toBeVisible();
  await expect(
    page.getByRole('heading', { name: 'The headline’s 40,000 paramedics' }),
  ).toBeFocused();
  const cleared = (await savedProgress(page)) as ReturnType<typeof seed>;
  expect(cleared.cases['paramedics-walkout'].modules.statistics).toBeUndefined();
  expect(foreignRequests).toEqual([]);
});
