import { readFileSync, readdirSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { parse as parseYaml } from 'yaml';
import {
  test,
  expect,
  waitForIslands,
  seedProgress,
  savedProgress,
  POSTS,
  VERDICT_LABEL,
} from './fixtures';

const CASE = '/paramedics-walkout/';
const CONTENT = 'content/cases/paramedics-walkout';

/** Front matter of every MDX file in one of the case's content folders, in lesson order. */
function frontMatter<T>(folder: string): T[] {
  return readdirSync(`${CONTENT}/${folder}`)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const text = readFileSync(`${CONTENT}/${folder}/${f}`, 'utf8');
      return parseYaml(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') as T & { order: number };
    })
    .sort((a, b) => a.order - b.order);
}

interface ExpertCard {
  title: string;
  short: string;
  verdict: 'checkable-supports' | 'checkable-differs' | 'cannot-check';
  checkChoices: { label: string; strong: boolean }[];
  tier?: 'core' | 'extra';
}
const experts = frontMatter<ExpertCard>('experts');
interface Figure {
  kind: string;
  title: string;
  tier?: 'core' | 'extra';
  question: {
    kind: 'number' | 'choice';
    answer: number | string;
    options?: { id: string; label: string }[];
  };
}
const allFigures = frontMatter<Figure>('statistics').filter((f) => f.kind !== 'drift');
/** The statistics core (a 45-minute lesson); the extras follow the step's end. */
const figures = allFigures.filter((f) => f.tier !== 'extra');
const firstExtra = allFigures.find((f) => f.tier === 'extra') as Figure;
/** What the experts step teaches, shown with its summary. */
const expertsRecap = (
  parseYaml(readFileSync(`${CONTENT}/case.yaml`, 'utf8')) as {
    steps: { id: string; recap?: string }[];
  }
).steps.find((s) => s.id === 'experts')?.recap as string;

// ---------------------------------------------------------------------------------------------
// Keyboard and focus helpers

interface FocusState {
  what: string;
  onBody: boolean;
  /**
   * The focused element, or what draws it (a big radio button is a transparent input over its
   * label), has a visible outline or an outer ring while it matches :focus-visible.
   */
  drawn: boolean;
  /** What draws the focus is on screen. */
  inView: boolean;
}

/**
 * Where focus is, and whether a sighted keyboard user can see it, once the page has stopped
 * scrolling. Runs in the page (passed to `evaluate`), so it uses nothing else from this file.
 *
 * It first waits, as a person looks at where focus went before pressing the next key: a newly
 * focused element may take a moment to scroll into view: up to 1.5 s.
 */
async function readFocus(target?: Element): Promise<FocusState & { isTarget: boolean }> {
  const read = (): FocusState & { isTarget: boolean } => {
    const el = document.activeElement;
    if (!el || el === document.body || el === document.documentElement)
      return { what: 'body', onBody: true, drawn: false, inView: false, isTarget: false };
    const transparent = (c: string) => c === 'transparent' || /rgba\(.*,\s*0\)$/.test(c);
    const ring = (e: Element | null | undefined): boolean => {
      if (!e) return false;
      const s = getComputedStyle(e);
      const outline =
        s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0 && !transparent(s.outlineColor);
      // A box-shadow counts as a focus ring when it is drawn outside (an inset one marks state).
      const shadow = s.boxShadow !== 'none' && !s.boxShadow.includes('inset');
      return outline || (shadow && el.matches(':focus-visible'));
    };
    const candidates =
      Number(getComputedStyle(el).opacity) === 0
        ? [el.nextElementSibling, el.parentElement, el.parentElement?.parentElement]
        : [el];
    const painter = candidates.find(ring) ?? null;
    const box = (painter ?? el).getBoundingClientRect();
    const inView =
      box.width > 0 &&
      box.height > 0 &&
      box.bottom > 0 &&
      box.right > 0 &&
      box.top < window.innerHeight &&
      box.left < window.innerWidth;
    const label = (el as HTMLInputElement).labels?.[0]?.textContent;
    const name = (el.getAttribute('aria-label') ?? label ?? el.textContent ?? '')
      .trim()
      .slice(0, 60);
    const kind = el.getAttribute('role') ?? el.getAttribute('type') ?? '';
    return {
      what: `<${el.tagName.toLowerCase()}${kind ? ` ${kind}` : ''}> “${name}”`,
      onBody: false,
      drawn: painter !== null,
      inView,
      isTarget: el === target,
    };
  };
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const start = performance.now();
  // Still once a frame has gone by without the page scrolling (instant scrolling, as the site
  // does, has already happened by the time this runs).
  let last = window.scrollY;
  let still = 0;
  let state = read();
  while (performance.now() - start < 1500) {
    await frame();
    still = window.scrollY === last ? still + 1 : 0;
    last = window.scrollY;
    state = read();
    if (still >= 1 && (state.onBody || (state.drawn && state.inView))) break;
  }
  return state;
}

