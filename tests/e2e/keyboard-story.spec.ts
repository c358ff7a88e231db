import { readFileSync, readdirSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { parse as parseYaml } from 'yaml';
import { test, expect, waitForIslands, VERDICT_LABEL } from './fixtures';

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
  verdict: 'checkable-supports' | 'checkable-differs' | 'cannot-check';
  checkChoices: { label: string; strong: boolean }[];
}
const experts = frontMatter<ExpertCard>('experts');
interface Figure {
  kind: string;
  title: string;
  question: {
    kind: 'number' | 'choice';
    answer: number | string;
    options?: { id: string; label: string }[];
  };
}
const figures = frontMatter<Figure>('statistics').filter((f) => f.kind !== 'drift');

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
  let last = NaN;
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
  const target = group.getByRole('radio', { name: label, exact: typeof label === 'string' });
  const count = await group.getByRole('radio').count();
  await expect(group.getByRole('radio').and(page.locator(':focus'))).toHaveCount(1);
  await page.keyboard.press('Space');
  for (let i = 0; i < count && !(await target.isChecked({ timeout: 2_000 })); i++)
    await page.keyboard.press('ArrowDown');
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

const footerNext = (page: Page, name: string | RegExp) =>
  page.getByRole('navigation', { name: 'Step navigation' }).getByRole('link', { name });

