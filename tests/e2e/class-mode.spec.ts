import { readFileSync, readdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parse as parseYaml } from 'yaml';
import { test, expect, waitForIslands, tabTo } from './fixtures';

const PAGE = '/teach/class/';
const CASE = 'content/cases/paramedics-walkout';

/** The discussion questions per step, straight from the guide. */
const discussion = (
  parseYaml(readFileSync(`${CASE}/guide.yaml`, 'utf8')) as { discussion: Record<string, string[]> }
).discussion;
const redFlagQuestions = discussion['red-flags'] ?? [];

/** Each step's length in minutes (case.yaml): where its timer starts. */
const minutes = Object.fromEntries(
  (
    parseYaml(readFileSync(`${CASE}/case.yaml`, 'utf8')) as {
      steps: { id: string; minutes: number }[];
    }
  ).steps.map((s) => [s.id, s.minutes]),
);

/** The experts' source cards in the module's order. */
const expertTitles = readdirSync(`${CASE}/experts`)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => {
    const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(`${CASE}/experts/${f}`, 'utf8'))?.[1];
    return parseYaml(front ?? '') as { order: number; title: string };
  })
  .sort((a, b) => a.order - b.order)
  .map((c) => c.title);

/** The open step, as the projector shows it. */
const stage = (page: Page, step: string) => page.getByRole('region', { name: step, exact: true });
const slideCount = (page: Page) => page.getByRole('heading', { level: 2, name: /^Slide \d+ of/ });
const answer = (page: Page) => page.getByRole('region', { name: 'Answer' });
const clock = (page: Page) => page.getByRole('timer');

/**
 * The smallest explanation a projected answer may show at 1920 × 1080, in px, by step: the room's
 * full size is 31 px; a red flag's short explanation takes it or a step or two below; a figure's
 * explanation has its own screen after the chart; the longest source card (with a table) steps
 * its type down furthest.
 */
const ROOM_TEXT_PX = { 'red-flags': 26, statistics: 24, experts: 20 };

/**
 * On a projector the slide on show fits the screen: nothing of it lies under the controls at the
 * bottom or off the right edge, no table is wider than its column, and the page itself does not
 * scroll. An answer's explanation is at least `minPx` big.
 */
async function expectSlideFits(page: Page, minPx = 0) {
  const { where, cut, scroll, explainPx } = await page.evaluate(() => {
    const bar = document.querySelector('.cm-controls')?.getBoundingClientRect().top ?? 0;
    const slide = document.querySelector('.cm-stage .cm-slide');
    const cut = [...(slide?.querySelectorAll('*') ?? [])]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        // Visually hidden text (a chart's data table) is for screen readers, not the room.
        if (el.closest('.visually-hidden, .bar-chart__table')) return false;
        const wide = el.tagName === 'TABLE' && r.width > (el.parentElement?.clientWidth ?? 0) + 1;
        return (
          r.width > 0 && r.height > 0 && (r.bottom > bar + 0.5 || r.right > innerWidth || wide)
        );
      })
      .map((el) => `${el.tagName} ${(el.textContent ?? '').slice(0, 40)}`);
    const explain = [...(slide?.querySelectorAll('.cm-explain p, .stat-explain p') ?? [])].find(
      (p) => p.getClientRects().length > 0,
    );
    return {
      where: document.querySelector('.cm-stage h2')?.textContent ?? '',
      cut,
      scroll: document.documentElement.scrollHeight - window.innerHeight,
      // Whole px, as a designer would say it (23.96 px is 24 px).
      explainPx: explain ? Math.round(parseFloat(getComputedStyle(explain).fontSize)) : Infinity,
    };
  });
  expect(cut, where).toEqual([]);
  expect(scroll).toBe(0);
  expect(explainPx, where).toBeGreaterThanOrEqual(minPx);
}

/**
 * Checks that the open step fits the screen where it is hardest: its first slide (prompt and
 * answer) and its longest answer, found in the page's static list of slides (not a fixed index:
 * the content may change).
 */
