import { readFileSync, readdirSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { parse as parseYaml } from 'yaml';
import { test, expect, waitForIslands, savedProgress, seedProgress } from './fixtures';
import { parseArticle } from '../../src/core/article';
import { locateQuote, segmentArticle } from '../../src/core/marking-doc';

const PAGE = '/paramedics-walkout/red-flags/';
const KEY_SIZE = 58; // 55 + the three passages added for issue #13 (09a, 22a, 35a)
const HEADLINE = '40,000 Paramedics WALK OUT As 61 Zones Collapse';
const article = (page: Page) => page.getByRole('article', { name: 'The article, for marking' });
const markedArticle = (page: Page) =>
  page.getByRole('article', { name: 'The article, with your marks' });
/** The sentence with keyboard focus: the one sentence exposed as a button. */
const focused = (page: Page, start: string) =>
  article(page).getByRole('button', { name: new RegExp(`^${escape(start)}`) });
/** Any sentence, found by its text. */
const sentence = (page: Page, text: string) => article(page).getByText(text).first();
const chooser = (page: Page) => page.getByRole('dialog');

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Chooses a type in the open chooser with the keyboard only, then saves with Enter. */
async function chooseByKeyboard(page: Page, type: string) {
  const target = chooser(page).getByRole('radio', { name: type });
  await expect(chooser(page).getByRole('radio').first()).toBeFocused();
  await page.keyboard.press('Space');
  for (let i = 0; i < 12 && !(await target.isChecked()); i++)
    await page.keyboard.press('ArrowDown');
  await expect(target).toBeChecked();
  await page.keyboard.press('Enter');
  await expect(chooser(page)).toBeHidden();
}

/** Drags the mouse across `phrase` (inside the article) to select those words. */
async function dragAcross(page: Page, phrase: string) {
  const box = await article(page).evaluate((root, text) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(text) ?? -1;
      if (at === -1) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + text.length);
      range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
      const rects = range.getClientRects();
      const first = rects[0];
      const last = rects[rects.length - 1];
      if (!first || !last) return null;
      return {
        x1: first.left + 2,
        y1: first.top + first.height / 2,
        x2: last.right - 2,
        y2: last.top + last.height / 2,
      };
    }
    return null;
  }, phrase);
  if (!box) throw new Error(`phrase not found: ${phrase}`);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move(box.x2, box.y2, { steps: 8 });
  await page.mouse.up();
}

async function choose(dialog: Locator, type: string) {
  await dialog.getByRole('radio', { name: type }).check();
  await dialog.getByRole('button', { name: 'Save mark' }).click();
  await expect(dialog).toBeHidden();
}