/** Focus is on an element (not lost to <body>), visibly marked and on screen. */
async function expectVisibleFocus(page: Page, when: string, seen?: FocusState): Promise<void> {
  const state = seen ?? (await page.evaluate(readFocus, undefined));
  expect(state.onBody, `focus lost to <body> ${when}`).toBe(false);
  expect(state.drawn, `no visible focus on ${state.what} ${when}`).toBe(true);
  expect(state.inView, `focused ${state.what} is off screen ${when}`).toBe(true);
}

/** `target` has focus, visibly; focus is not on <body>. */
async function expectFocusOn(page: Page, target: Locator, when: string): Promise<void> {
  await expect(target, when).toBeFocused();
  await expectVisibleFocus(page, when);
}

/**
 * Presses Tab until `target` has focus, checking that every stop on the way shows its focus.
 * Fails if `target` is not reached within `max` presses (unreachable, or a trap before it).
 */
async function tabUntil(page: Page, target: Locator, max = 40): Promise<number> {
  await expect(target).toBeAttached();
  // Found once: Tab changes nothing but focus, and a role query per press is slow on long pages.
  const handle = await target.elementHandle();
  if (!handle) throw new Error(`${target.toString()} is not in the page`);
  for (let i = 0; i <= max; i++) {
    const state = await handle.evaluate(readFocus);
    // Before the first Tab, focus may rightly be nowhere (a page just loaded).
    if (i > 0 || state.isTarget)
      await expectVisibleFocus(page, `after Tab #${i} towards ${target.toString()}`, state);
    if (state.isTarget) return i;
    if (i < max) await page.keyboard.press('Tab');
  }
  throw new Error(`${max} presses of Tab never reached ${target.toString()}`);
}

/** From a radio group's focused radio, Space then arrow keys until `label` is chosen. */
async function chooseInGroup(page: Page, group: Locator, label: string | RegExp): Promise<void> {
  const radios = group.getByRole('radio');
  const target = group.getByRole('radio', { name: label, exact: typeof label === 'string' });
  // Where focus is and where the choice is, in the group's order: the arrow presses it takes.
  const [from, to, count] = await radios.evaluateAll(
    (els, t) => [
      els.indexOf(document.activeElement as HTMLElement),
      els.indexOf(t as HTMLElement),
      els.length,
    ],
    await target.elementHandle(),
  );
  expect(
    from,
    `focus is on a radio of the group choosing “${String(label)}”`,
  ).toBeGreaterThanOrEqual(0);
  expect(to, `“${String(label)}” is a radio of the group`).toBeGreaterThanOrEqual(0);
  await page.keyboard.press('Space');
  for (let i = from!; i !== to; i = (i + 1) % count!) await page.keyboard.press('ArrowDown');
  await expect(target).toBeChecked();
  await expectFocusOn(page, target, `choosing “${String(label)}”`);
}

/** The skip link comes first and moves focus to the main content. */
async function skipToMain(page: Page): Promise<void> {
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expectFocusOn(page, skip, 'first Tab on the page');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
}

/** Answers the 12 posts of the before/after test on the page: Tab to each scale, → to choose. */
async function answerPostsByKeyboard(page: Page): Promise<void> {
  await waitForIslands(page);
  await skipToMain(page);
  const posts = page.getByRole('group', { name: /^Post \d+ of 12/ });
  await tabUntil(page, posts.first().getByRole('radio').first(), 30);
  for (let i = 0; i < 12; i++) {
    if (i > 0) await page.keyboard.press('Tab');
    await expectFocusOn(page, posts.nth(i).getByRole('radio').first(), `on post ${i + 1}`);
    await page.keyboard.press('ArrowRight');
  }
  await expect(
    page.getByRole('radio', { name: 'Probably not accurate', checked: true }),
  ).toHaveCount(12);
}

const footerNext = (page: Page, name: string | RegExp) =>
  page.getByRole('navigation', { name: 'Step navigation' }).getByRole('link', { name });

/** Follows a link or presses a button that has focus, and waits for the page it opens. */
async function enterTo(page: Page, url: RegExp): Promise<void> {
  await page.keyboard.press('Enter');
  await page.waitForURL(url);
  if (await page.locator('astro-island, [data-island]').count()) await waitForIslands(page);
}

const status = (page: Page, text: string | RegExp) =>
  page.getByRole('status').filter({ hasText: text });