async function expectStepFits(page: Page, step: keyof typeof ROOM_TEXT_PX) {
  const minPx = ROOM_TEXT_PX[step];
  await page.keyboard.press('Home');
  await expect(slideCount(page)).toHaveText(/^Slide 1 of/);
  await expectSlideFits(page);
  // On a prompt every answer is in the static list (only the open slide's prompt is on stage).
  const { longest, screens } = await page.evaluate((id) => {
    const slides = [...document.querySelectorAll(`#${id} .cm-static__slide`)];
    const lengths = slides.map((s) => s.querySelector('details')?.textContent?.length ?? 0);
    // An answer with a second screen: its prompt, its first screen, its rest.
    const screens = slides.map((s) => (s.querySelector('[data-part^="rest"]') ? 3 : 2));
    return { longest: lengths.indexOf(Math.max(...lengths)), screens };
  }, step);
  /** Shows the answer of the slide on show, screen by screen, checking each fits. */
  const showAnswer = async (slide: number) => {
    await page.keyboard.press('ArrowRight');
    await expect(answer(page)).toBeVisible();
    await expectSlideFits(page, minPx);
    if (screens[slide] === 3) {
      await page.keyboard.press('ArrowRight');
      await expectSlideFits(page, minPx);
    }
  };
  await showAnswer(0);
  if (longest === 0) return;
  await page.keyboard.press('ArrowRight');
  for (const n of screens.slice(1, longest))
    for (let i = 0; i < n; i++) await page.keyboard.press('ArrowRight');
  await expect(slideCount(page)).toHaveText(new RegExp(`^Slide ${longest + 1} of`));
  await showAnswer(longest);
}

test('a teacher leads a step by keyboard alone, and nothing about the class is stored', async ({
  page,
  expectNoAxeViolations,
  foreignRequests,
}) => {
  await page.goto(PAGE);
  await waitForIslands(page);
  // A fresh browser: nothing is stored, and class mode must keep it that way.
  expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
  // axe on the list of steps (the page as it loads): the crawl (crawl.spec.ts).

  const open = page.getByRole('button', { name: /Spot the red flags/ });
  await expect(open).toContainText('12 slides');
  await tabTo(page, open);
  await page.keyboard.press('Enter');

  const title = page.getByRole('heading', { level: 1, name: 'Spot the red flags' });
  await expect(title).toBeFocused();
  await expect(slideCount(page)).toHaveText('Slide 1 of 12');
  await expect(stage(page, 'Spot the red flags').getByText(/What kind of red flag/)).toBeVisible();
  await expect(answer(page)).toHaveCount(0);
  await expect(clock(page)).toHaveText(`${minutes['red-flags']}:00`);
  await expectNoAxeViolations('class mode: a prompt');

  // → reveals the answer with the guide's first discussion question, then moves on.
  await page.keyboard.press('ArrowRight');
  await expect(answer(page)).toBeVisible();
  await expect(answer(page)).toContainText(redFlagQuestions[0] ?? 'missing');
  await expect(page.getByRole('status')).toContainText('Answer shown:');
  await expectNoAxeViolations('class mode: an answer');
  await tabTo(page, page.getByRole('button', { name: 'Another question' }));
  await page.keyboard.press('Enter');
  await expect(answer(page)).toContainText(redFlagQuestions[1] ?? 'missing');

  // → on that button still turns the slide; focus goes back to the title, not to the page top.
  await page.keyboard.press('ArrowRight');
  await expect(slideCount(page)).toHaveText('Slide 2 of 12');
  await expect(answer(page)).toHaveCount(0);
  await expect(title).toBeFocused();
  await expect(page.getByRole('status')).toHaveText('Spot the red flags: slide 2 of 12.');
  await page.keyboard.press('PageDown');
  await expect(answer(page)).toContainText(redFlagQuestions[1] ?? 'missing');
  await page.keyboard.press('Space');
  await expect(slideCount(page)).toHaveText('Slide 3 of 12');
  await expect(answer(page)).toHaveCount(0);
  await page.keyboard.press('Enter');
  await expect(answer(page)).toContainText(redFlagQuestions[2] ?? 'missing');

  // ← first hides the answer, then shows the previous slide's answer again.
  await page.keyboard.press('ArrowLeft');
  await expect(answer(page)).toHaveCount(0);
  await expect(slideCount(page)).toHaveText('Slide 3 of 12');
  await page.keyboard.press('PageUp');
  await expect(slideCount(page)).toHaveText('Slide 2 of 12');
  await expect(answer(page)).toBeVisible();

  await page.keyboard.press('End');
  await expect(slideCount(page)).toHaveText('Slide 12 of 12');
  await page.keyboard.press('Home');
  await expect(slideCount(page)).toHaveText('Slide 1 of 12');

  // Escape returns to the list, with focus back on the step just left.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { name: 'Choose a step' })).toBeVisible();
  await expect(open).toBeFocused();
  expect(new URL(page.url()).hash).toBe('');

  expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
  expect(foreignRequests).toEqual([]);
});