test.describe('a student marks the article', () => {
  test.use({ hasTouch: true });

  test('marks by keyboard, pointer and touch, checks, and gets the marks back after a reload', async ({
    page,
    expectNoAxeViolations,
    foreignRequests,
  }) => {
    // The whole story in one test (six marks, three axe scans, a reload): allow for a busy machine.
    test.setTimeout(60_000);
    await page.goto(PAGE);
    await waitForIslands(page);

    // Keyboard only: Tab into the article, move with the arrows, Enter, choose, Enter.
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.hasAttribute('data-s'))) break;
    }
    await page.keyboard.press('Home');
    await expect(focused(page, 'News UK')).toBeFocused();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
    await expect(focused(page, 'Blocked ambulances')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(chooser(page)).toBeVisible();
    await expectNoAxeViolations('type chooser open');
    await chooseByKeyboard(page, 'Blame on a group');
    await expect(focused(page, 'Blocked ambulances')).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await chooseByKeyboard(page, 'Hidden-truth framing');
    await expect(page.getByRole('status').filter({ hasText: 'Marks so far: 2' })).toBeAttached();

    // Pointer: two clicks on sentences and one drag across a few words.
    await sentence(page, '40,000 Paramedics WALK OUT').click();
    await expect(chooser(page)).toContainText('40,000 Paramedics WALK OUT As 61 Zones Collapse');
    // Short names, as the marks' pills say them; what each means opens on request, and a
    // screen reader hears it with each option anyway.
    const headline = chooser(page).getByRole('radio', { name: 'Headline vs body' });
    await expect(headline).toHaveAccessibleDescription(
      /^A headline the article does not back up\. The headline claims something bigger/,
    );
    const meaning = chooser(page).getByText(/^A headline the article does not back up\./);
    await expect(meaning).toBeHidden();
    const meanings = chooser(page).getByRole('button', { name: 'Show what each kind means' });
    await expect(meanings).toHaveAttribute('aria-expanded', 'false');
    await meanings.click();
    await expect(meaning).toBeVisible();
    await choose(chooser(page), 'Headline vs body');
    await sentence(page, 'Dr. Michael Thornton').click();
    // The meanings stay open while the page is, as the student left them.
    await expect(chooser(page).getByText(/^An expert you cannot confirm\./)).toBeVisible();
    await chooser(page).getByRole('button', { name: 'Hide what each kind means' }).click();
    await expect(chooser(page).getByText(/^An expert you cannot confirm\./)).toBeHidden();
    await choose(chooser(page), 'Unconfirmed expert');
    await dragAcross(page, 'sources within Number 10');
    await expect(chooser(page)).toContainText('You marked: “sources within Number 10”');
    await choose(chooser(page), 'Unnamed source');

    // Touch: tap a sentence, tap a type, tap save.
    await sentence(page, 'Dispatch supervisors were no longer asking').tap();
    await chooser(page).getByRole('radio', { name: 'Emotive language' }).tap();
    await chooser(page).getByRole('button', { name: 'Save mark' }).tap();
    await expect(chooser(page)).toBeHidden();

    const marks = page.getByRole('region', { name: 'Your marks (6)' });
    await expect(marks.getByRole('listitem')).toHaveCount(6);
    await expect(article(page)).toContainText('(marked as Unconfirmed expert)');
    await expectNoAxeViolations('marking, six marks');
    // The answer key is offered once the marks are checked, not before.
    const key = page.getByRole('link', { name: /^Answer key: all \d+ passages/ });
    await expect(key).toBeHidden();

    await page.getByRole('button', { name: 'Check my answers' }).click();
    const results = page.getByRole('heading', { name: 'Your results' });
    await expect(results).toBeFocused();
    await expect(key).toBeVisible();
    await expect(page.getByText('Score: 4 of 17 points (24%)')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'What you found (5)' })).toBeVisible();
    const found = page.getByRole('listitem').filter({ hasText: 'Dr. Michael Thornton, a veteran' });
    await expect(found).toContainText('Full credit');
    await found.getByText('Why this is a red flag, and what to do next').click();
    await expect(found).toContainText('We could not find a source for Dr. Michael Thornton');

    await expect(page.getByRole('heading', { name: 'Not in our key (1)' })).toBeVisible();
    await expect(page.getByText('Our key does not include this passage.')).toBeVisible();
    await expect(
      page.getByRole('listitem').filter({ hasText: '“Dispatch supervisors' }),
    ).toContainText('Emotive or war-like language');

    await expectNoAxeViolations('results');

    const saved = (await savedProgress(page)) as {
      cases: Record<
        string,
        {
          modules: Record<
            string,
            { status: string; score: object; seconds: number; data: { marks: unknown[] } }
          >;
        }
      >;
    };
    const module = saved.cases['paramedics-walkout']?.modules['red-flags'];
    expect(module?.status).toBe('done');
    expect(module?.score).toEqual({ earned: 4, possible: 17 });
    expect(module?.data.marks).toHaveLength(6);
    // The time spent on the step counts up while it is open (the test takes several seconds).
    expect(module?.seconds).toBeGreaterThan(0);

    await page.reload();
    await waitForIslands(page);
    await expect(page.getByRole('heading', { name: 'Your results' })).toBeVisible();
    await page.getByRole('button', { name: 'Change my marks' }).click();
    await expect(
      page.getByRole('region', { name: 'Your marks (6)' }).getByRole('listitem'),
    ).toHaveCount(6);
    await expect(article(page)).toContainText('(marked as Headline vs body)');

    await page.goto('/paramedics-walkout/');
    await expect(page.getByRole('link', { name: 'Spot the red flags' })).toBeVisible();
    await expect(page.getByText('Done: 24%')).toBeVisible();
    expect(foreignRequests).toEqual([]);
  });
});