/** Answers the impressions form by keyboard, from its first radio group to the last claim. */
async function answerImpressions(
  page: Page,
  answers: { believability: string; share: string; reason: string; claim: (i: number) => string },
): Promise<void> {
  const form = page.getByRole('form', { name: 'Your answers' });
  const believability = form.getByRole('group', { name: 'How believable is this article?' });
  await chooseInGroup(page, believability, answers.believability);
  await page.keyboard.press('Tab');
  const share = form.getByRole('group', { name: 'Would you share it?' });
  await chooseInGroup(page, share, answers.share);
  await tabUntil(page, form.getByLabel('In one sentence: why?'), 2);
  await page.keyboard.type(answers.reason);
  const claims = form.getByRole('group', { name: /^Claim \d/ });
  const count = await claims.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    await tabUntil(page, claims.nth(i).getByRole('radio').first(), 2);
    await chooseInGroup(page, claims.nth(i), answers.claim(i));
  }
}

// ---------------------------------------------------------------------------------------------

/** The page's scroll behaviour and every CSS animation or transition it holds (none, we expect). */
const motion = (page: Page) =>
  page.evaluate(() => ({
    scroll: getComputedStyle(document.documentElement).scrollBehavior,
    animations: document.getAnimations().map((a) => {
      const target = (a.effect as KeyframeEffect | null)?.target;
      return {
        kind: a.constructor.name,
        name: (a as CSSAnimation).animationName ?? (a as CSSTransition).transitionProperty,
        on: target ? `${target.tagName.toLowerCase()}.${target.className}` : '',
        state: a.playState,
        ms: Number(a.effect?.getComputedTiming().duration),
      };
    }),
  }));
const STILL = { scroll: 'auto', animations: [] };

// ---------------------------------------------------------------------------------------------

/**
 * The whole lesson by keyboard alone, from the home page to the completion code, in four legs
 * that run side by side: each leg ends by following the step footer's "Next" link, and the next
 * leg starts on that page (with the progress it needs saved beforehand where a step reads an
 * earlier one). Every Tab stop on the way must show its focus, on screen.
 */