test('a link to #experts opens that step; buttons and a clicker run it on into the next step', async ({
  page,
  expectNoAxeViolations,
}) => {
  // A classroom projector: every slide fits the screen, in type the back of the room can read.
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(`${PAGE}#experts`);
  await waitForIslands(page);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Check the named experts' }),
  ).toBeVisible();
  await expect(slideCount(page)).toHaveText(`Slide 1 of ${expertTitles.length}`);
  const experts = stage(page, 'Check the named experts');
  await expect(experts.getByText(expertTitles[0] ?? 'missing', { exact: true })).toBeVisible();
  await expect(clock(page)).toHaveText(`${minutes['experts']}:00`);

  // The on-screen buttons do what the keys do, for a mouse or a touch screen.
  const expertQuestions = discussion['experts'] ?? [];
  await page.getByRole('button', { name: 'Show the answer' }).click();
  await expect(answer(page)).toContainText(expertQuestions[0] ?? 'missing');
  await page.getByRole('button', { name: 'Another question' }).click();
  await expect(answer(page)).toContainText(expertQuestions[1] ?? 'missing');
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(answer(page)).toHaveCount(0);

  // A presenter clicker: Page Down only.
  await page.keyboard.press('End');
  await expect(experts.getByText(expertTitles.at(-1) ?? 'missing', { exact: true })).toBeVisible();
  await page.keyboard.press('PageDown');
  await expect(answer(page)).toBeVisible();
  await page.keyboard.press('PageDown');
  await expect(page.getByRole('heading', { level: 2, name: 'End of the step' })).toBeVisible();
  await expect(
    page.getByRole('button', { name: 'Next step: Compare the statistics' }),
  ).toBeVisible();
  await page.keyboard.press('PageDown');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Compare the statistics' }),
  ).toBeVisible();
  await expect(slideCount(page)).toHaveText('Slide 1 of 11');
  expect(new URL(page.url()).hash).toBe('#statistics');
  // The answer carries the module's own chart, its ids renamed so none repeats in the page.
  await page.keyboard.press('ArrowRight');
  await expect(answer(page).getByRole('img', { name: /40,000/ })).toBeVisible();
  await expectNoAxeViolations('class mode: a statistics answer');
  // The rest of a figure's answer has a screen of its own: the chart gives way to the questions
  // to ask of it and the explanation.
  await page.getByRole('button', { name: 'The rest of the answer' }).click();
  await expect(
    answer(page).getByRole('heading', { name: 'Questions to ask of any statistic' }),
  ).toBeVisible();
  await expect(answer(page).getByRole('img', { name: /40,000/ })).toBeHidden();
  await expectNoAxeViolations('class mode: the rest of a statistics answer');

  // A step of each kind fits, at its hardest: statistics (charts), experts (tables), red flags.
  await expectStepFits(page, 'statistics');
  // The number drift closes the step: its steps as one table the room can read, then each
  // step's note and the explanation on a screen of their own.
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowRight');
  const drift = answer(page).getByRole('table', { name: /^Number drift/ });
  await expect(drift.getByRole('columnheader', { name: /^Step 5/ })).toBeVisible();
  await expect(drift.getByRole('rowheader', { name: 'Reason given' })).toBeVisible();
  await expectSlideFits(page);
  const cellPx = await drift
    .getByRole('cell')
    .first()
    .evaluate((cell) => Math.round(parseFloat(getComputedStyle(cell).fontSize)));
  expect(cellPx).toBeGreaterThanOrEqual(ROOM_TEXT_PX.statistics - 6);
  await page.keyboard.press('ArrowRight');
  await expect(answer(page).getByText(/^Step 5, The headline:/)).toBeVisible();
  await expectSlideFits(page, ROOM_TEXT_PX.statistics);
  await page.goto(`${PAGE}#experts`);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Check the named experts' }),
  ).toBeVisible();
  await expectStepFits(page, 'experts');
  await page.goto(`${PAGE}#red-flags`);
  await expect(page.getByRole('heading', { level: 1, name: 'Spot the red flags' })).toBeVisible();
  await expectStepFits(page, 'red-flags');
});

test('the teacher times an activity by keyboard; time up is shown in words and announced', async ({
  page,
}) => {
  await page.clock.install();
  await page.goto(`${PAGE}#second-look`);
  await waitForIslands(page);
  const full = minutes['second-look'] ?? 0;
  await expect(clock(page)).toHaveText(`${full}:00`);

  // Enter and Space press the timer's buttons; they do not turn the slide.
  await tabTo(page, page.getByRole('button', { name: 'Start' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeFocused();
  await page.clock.runFor(2000);
  await expect(clock(page)).toHaveText(`${full - 1}:58`);
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Resume' })).toBeFocused();
  await page.clock.runFor(5000);
  await expect(clock(page)).toHaveText(`${full - 1}:58`);
  await expect(slideCount(page)).toHaveText('Slide 1 of 7');
  await expect(answer(page)).toHaveCount(0);

  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: '−1 min' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(clock(page)).toHaveText(`${full - 2}:58`);
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  await page.clock.runFor(full * 60_000);
  await expect(clock(page)).toHaveText('0:00');
  await expect(page.getByText('Time is up', { exact: true })).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('Time is up for Second look.');
  await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
});

// Without JavaScript: no-javascript.spec.ts.