test.describe('on a phone', () => {
  test.use({ hasTouch: true, viewport: { width: 360, height: 740 } });

  test('a touch selection can be adjusted and marked; Delete removes a mark', async ({ page }) => {
    await page.goto(PAGE);
    await waitForIslands(page);
    // On a touch screen the box says how to mark by touch, not with a mouse.
    const how = page.getByRole('region', { name: 'How to mark' });
    await expect(how.getByText(/^Touch: tap a sentence/)).toBeVisible();
    await expect(how.getByText(/^Mouse: click a sentence/)).toBeHidden();
    // A long press selects words; the student then drags the handles to adjust the selection.
    await article(page).dispatchEvent('pointerdown', { pointerType: 'touch' });
    // Selects characters `from`–`to` around "Michael Thornton, a vet" (negative: before it).
    const select = (from: number, to: number) =>
      article(page).evaluate(
        (root, [a, b]) => {
          const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const at = node.textContent?.indexOf('Michael Thornton, a vet') ?? -1;
            if (at === -1) continue;
            window.getSelection()?.setBaseAndExtent(node, at + (a ?? 0), node, at + (b ?? 0));
            return;
          }
        },
        [from, to],
      );
    await select(3, 10);
    const mark = page.getByRole('button', { name: 'Mark the selected words' });
    await expect(mark).toBeVisible();
    // The page has seen the first selection; now the handles move.
    await select(-4, 'Michael Thornton'.length);
    await mark.tap();
    await expect(chooser(page)).toContainText('You marked: “Dr. Michael Thornton”');
    await chooser(page).getByRole('radio', { name: 'Unconfirmed expert' }).tap();
    await chooser(page).getByRole('button', { name: 'Save mark' }).tap();
    await expect(page.getByRole('region', { name: 'Your marks (1)' })).toContainText(
      '“Dr. Michael Thornton” An expert you cannot confirm',
    );
    await expect(focused(page, 'Dr. Michael Thornton')).toBeFocused();
    await page.keyboard.press('Delete');
    await expect(page.getByRole('region', { name: 'Your marks (0)' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Mark removed.' })).toBeAttached();
  });
});

test('arrow keys move between sentences at once, even before the marking code has arrived', async ({
  page,
}) => {
  // Hold the lazily loaded marking code back, as a slow connection would.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/marking-input[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(PAGE);
  await waitForIslands(page);
  await article(page)
    .getByRole('button', { name: /^News UK/ })
    .focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
  await expect(article(page).getByRole('button', { name: /^Blocked ambulances/ })).toBeFocused();
  release();
});

test('unreadable saved marks start fresh with one notice; hints cost points; missed passages are revealed on request; "Try again" clears only this step', async ({
  page,
  expectNoAxeViolations,
}) => {
  await seedProgress(page, {
    version: 1,
    cases: {
      'paramedics-walkout': {
        firstImpressions: {
          believability: 4,
          share: 'maybe',
          claims: {},
          completedAt: '2025-01-01T00:00:00Z',
        },
        // Saved marks that cannot be read: the step starts fresh, with one notice.
        modules: { 'red-flags': { status: 'in-progress', data: { v: 1, marks: 'oops' } } },
      },
    },
  });
  await page.goto(PAGE);
  await waitForIslands(page);
  const notice = page.getByText(
    'We could not read your saved marks for this step, so it starts fresh.',
  );
  await expect(notice).toBeVisible();
  await expect(notice).toHaveCount(1);
  await expect(page.getByRole('region', { name: 'Your marks (0)' })).toBeVisible();
  // What could not be read is set aside among the backups, not dropped (issue #15, fault 5).
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('second-look:progress:backups') ?? ''))
    .toContain('module:paramedics-walkout/red-flags');
  expect(
    await page.evaluate(() => localStorage.getItem('second-look:progress:backups') ?? ''),
  ).toContain('oops');

  const hint = page.getByRole('button', { name: /^Hint for the section “Headline and opening”/ });
  await hint.click();
  await expect(
    page.getByText(
      'Our key holds 5 passages in this section. Look at the site name at the top, the headline and paragraph 1.',
    ),
  ).toBeFocused();
  await page
    .getByRole('button', { name: /^Another hint for the section “Headline and opening”/ })
    .click();
  await expect(
    page.getByText('The headline: Compare the headline with what the article later says'),
  ).toBeVisible();
  await expectNoAxeViolations('hints shown');

  await sentence(page, '40,000 Paramedics WALK OUT').click();
  await choose(chooser(page), 'Headline vs body');
  await page.getByRole('button', { name: 'Check my answers' }).click();
  await expect(page.getByText('Hints used: 2. Points taken off for hints: 1.')).toBeVisible();
  await expect(page.getByText('Score: 0 of 17 points (0%)')).toBeVisible();

  // The red flags in the key that were not marked (the 56 less the one found), and the passages
  // that check out, with how to confirm each.
  await expect(page.getByRole('heading', { name: 'What you found (1)' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /^What checks out/ })).toBeHidden();
  await page.getByRole('button', { name: 'Show the 55 passages I missed' }).click();
  await expect(page.getByRole('heading', { name: 'What you missed (55)' })).toBeFocused();
  await expect(page.getByRole('heading', { name: 'What checks out (2)' })).toBeVisible();
  const nuffield = page
    .getByRole('listitem')
    .filter({ hasText: 'The Nuffield Trust analysis revealing' });
  await expect(nuffield).toContainText('You did not mark this one. It checks out:');
  await expect(nuffield).toContainText('How to confirm it: Search for the Nuffield Trust’s');
  await nuffield.getByText('Why it checks out').first().click();
  await expect(nuffield).toContainText('about 44,500 nurses joined NHS England');
  await expect(markedArticle(page)).toContainText('(missed)');
  await expectNoAxeViolations('results with the missed passages shown');

  await page.getByRole('button', { name: 'Try again' }).click();
  // Asked first, with focus on the answer (the question names the group it is in).
  await expect(
    page.getByRole('group', { name: 'Clear all your marks, hints and score for this step?' }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Yes, clear them' })).toBeFocused();
  await page.getByRole('button', { name: 'Yes, clear them' }).click();
  await expect(page.getByRole('region', { name: 'Your marks (0)' })).toBeVisible();
  await expect(
    page.getByRole('button', { name: /^Hint for the section “Headline and opening”/ }),
  ).toBeVisible();
  const saved = (await savedProgress(page)) as {
    cases: Record<string, { firstImpressions?: object; modules: Record<string, unknown> }>;
  };
  expect(saved.cases['paramedics-walkout']?.modules['red-flags']).toBeUndefined();
  expect(saved.cases['paramedics-walkout']?.firstImpressions).toBeDefined();
});

test('hints, the key and explanations load when needed; when they cannot, the page says so and can try again', async ({
  page,
}) => {
  // Hints and explanations are not in the page: they load from two JSON files when needed.
  const offline = ['**/red-flags/hints.json', '**/red-flags/explanations.json'];
  for (const url of offline) await page.route(url, (route) => route.abort());
  // Nor is the key: it loads from the first mark on (results.json).
  const key = '**/red-flags/results.json';
  let keyRequests = 0;
  await page.route(key, (route) => {
    keyRequests += 1;
    return route.abort();
  });
  await page.goto(PAGE);
  await waitForIslands(page);

  await page.getByRole('button', { name: /^Hint for the section “Headline and opening”/ }).click();
  await expect(page.getByRole('alert')).toContainText('The hint could not be loaded');
  await sentence(page, '40,000 Paramedics WALK OUT').click();
  await choose(chooser(page), 'Headline vs body');
  await page.getByRole('button', { name: 'Check my answers' }).click();
  // The key could not load: the page says so, the marks stay, and trying again shows the results.
  await expect(
    page.getByRole('alert').filter({ hasText: 'Your results could not be loaded' }),
  ).toBeVisible();
  expect(keyRequests).toBeGreaterThan(0);
  await expect(page.getByRole('heading', { name: 'Your marks (1)' })).toBeVisible();
  await page.unroute(key);
  await page.getByRole('button', { name: 'Try loading again' }).click();
  // A hint that never showed costs nothing.
  await expect(page.getByText('No hints used.')).toBeVisible();
  await expect(page.getByText('Score: 1 of 17 points (6%)')).toBeVisible();

  const card = page.getByRole('listitem').filter({ hasText: `“${HEADLINE}”` });
  await expect(card).toContainText('Full credit');
  await card.getByText('Why this is a red flag, and what to do next').click();
  await expect(card).toContainText('This explanation could not be loaded');
  await expect(card.getByRole('link', { name: 'Read it in the answer key.' })).toHaveAttribute(
    'href',
    '/paramedics-walkout/red-flags/answers/',
  );

  // Back online, the next results load them.
  for (const url of offline) await page.unroute(url);
  await page.reload();
  await waitForIslands(page);
  const again = page.getByRole('listitem').filter({ hasText: `“${HEADLINE}”` });
  await again.getByText('Why this is a red flag, and what to do next').click();
  await expect(again.locator('.rf-explain__body')).toContainText('Why it’s a red flag.');
});

/** The key's passages, read from the content files (issue #13: red flags, core or extra, and sound). */
interface KeyFile {
  file: string;
  quote: string;
  occurrence?: number;
  kind?: 'red-flag' | 'sound';
  tier?: 'core' | 'extra';
  types: string[];
}
const KEY_DIR = 'content/cases/paramedics-walkout/red-flags';
const KEY: KeyFile[] = readdirSync(KEY_DIR)
  .filter((f) => f.endsWith('.mdx'))
  .sort()
  .map((file) => {
    const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(`${KEY_DIR}/${file}`, 'utf8'))?.[1];
    return { file, ...(parseYaml(front ?? '') as Omit<KeyFile, 'file'>) };
  });
const SOUND = KEY.filter((k) => k.kind === 'sound');
const CORE = KEY.filter((k) => k.kind !== 'sound' && (k.tier ?? 'core') === 'core');
const EXTRAS = KEY.filter((k) => k.kind !== 'sound' && k.tier === 'extra');

/**
 * Selects a key passage's words in the article (as a drag would) and clicks them, which marks the
 * selected words, then names the mark `typeName` in the chooser.
 */
async function markQuote(page: Page, key: KeyFile, typeName: string) {
  const found = await article(page).evaluate(
    (root, { quote, occurrence }) => {
      const nodes: { node: Text; at: number }[] = [];
      let text = '';
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        nodes.push({ node: node as Text, at: text.length });
        text += node.textContent ?? '';
      }
      let start = -1;
      for (let n = 0; n < occurrence; n++) {
        start = text.indexOf(quote, start + 1);
        if (start === -1) return false;
      }
      const end = start + quote.length;
      const locate = (offset: number, isEnd: boolean) => {
        const hit = nodes.findLast((n) =>
          isEnd
            ? n.at < offset
            : n.at <= offset && n.at + (n.node.textContent?.length ?? 0) > offset,
        );
        return hit ? ([hit.node, offset - hit.at] as const) : null;
      };
      const from = locate(start, false);
      const to = locate(end, true);
      if (!from || !to) return false;
      const range = document.createRange();
      range.setStart(...from);
      range.setEnd(...to);
      from[0].parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      // A click as a mouse makes it: pressed (the island loads the kinds then), then clicked.
      const target = from[0].parentElement;
      target?.dispatchEvent(
        new PointerEvent('pointerdown', { bubbles: true, pointerType: 'mouse' }),
      );
      target?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      return true;
    },
    { quote: key.quote, occurrence: key.occurrence ?? 1 },
  );
  expect(found, `the quote of ${key.file} is in the article`).toBe(true);
  await expect(chooser(page)).toBeVisible();
  await chooser(page).getByRole('radio', { name: typeName, exact: true }).check();
  await chooser(page).getByRole('button', { name: 'Save mark' }).click();
  await expect(chooser(page)).toBeHidden();
}