test.describe('keyboard only, with reduced motion', () => {
  // As many keyboard users set it; the site itself scrolls instantly either way.
  test.use({ permissions: ['clipboard-read', 'clipboard-write'], reducedMotion: 'reduce' });

  test('home, first impressions and the red flags, by keyboard; nothing animates', async ({
    page,
    foreignRequests,
  }) => {
    test.setTimeout(90_000);

    // Home: the skip link, then "Start the lesson".
    await page.goto('/');
    await skipToMain(page);
    await tabUntil(page, page.getByRole('link', { name: 'Start the lesson' }), 10);
    await enterTo(page, /\/warm-up\/$/);

    // The warm-up: each post's scale is one tab stop, and the arrow keys choose on it.
    await expect(page.getByRole('heading', { level: 1, name: 'Warm-up' })).toBeVisible();
    await answerPostsByKeyboard(page);
    await tabUntil(page, page.getByRole('button', { name: 'Save my warm-up answers' }), 3);
    await page.keyboard.press('Enter');
    await expectFocusOn(
      page,
      page.getByRole('heading', { name: /Warm-up saved/ }),
      'after saving the warm-up',
    );
    await tabUntil(page, footerNext(page, 'Next: First impressions'), 20);
    await enterTo(page, /\/first-impressions\/$/);

    // First impressions. Saving too early lists the gaps, with links that take focus to them.
    await expect(page.getByRole('heading', { level: 1, name: 'First impressions' })).toBeVisible();
    await skipToMain(page);
    const saveFirst = page.getByRole('button', { name: 'Save my first impressions' });
    await tabUntil(page, saveFirst, 30);
    await page.keyboard.press('Enter');
    const missing = page.getByRole('alert');
    await expectFocusOn(page, missing, 'after saving with gaps');
    await expect(missing).toContainText('How believable the article is');
    await page.keyboard.press('Tab');
    const gapLink = missing.getByRole('link', { name: 'How believable the article is' });
    await expectFocusOn(page, gapLink, 'first link in the list of gaps');
    await page.keyboard.press('Enter');
    const believability = page.getByRole('group', { name: 'How believable is this article?' });
    await expect(believability).toBeFocused();
    await page.keyboard.press('Tab');
    await expectFocusOn(page, believability.getByRole('radio').first(), 'after the gap link');
    await answerImpressions(page, {
      believability: '4',
      share: 'Maybe',
      reason: 'It sounds urgent and names a doctor.',
      claim: () => 'Probably true',
    });
    await tabUntil(page, saveFirst, 3);
    await page.keyboard.press('Enter');
    await expectFocusOn(
      page,
      page.getByRole('heading', { name: /First impressions saved/ }),
      'after saving first impressions',
    );
    await tabUntil(page, page.getByRole('button', { name: 'Change my answers' }), 3);
    await tabUntil(page, footerNext(page, 'Next: Spot the red flags'), 20);
    await enterTo(page, /\/red-flags\/$/);

    // Spot the red flags: the article is one tab stop; arrows move, Enter opens the type chooser.
    // Scrolling is instant and nothing animates: not on arriving, not when the chooser opens or a
    // mark appears, not when the results are shown.
    expect(await motion(page)).toEqual(STILL);
    await skipToMain(page);
    const article = page.getByRole('article', { name: 'The article, for marking' });
    const sentence = (start: string) =>
      article.getByRole('button', { name: new RegExp(`^${start}`) });
    await tabUntil(page, sentence('News UK'), 40);
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
    await expectFocusOn(page, sentence('Blocked ambulances'), 'moving with the arrow keys');
    const marks: [string, string][] = [
      ['Blocked ambulances', 'Blame on a group'],
      ['Full investigation', 'Hidden-truth framing'],
    ];
    for (const [n, [start, type]] of marks.entries()) {
      if (n > 0) await page.keyboard.press('ArrowDown');
      await expectFocusOn(page, sentence(start), `on the sentence “${start}”`);
      await page.keyboard.press('Enter');
      const chooser = page.getByRole('dialog');
      await expect(chooser).toBeVisible();
      expect(await motion(page)).toEqual(STILL);
      await chooseInGroup(page, chooser.getByRole('group'), type);
      await page.keyboard.press('Enter');
      await expect(chooser).toBeHidden();
      expect(await motion(page)).toEqual(STILL);
      await expectFocusOn(page, sentence(start), 'after saving a mark');
      await expect(status(page, `Marks so far: ${n + 1}.`)).toBeAttached();
    }
    await expect(
      page.getByRole('region', { name: 'Your marks (2)' }).getByRole('listitem'),
    ).toHaveCount(2);
    await tabUntil(page, page.getByRole('button', { name: 'Check my answers' }), 40);
    await page.keyboard.press('Enter');
    await expectFocusOn(
      page,
      page.getByRole('heading', { level: 2, name: 'Your results' }),
      'after checking the marks',
    );
    expect(await motion(page)).toEqual(STILL);
    await expect(status(page, /^You found \d+ of the 15 core red flags/)).toBeAttached();
    await expect(page.getByText(/^Score: [\d.]+ of 17 points/).first()).toBeVisible();
    await tabUntil(page, footerNext(page, 'Next: Check the named experts'), 60);
    await enterTo(page, /\/experts\/$/);
    expect(foreignRequests).toEqual([]);
  });

  test('the named experts, every source by keyboard, to the summary; all of it kept after a reload', async ({
    page,
    foreignRequests,
  }) => {
    test.setTimeout(90_000);
    await page.goto(`${CASE}experts/`);
    await waitForIslands(page);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Check the named experts' }),
    ).toBeVisible();
    const nav = page.getByRole('navigation', { name: 'Sources to check' });
    await expect(nav.getByRole('button')).toHaveCount(experts.length);

    // Every card: check first, a verdict and how sure, then on to the next. The first card is
    // checked with nothing chosen first; the second gets an idea of the student's own; the
    // Nuffield Trust gets a half-right verdict; the rest the expected verdict, very sure.
    await skipToMain(page);
    for (const [i, card] of experts.entries()) {
      const section = page.getByRole('region', { name: card.title });
      await expect(section.getByText(`Source ${i + 1} of ${experts.length}`)).toBeVisible();
      // The claim links to its paragraph in the reader.
      await expect(
        section.getByRole('link', { name: /^Read it in the article/ }).first(),
      ).toHaveAttribute('href', /\/paramedics-walkout\/article\/#(p\d+(-\d+)?|headline)$/);

      const checkGroup = section.getByRole('group', { name: /What would you check first/ });
      const checkButton = section.getByRole('button', { name: 'Check my choice' });
      if (i === 0) {
        await tabUntil(page, checkButton, 40);
        await page.keyboard.press('Enter');
        await expect(section.getByRole('alert')).toHaveText('Choose one of the options first.');
        await expectFocusOn(
          page,
          checkGroup.getByRole('radio').first(),
          'after checking with nothing chosen',
        );
      } else {
        await tabUntil(page, checkGroup.getByRole('radio').first(), 30);
      }
      const strong = card.checkChoices.find((c) => c.strong) ?? card.checkChoices[0]!;
      if (i === 1) {
        // Up from the first choice wraps round to the last: the student's own idea.
        await page.keyboard.press('ArrowUp');
        const own = section.getByRole('radio', { name: 'Somewhere else (write your own)' });
        await expect(own).toBeChecked();
        await expectFocusOn(page, own, 'choosing to write my own');
        await page.keyboard.press('Tab');
        await page.keyboard.type('The university staff pages');
      } else {
        await chooseInGroup(page, checkGroup, strong.label);
      }
      await tabUntil(page, checkButton, 3);
      await page.keyboard.press('Enter');
      await expectFocusOn(
        page,
        section.getByRole('heading', { name: 'Feedback on your choice' }),
        `after checking the first move on card ${i + 1}`,
      );
      await expect(status(page, /first move|Compare your idea/)).toHaveCount(1);
      if (i === 1) await expect(section).toContainText('The university staff pages');
      else
        await expect(
          status(page, strong.strong ? 'Strong first move' : /first move/),
        ).toBeAttached();
      // What a check finds, labelled as prepared for the lesson.
      await expect(section.getByText('Prepared for this lesson').first()).toBeVisible();
      await expect(section.getByRole('heading', { name: '3. What a check finds' })).toBeVisible();

      const verdict = card.short === 'Nuffield Trust' ? 'checkable-supports' : card.verdict;
      const right = verdict === card.verdict;
      const verdicts = section.getByRole('group', {
        name: 'What does the check show about this source?',
      });
      await tabUntil(page, verdicts.getByRole('radio').first(), 40);
      await chooseInGroup(page, verdicts, new RegExp(`^${VERDICT_LABEL[verdict]}`));
      await page.keyboard.press('Tab');
      await chooseInGroup(
        page,
        section.getByRole('group', { name: 'How sure are you?' }),
        'Very sure',
      );
      await tabUntil(page, section.getByRole('button', { name: 'Give my verdict' }), 3);
      await page.keyboard.press('Enter');
      await expectFocusOn(
        page,
        section.getByRole('heading', { name: right ? 'Right' : 'Half right', exact: true }),
        `after giving a verdict on card ${i + 1}`,
      );
      await expect(
        status(page, right ? 'Right. 3 of 3 points.' : 'Half right. 1.5 of 3 points.'),
      ).toBeAttached();
      await expect(section).toContainText(`Points for this source: ${right ? '3' : '1.5'} of 3.`);
      await expect(section.getByRole('heading', { name: 'The explained answer' })).toBeVisible();
      if (card.short === 'Nuffield Trust') {
        await expect(section).toContainText('40,365 nurses');
        await expect(section.getByRole('table')).toContainText('NHS England');
      }

      // The last core card leads to the summary, which offers the extras; they follow one another.
      const following = experts[i + 1];
      const toSummary = !following || (card.tier !== 'extra' && following.tier === 'extra');
      await tabUntil(
        page,
        section.getByRole('button', {
          name: toSummary ? 'See the summary' : `Next source: ${following.short}`,
        }),
        40,
      );
      await page.keyboard.press('Enter');
      await expectFocusOn(
        page,
        page.getByRole('heading', {
          level: 2,
          name: toSummary ? 'What the checks show' : following.title,
        }),
        `after leaving card ${i + 1}`,
      );
      if (toSummary && following) {
        // The core (three sources) is done, and so is the step; the rest are extras.
        expect(i).toBe(2);
        await expect(
          page.getByText('You have done the core of this step. 4 more sources are extras'),
        ).toBeVisible();
        await expect(page.getByText('Your score: 7.5 of 9 points (83%).')).toBeVisible();
        const extras = page.getByRole('button', {
          name: `Go on with the extras: ${following.short}`,
        });
        await tabUntil(page, extras, 60);
        await page.keyboard.press('Enter');
        await expectFocusOn(
          page,
          page.getByRole('heading', { level: 2, name: following.title }),
          'going on with the extras',
        );
      }
    }

    // The summary: how many sources anyone can check, as chips with words, and the score.
    await expect(
      page.getByText('3 of the 7 sources this article leans on can be checked by anyone.'),
    ).toBeVisible();
    const chips = page
      .getByRole('list', { name: 'The sources, by what a check shows' })
      .getByRole('listitem');
    await expect(chips).toHaveCount(experts.length);
    await expect(chips.first()).toHaveText(/Dr\. Thornton\s*Cannot be checked/);
    await expect(page.getByText('Your score: 19.5 of 21 points (93%).')).toBeVisible();
    await expect(page.getByText(expertsRecap, { exact: true })).toBeVisible();
    const saved = (await savedProgress(page)) as {
      cases: Record<string, { modules: Record<string, { status: string; seconds?: number }> }>;
    };
    expect(saved.cases['paramedics-walkout']?.modules['experts']).toMatchObject({
      status: 'done',
      score: { earned: 19.5, possible: 21 },
    });
    // The time on the step is kept for the summary (the walk through takes several seconds).
    expect(saved.cases['paramedics-walkout']?.modules['experts']?.seconds).toBeGreaterThan(0);

    // After a reload: the summary, and each card's answers (here the student's own idea).
    await page.reload();
    await waitForIslands(page);
    await expect(
      page.getByRole('heading', { level: 2, name: 'What the checks show' }),
    ).toBeVisible();
    await expect(page.getByText('Your score: 19.5 of 21 points (93%).')).toBeVisible();
    await tabUntil(page, nav.getByRole('button', { name: /Dr\. Hendricks/ }), 40);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('region', { name: experts[1]!.title })).toContainText(
      'The university staff pages',
    );
    await tabUntil(page, footerNext(page, 'Next: Compare the statistics'), 60);
    await enterTo(page, /\/statistics\/$/);

    // The overview shows the step done, with its score.
    await page.goto(CASE);
    await expect(
      page
        .getByRole('listitem')
        .filter({ has: page.getByRole('link', { name: 'Check the named experts' }) }),
    ).toContainText('Done: 93%');
    expect(foreignRequests).toEqual([]);
  });

  test('the statistics, every core figure predicted by keyboard, the first chart read, then the number drift and the way on to an extra; nothing animates', async ({
    page,
    foreignRequests,
  }) => {
    test.setTimeout(90_000);
    await page.goto(`${CASE}statistics/`);
    await waitForIslands(page);
    await expect(page.getByText('Compared 0 of 3 figures')).toBeVisible();
    expect(await motion(page)).toEqual(STILL);

    // Predict, lock in, read the comparison, next figure; then the drift.
    await skipToMain(page);
    for (const [i, figure] of figures.entries()) {
      const card = page.getByRole('region', { name: figure.title });
      const q = figure.question;
      const lockIn = card.getByRole('button', { name: 'Lock in my guess and compare' });
      if (q.kind === 'number' && i === 0) {
        // The log slider: one round number per arrow key; the typed box follows it.
        const slider = card.getByRole('slider', { name: 'Slide to guess' });
        await tabUntil(page, slider, 30);
        await page.keyboard.press('Home');
        await expect(slider).toHaveAttribute('aria-valuetext', '1,000 paramedics');
        for (let k = 0; k < 21; k++) await page.keyboard.press('ArrowRight');
        await expect(slider).toHaveAttribute('aria-valuetext', '40,000 paramedics');
        await expect(
          card.getByRole('textbox', { name: 'Or type a number (paramedics)' }),
        ).toHaveValue('40,000');
      } else if (q.kind === 'number') {
        await tabUntil(page, card.getByRole('textbox', { name: /^Or type a number/ }), 30);
        await page.keyboard.type(String(q.answer));
      } else {
        const answer = q.options?.find((o) => o.id === q.answer)?.label ?? '';
        if (i === 2) {
          // Locking in with no answer says what is missing, and focus goes to the choices.
          await tabUntil(page, lockIn, 30);
          await page.keyboard.press('Enter');
          await expect(card.getByRole('alert')).toHaveText('Choose an answer first.');
        } else {
          await tabUntil(page, card.getByRole('radio').first(), 30);
        }
        await chooseInGroup(page, card.getByRole('group'), answer);
      }
      // A new guess clears the last result's announcement, so this one is announced afresh.
      await expect(status(page, /point/)).toHaveCount(0);
      await tabUntil(page, lockIn, 4);
      await page.keyboard.press('Enter');
      await expectFocusOn(
        page,
        card.getByRole('heading', { name: 'Your prediction, checked' }),
        `after locking in figure ${i + 1}`,
      );
      await expect(
        status(page, q.kind === 'choice' ? 'Right: 1 point.' : 'Close: 1 point.'),
      ).toBeAttached();
      await expect(page.getByText(`Compared ${i + 1} of ${figures.length} figures`)).toBeVisible();
      if (i === 0) {
        expect(await motion(page)).toEqual(STILL);
        // The comparison and its chart, in words and as a table.
        await expect(card).toContainText('You guessed 40,000 paramedics. The real figure: 40,040.');
        const chart = card.getByRole('img', {
          name: /^The headline’s 40,000 beside every registered paramedic in the UK/,
        });
        await expect(chart).toBeVisible();
        for (const n of ['The article: 40,000', 'Real: 30,223', 'Real: 31,659', 'Real: 40,040'])
          await expect(chart).toHaveAccessibleName(new RegExp(n));
        await expect(chart).toHaveAccessibleName(/For comparison: about 50,000/);
        const rows = card.getByRole('table', { name: /The numbers in the chart/ }).getByRole('row');
        await expect(rows).toHaveCount(6);
        await expect(rows.nth(1)).toContainText('40,000');
        await expect(rows.nth(1)).toContainText('The article gives none');
        await expect(rows.nth(2)).toContainText('30,223');
        await expect(rows.nth(2)).toContainText('1 October 2020');
        await expect(rows.nth(4)).toContainText('40,040');
        await expect(rows.nth(4)).toContainText('January 2025');
        await expect(rows.nth(4)).toContainText('Health and Care Professions Council (HCPC), 2025');
        await expect(
          card.getByRole('link', { name: /Registrant snapshot, January 2025/ }),
        ).toHaveAttribute(
          'href',
          'https://www.hcpc-uk.co.uk/resources/data/2025/registrant-snapshot-january-2025',
        );
      }
      if (i === 1) {
        const table = card.getByRole('table', { name: /The numbers in the chart/ });
        await expect(table.getByRole('row', { name: /December 2022/ })).toContainText(
          '10 min 57 s',
        );
        // The figure before, compared and read, folds to its title and result.
        await expect(
          page.getByRole('button', {
            name: `${figures[0]?.title} Close: 1 point.`,
            expanded: false,
          }),
        ).toBeVisible();
      }
      const following = figures[i + 1];
      if (!following) break;
      await tabUntil(page, card.getByRole('button', { name: 'Next figure' }), 30);
      await page.keyboard.press('Enter');
      await expectFocusOn(
        page,
        page.getByRole('heading', { level: 2, name: following.title }),
        `after moving on from figure ${i + 1}`,
      );
      if (i === 0) expect(await motion(page)).toEqual(STILL);
    }
    await tabUntil(
      page,
      page.getByRole('button', { name: /Follow the 40,000 from source to headline/ }),
      30,
    );
    await page.keyboard.press('Enter');
    const drift = page.getByRole('region', { name: /Number drift/ });
    await expectFocusOn(page, drift.getByRole('heading', { level: 2 }), 'after opening the drift');
    await expect(drift.getByRole('listitem').first()).toContainText('40,365');
    await expect(page.getByText('You scored 3 of 3 points on your predictions.')).toBeVisible();
    // The core and the drift make the step; the seven other figures are extras, offered here.
    await expect(
      page.getByText('You have done the core of this step. 7 more figures are extras'),
    ).toBeVisible();
    await tabUntil(
      page,
      page.getByRole('button', { name: `Go on with the extras: ${firstExtra.title}` }),
      40,
    );
    await page.keyboard.press('Enter');
    const extra = page.getByRole('region', { name: firstExtra.title });
    await expectFocusOn(page, extra.getByRole('heading', { level: 2 }), 'going on with the extras');
    await expect(extra.getByText('Figure 1 of 7, extra')).toBeVisible();

    // The site never scrolls smoothly, motion or not (a key pressed mid-scroll could leave focus
    // off screen).
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    expect((await motion(page)).scroll).toBe('auto');
    await tabUntil(page, footerNext(page, 'Next: Second look'), 30);
    await enterTo(page, /\/second-look\/$/);
    expect(foreignRequests).toEqual([]);
  });

  test('the second look and the completion code, by keyboard', async ({
    page,
    foreignRequests,
  }) => {
    test.setTimeout(60_000);
    // What the earlier legs leave saved: first impressions (every claim "Probably true") and the
    // three modules done.
    const done = (earned: number, possible: number) => ({
      status: 'done',
      score: { earned, possible },
      seconds: 120,
    });
    const claimIds = [
      'nurses-left-year',
      'paramedics-walked-out-week',
      'paramedics-registered-2025',
      'nurse-numbers-fell',
      'category-two-december-2022',
      'response-times-hidden',
    ];
    await seedProgress(page, {
      version: 1,
      cases: {
        'paramedics-walkout': {
          firstImpressions: {
            believability: 4,
            share: 'maybe',
            reason: 'It sounds urgent and names a doctor.',
            claims: Object.fromEntries(claimIds.map((id) => [id, 4])),
            completedAt: '2025-01-01T00:00:00Z',
          },
          modules: {
            'red-flags': done(2, 58),
            experts: done(19.5, 21),
            statistics: done(10, 10),
            transfer: {
              status: 'in-progress',
              data: {
                version: 1,
                order: 'AB',
                before: {
                  ratings: Object.fromEntries(
                    POSTS.filter((p) => p.form === 'A').map((p) => [p.id, 2]),
                  ),
                  completedAt: '2025-01-01T00:00:00Z',
                },
              },
            },
          },
        },
      },
    });
    await page.goto(`${CASE}second-look/`);
    await waitForIslands(page);

    // Second look, part 1: the 12 new posts (form B), then how the student did.
    await answerPostsByKeyboard(page);
    await tabUntil(page, page.getByRole('button', { name: 'Save and see how I did' }), 3);
    await page.keyboard.press('Enter');
    await expectFocusOn(
      page,
      page.getByRole('heading', { name: 'How you did' }),
      'after saving the second test',
    );

    // The answers arrive from a file after saving; once they are in, the page stops moving.
    await expect(page.getByRole('heading', { name: 'Every post explained' })).toBeVisible();

    // Part 2: the same questions about the article, then the comparison.
    const form = page.getByRole('form', { name: 'Your answers' });
    await tabUntil(page, form.getByRole('radio').first(), 150);
    await answerImpressions(page, {
      believability: '1 Not at all',
      share: 'No',
      reason: 'Nobody in it can be checked.',
      // The last claim (not accurate) left at "Not sure": its explanation opens by itself.
      claim: (i) => (i === 5 ? 'Not sure' : i % 2 === 0 ? 'Definitely true' : 'Definitely false'),
    });
    await tabUntil(page, page.getByRole('button', { name: 'Save and compare' }), 3);
    await page.keyboard.press('Enter');
    // The lesson's result comes first, and focus goes to it.
    await expectFocusOn(
      page,
      page.getByRole('heading', { name: 'What you found, and what changed' }),
      'after saving the second look',
    );
    await expect(page.getByRole('heading', { name: 'Before and after' })).toBeVisible();
    await expect(
      page.getByText('Well done: you clearly believed the accurate claims'),
    ).toBeVisible();
    // Claims judged rightly are one line each; the one left "not sure" is open with its why.
    await expect(page.getByText('You judged it rightly.')).toHaveCount(5);
    await expect(page.getByText('Read why below.')).toHaveCount(1);
    await expect(page.getByText(/come from NHS Ambulance Quality Indicators/)).toBeVisible();
    await expect(page.getByText(/counted 40,040\s+registered paramedics/)).toBeHidden();
    await tabUntil(page, footerNext(page, 'Your results'), 60);
    await enterTo(page, /\/summary\/$/);

    // Your results: type a name, the code appears; copy it.
    await skipToMain(page);
    const name = page.getByRole('textbox', { name: 'Your name or initials' });
    await tabUntil(page, name, 20);
    await page.keyboard.type('K. B.');
    await expectFocusOn(page, name, 'typing a name');
    await expect(
      page.getByRole('region', { name: 'Your completion code' }).getByRole('code'),
    ).toHaveText(/^[0-9A-Z]{4}(-[0-9A-Z]{1,4})+$/);
    await tabUntil(page, page.getByRole('button', { name: 'Copy the code' }), 3);
    await page.keyboard.press('Enter');
    await expect(status(page, 'Copied. Now paste it where your teacher asked.')).toBeVisible();
    await expectVisibleFocus(page, 'after copying the code');
    expect(foreignRequests).toEqual([]);
  });
});