/** Follows a link or presses a button that has focus, and waits for the page it opens. */
async function enterTo(page: Page, url: RegExp): Promise<void> {
  await page.keyboard.press('Enter');
  await page.waitForURL(url);
  if (await page.locator('astro-island').count()) await waitForIslands(page);
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

test.describe('keyboard only', () => {
  // As many keyboard users set it; the site itself scrolls instantly either way.
  test.use({ permissions: ['clipboard-read', 'clipboard-write'], reducedMotion: 'reduce' });

  test('a student completes the whole lesson by keyboard, from the home page to the completion code', async ({
    page,
    foreignRequests,
  }) => {
    test.setTimeout(180_000);

    // Home: the skip link, then "Start the lesson".
    await page.goto('/');
    await skipToMain(page);
    await tabUntil(page, page.getByRole('link', { name: 'Start the lesson' }), 10);
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
    await skipToMain(page);
    const article = page.getByRole('article', { name: 'The article, for marking' });
    const sentence = (start: string) =>
      article.getByRole('button', { name: new RegExp(`^${start}`) });
    await tabUntil(page, sentence('News UK'), 40);
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
    await expectFocusOn(page, sentence('Blocked ambulances'), 'moving with the arrow keys');
    const marks: [string, string][] = [
      ['Blocked ambulances', 'Blame pinned on a group without evidence'],
      ['Full investigation', '“Just asking questions” and hidden-truth framing'],
    ];
    for (const [n, [start, type]] of marks.entries()) {
      if (n > 0) await page.keyboard.press('ArrowDown');
      await expectFocusOn(page, sentence(start), `on the sentence “${start}”`);
      await page.keyboard.press('Enter');
      const chooser = page.getByRole('dialog');
      await expect(chooser).toBeVisible();
      await chooseInGroup(page, chooser.getByRole('group'), type);
      await page.keyboard.press('Enter');
      await expect(chooser).toBeHidden();
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
    await expect(status(page, /^You found \d+ of the 55 passages in our key/)).toBeAttached();
    await expect(page.getByText(/^Score: \d+ of 55 points/).first()).toBeVisible();
    await tabUntil(page, footerNext(page, 'Next: Check the named experts'), 60);
    await enterTo(page, /\/experts\/$/);

    // Check the named experts: every card, check first, verdict and confidence, then the summary.
    await skipToMain(page);
    for (const [i, card] of experts.entries()) {
      const section = page.getByRole('region', { name: card.title });
      const checkGroup = section.getByRole('group', { name: /What would you check first/ });
      await tabUntil(page, checkGroup.getByRole('radio').first(), 30);
      const strong = card.checkChoices.find((c) => c.strong) ?? card.checkChoices[0]!;
      await chooseInGroup(page, checkGroup, strong.label);
      await tabUntil(page, section.getByRole('button', { name: 'Check my choice' }), 3);
      await page.keyboard.press('Enter');
      await expectFocusOn(
        page,
        section.getByRole('heading', { name: 'Feedback on your choice' }),
        `after checking the first move on card ${i + 1}`,
      );
      await expect(status(page, strong.strong ? 'Strong first move' : /first move/)).toBeAttached();
      await expect(section.getByText('Prepared for this lesson').first()).toBeVisible();

      const verdicts = section.getByRole('group', {
        name: 'What does the check show about this source?',
      });
      await tabUntil(page, verdicts.getByRole('radio').first(), 40);
      await chooseInGroup(page, verdicts, new RegExp(`^${VERDICT_LABEL[card.verdict]}`));
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
        section.getByRole('heading', { name: 'Right', exact: true }),
        `after giving a verdict on card ${i + 1}`,
      );
      await expect(status(page, 'Right. 3 of 3 points.')).toBeAttached();

      const following = experts[i + 1];
      await tabUntil(
        page,
        section.getByRole('button', {
          name: following ? /^Next source:/ : 'See the summary',
        }),
        40,
      );
      await page.keyboard.press('Enter');
      await expectFocusOn(
        page,
        page.getByRole('heading', {
          level: 2,
          name: following ? following.title : 'What the checks show',
        }),
        `after leaving card ${i + 1}`,
      );
    }
    await expect(page.getByText('Your score: 21 of 21 points (100%).')).toBeVisible();
    await tabUntil(page, footerNext(page, 'Next: Compare the statistics'), 30);
    await enterTo(page, /\/statistics\/$/);

    // Compare the statistics: predict, lock in, read the comparison, next figure; then the drift.
    await skipToMain(page);
    for (const [i, figure] of figures.entries()) {
      const card = page.getByRole('region', { name: figure.title });
      const q = figure.question;
      if (q.kind === 'number' && i === 0) {
        // The slider: one round number per arrow key.
        const slider = card.getByRole('slider', { name: 'Slide to guess' });
        await tabUntil(page, slider, 30);
        await page.keyboard.press('Home');
        for (let k = 0; k < 21; k++) await page.keyboard.press('ArrowRight');
        await expect(slider).toHaveAttribute('aria-valuetext', '40,000 paramedics');
      } else if (q.kind === 'number') {
        await tabUntil(page, card.getByRole('textbox', { name: /^Or type a number/ }), 30);
        await page.keyboard.type(String(q.answer));
      } else {
        await tabUntil(page, card.getByRole('radio').first(), 30);
        const answer = q.options?.find((o) => o.id === q.answer)?.label ?? '';
        await chooseInGroup(page, card.getByRole('group'), answer);
      }
      // A new guess clears the last result's announcement, so this one is announced afresh.
      await expect(status(page, /point/)).toHaveCount(0);
      await tabUntil(page, card.getByRole('button', { name: 'Lock in my guess and compare' }), 4);
      await page.keyboard.press('Enter');
      await expectFocusOn(
        page,
        card.getByRole('heading', { name: 'Your prediction, checked' }),
        `after locking in figure ${i + 1}`,
      );
      await expect(status(page, 'Close: 1 point.')).toBeAttached();
      await expect(page.getByText(`Compared ${i + 1} of ${figures.length} figures`)).toBeVisible();
      const following = figures[i + 1];
      if (!following) break;
      await tabUntil(page, card.getByRole('button', { name: 'Next figure' }), 30);
      await page.keyboard.press('Enter');
      await expectFocusOn(
        page,
        page.getByRole('heading', { level: 2, name: following.title }),
        `after moving on from figure ${i + 1}`,
      );
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
    await expect(page.getByText('You scored 10 of 10 points on your predictions.')).toBeVisible();
    await tabUntil(page, footerNext(page, 'Next: Second look'), 30);
    await enterTo(page, /\/second-look\/$/);

    // Second look: the same questions, then the comparison.
    await skipToMain(page);
    const form = page.getByRole('form', { name: 'Your answers' });
    await tabUntil(page, form.getByRole('radio').first(), 20);
    await answerImpressions(page, {
      believability: '1 Not at all',
      share: 'No',
      reason: 'Nobody in it can be checked.',
      claim: (i) => (i % 2 === 0 ? 'Definitely true' : 'Definitely false'),
    });
    await tabUntil(page, page.getByRole('button', { name: 'Save and compare' }), 3);
    await page.keyboard.press('Enter');
    await expectFocusOn(
      page,
      page.getByRole('heading', { name: 'Before and after' }),
      'after saving the second look',
    );
    await expect(page.getByText('Your discernment went up')).toBeVisible();
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

test.describe('with reduced motion', () => {
  test.use({ reducedMotion: 'reduce' });

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

  test('scrolling is instant and nothing animates after marking, checking and revealing', async ({
    page,
  }) => {
    await page.goto(`${CASE}red-flags/`);
    await waitForIslands(page);
    expect(await motion(page)).toEqual({ scroll: 'auto', animations: [] });
    const article = page.getByRole('article', { name: 'The article, for marking' });
    await tabUntil(page, article.getByRole('button', { name: /^News UK/ }));
    await page.keyboard.press('Enter');
    // The chooser opens, and the mark appears, without animating.
    expect(await motion(page)).toEqual({ scroll: 'auto', animations: [] });
    await chooseInGroup(page, page.getByRole('dialog').getByRole('group'), 'Borrowed credibility');
    await page.keyboard.press('Enter');
    expect(await motion(page)).toEqual({ scroll: 'auto', animations: [] });
    await tabUntil(page, page.getByRole('button', { name: 'Check my answers' }), 40);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 2, name: 'Your results' })).toBeFocused();
    expect(await motion(page)).toEqual({ scroll: 'auto', animations: [] });

    await page.goto(`${CASE}statistics/`);
    await waitForIslands(page);
    const first = page.getByRole('region', { name: figures[0]!.title });
    await tabUntil(page, first.getByRole('textbox', { name: /^Or type a number/ }), 30);
    await page.keyboard.type('40000');
    await page.keyboard.press('Enter');
    await expect(first.getByRole('heading', { name: 'Your prediction, checked' })).toBeFocused();
    await tabUntil(page, first.getByRole('button', { name: 'Next figure' }), 30);
    await page.keyboard.press('Enter');
    expect(await motion(page)).toEqual({ scroll: 'auto', animations: [] });

    // The site never scrolls smoothly (a key pressed mid-scroll could leave focus off screen).
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    expect((await motion(page)).scroll).toBe('auto');
  });
});