/**
 * Saves marks on these passages as the island saves them (offsets in the article laid out for
 * marking), each inside the quote's first sentence, as marking by hand does.
 */
async function seedMarks(
  page: Page,
  keys: readonly KeyFile[],
  type: (key: KeyFile) => string,
): Promise<void> {
  const doc = segmentArticle(
    parseArticle(readFileSync('content/cases/paramedics-walkout/article.txt', 'utf8')),
  );
  const marks = keys.map((k) => {
    const range = locateQuote(doc, k.quote, k.occurrence ?? 1);
    if (!range) throw new Error(`not in the article: ${k.quote}`);
    const first = doc.sentences.find((x) => x.start <= range.start && range.start < x.end);
    const end = Math.min(range.end, first?.end ?? range.end);
    return { start: range.start, end, type: type(k), text: doc.text.slice(range.start, end) };
  });
  await seedProgress(page, {
    version: 1,
    cases: {
      'paramedics-walkout': {
        modules: { 'red-flags': { status: 'in-progress', data: { v: 1, marks, hints: {} } } },
      },
    },
  });
}

/** The kinds' names by id, as the chooser shows them (kinds.json). */
async function kindNames(page: Page): Promise<Map<string, { name: string; short: string }>> {
  const kinds = (await (await page.request.get(`${PAGE}kinds.json`)).json()) as {
    types: [string, string, string][];
  };
  // The chooser names each kind by its short name (the one its mark's pill shows); the list of
  // marks and the results by its full name.
  return new Map(kinds.types.map(([id, name, short]) => [id, { name, short }]));
}