test.describe('at 200% zoom (a 1280 × 900 window: viewport 640 × 450 CSS px at device scale 2)', () => {
  // Instant scrolling only keeps the Tab walk quick; the layout is the same.
  test.use({
    viewport: { width: 640, height: 450 },
    deviceScaleFactor: 2,
    reducedMotion: 'reduce',
  });

  const noSideways = (page: Page) =>
    page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );

  /** Reaches `control` by keyboard and finds it visible on screen. */
  async function reach(page: Page, control: Locator, max = 40) {
    await tabUntil(page, control, max);
    await expect(control).toBeVisible();
    await expect(control).toBeInViewport();
  }

  test('home, article, first impressions and red flags fit without sideways scrolling', async ({
    page,
  }) => {
    test.setTimeout(60_000);
    await page.goto('/');
    expect(await noSideways(page)).toBeLessThanOrEqual(0);
    await reach(page, page.getByRole('link', { name: 'Start the lesson' }));

    await page.goto(`${CASE}article/`);
    expect(await noSideways(page)).toBeLessThanOrEqual(0);
    await reach(page, page.getByRole('link', { name: 'Back to the lesson' }));
    await reach(page, page.getByRole('link', { name: 'Paragraph 1', exact: true }));

    await page.goto(`${CASE}first-impressions/`);
    await waitForIslands(page);
    expect(await noSideways(page)).toBeLessThanOrEqual(0);
    const believability = page.getByRole('group', { name: 'How believable is this article?' });
    await reach(page, believability.getByRole('radio').first(), 60);
    await expect(believability.getByText('1 Not at all')).toBeInViewport();
    await reach(page, page.getByRole('button', { name: 'Save my first impressions' }), 20);

    await page.goto(`${CASE}red-flags/`);
    await waitForIslands(page);
    expect(await noSideways(page)).toBeLessThanOrEqual(0);
    const article = page.getByRole('article', { name: 'The article, for marking' });
    await reach(page, article.getByRole('button', { name: /^News UK/ }));
    await page.keyboard.press('Enter');
    const chooser = page.getByRole('dialog');
    await expect(chooser.getByRole('radio').first()).toBeFocused();
    await expect(chooser.getByRole('button', { name: 'Save mark' })).toBeInViewport();
    await page.keyboard.press('Escape');
    await expect(chooser).toBeHidden();
    await expect(article.getByRole('button', { name: /^News UK/ })).toBeFocused();
    await reach(page, page.getByRole('button', { name: 'Check my answers' }), 60);
    expect(await noSideways(page)).toBeLessThanOrEqual(0);
  });
});