test.describe('discernment (#13): red flags and passages that check out', () => {
  test('the chooser offers "It checks out" first, set apart; a careful student finds the core and confirms what checks out', async ({
    page,
    expectNoAxeViolations,
  }) => {
    expect(CORE).toHaveLength(15);
    expect(SOUND).toHaveLength(2);
    // Most of the core is marked already (the marking itself is the stories above); the student
    // marks the last four red flags and the two passages that check out by hand.
    const byHand = CORE.slice(-4);
    await seedMarks(page, CORE.slice(0, -4), (k) => k.types[0] ?? '');
    await page.goto(PAGE);
    await waitForIslands(page);
    // The task names the core: whole sections, the rest extra (issue #14).
    await expect(page.locator('main')).toContainText(
      'The core is the top of the article, down to the subheading “The Breaking Point” and the section “Sources and References”; the rest of the article is extra',
    );

    // How to mark: with a mouse, the mouse way; the keyboard and touch ways on request.
    const how = page.getByRole('region', { name: 'How to mark' });
    await expect(how.getByText(/^Mouse: click a sentence/)).toBeVisible();
    await expect(how.getByText(/^Touch: tap a sentence/)).toBeHidden();
    await expect(how.getByText(/^Keyboard: Tab into the article/)).toBeHidden();
    await how.getByText('Other ways to mark: keyboard, mouse or touch').click();
    await expect(how.getByText(/^Keyboard: Tab into the article/)).toBeVisible();
    await expect(how.getByText(/^Touch: tap a sentence/)).toBeVisible();
    const names = await kindNames(page);

    await sentence(page, 'Dr. Michael Thornton').click();
    const radios = chooser(page).getByRole('radio');
    await expect(radios.first()).toHaveAccessibleName('Checks out');
    await expect(radios.first()).toHaveAccessibleDescription(
      /^It checks out\. Accurate or checkable as written: a real figure correctly sourced/,
    );
    await expect(chooser(page)).toContainText('Or name the red flag:');
    await expectNoAxeViolations('the chooser with "It checks out"');
    await chooser(page).getByRole('button', { name: 'Cancel' }).click();

    for (const key of byHand)
      await markQuote(page, key, names.get(key.types[0] ?? '')?.short ?? '');
    for (const key of SOUND) await markQuote(page, key, 'Checks out');
    const marks = page.getByRole('region', { name: `Your marks (${CORE.length + 2})` });
    await expect(marks.getByRole('listitem').filter({ hasText: 'It checks out' })).toHaveCount(2);
    // A "checks out" mark has its own words in the article, not a red flag's.
    await expect(article(page)).toContainText('(marked as Checks out)');

    await page.getByRole('button', { name: 'Check my answers' }).click();
    await expect(page.locator('.rf-headline')).toHaveText('You found 15 of the 15 core red flags.');
    await expect(page.getByText('You found most of the core: a careful reading.')).toBeVisible();
    await expect(page.getByText('Score: 17 of 17 points (100%)')).toBeVisible();
    await expect(
      page.getByText('Passages that check out: you spotted 2 of 2; you marked 0 as a red flag.'),
    ).toBeVisible();
    await expect(page.getByRole('heading', { name: 'What checks out (2)' })).toBeVisible();
    await expect(page.getByText('You spotted that this checks out.')).toHaveCount(2);
    await expect(page.getByText('but it checks out')).toHaveCount(0);
    await expectNoAxeViolations('results: a careful reading');
    const saved = (await savedProgress(page)) as {
      cases: Record<string, { modules: Record<string, { score?: unknown }> }>;
    };
    expect(saved.cases['paramedics-walkout']?.modules['red-flags']?.score).toEqual({
      earned: 17,
      possible: 17,
    });
  });

  test('marking every key passage with one type never reads as success; each false alarm is explained', async ({
    page,
    expectNoAxeViolations,
  }) => {
    // Marking by hand is the careful student's story above; here the 58 marks are saved as the
    // island saves them, then checked.
    await seedMarks(page, KEY, () => 'emotive-language');
    await page.goto(PAGE);
    await waitForIslands(page);
    const names = await kindNames(page);
    const one = names.get('emotive-language')?.name ?? '';
    await expect(page.getByRole('listitem').filter({ hasText: one })).toHaveCount(KEY.length);

    await page.getByRole('button', { name: 'Check my answers' }).click();
    await expect(page.locator('.rf-headline')).toHaveText(
      `You found 15 of the 15 core red flags, and ${EXTRAS.length} extras as a bonus.`,
    );
    // The same headline is announced.
    await expect(
      page.getByRole('status').filter({ hasText: 'You found 15 of the 15' }),
    ).toBeAttached();
    await expect(page.getByText('You found most of the core: a careful reading.')).toHaveCount(0);
    await expect(
      page.getByText('Passages that check out: you spotted 0 of 2; you marked 2 as a red flag.'),
    ).toBeVisible();
    const falseAlarms = page
      .getByRole('listitem')
      .filter({ hasText: 'You marked this as a red flag, but it checks out:' });
    await expect(falseAlarms).toHaveCount(2);
    // Each says why it checks out (open at once) and how to confirm it.
    for (const card of await falseAlarms.all()) {
      await expect(card).toContainText('Why it checks out.');
      await expect(card).toContainText('How to confirm it:');
      await expect(card).toContainText(`You named it: ${one}`);
    }
    await expect(
      falseAlarms.filter({ hasText: 'The Nuffield Trust analysis revealing' }),
    ).toContainText('Search for the Nuffield Trust’s analysis of nurses leaving the NHS');
    await expectNoAxeViolations('results: false alarms explained');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  // Marking needs JavaScript, so the page points to the article and to the answer key page,
  // which carries every passage's card, readable and printable.
  test('the article and the answer key are still readable', async ({ page }) => {
    await page.goto(PAGE);
    // Playwright parses with scripting on, so <noscript> is served but not shown: check the HTML.
    const html = await page.content();
    expect(html).toContain('Marking needs JavaScript.');
    expect(html).toContain('href="/paramedics-walkout/article/"');
    await page.getByRole('link', { name: `Answer key: all ${KEY_SIZE} passages` }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Answer key: Spot the red flags' }),
    ).toBeVisible();
    const cards = page.getByRole('listitem').filter({ has: page.locator('blockquote') });
    await expect(cards).toHaveCount(KEY_SIZE);
    const nuffield = cards.filter({ hasText: 'The Nuffield Trust analysis revealing' });
    await expect(nuffield).toContainText('It checks out');
    await expect(nuffield).toContainText(
      'How to confirm it: Search for the Nuffield Trust’s analysis',
    );
    await expect(nuffield).toContainText('about 44,500 nurses joined NHS England');
    await expect(page.getByRole('main')).toContainText(
      'We could not find any record of her in the sources we searched',
    );
  });
});
