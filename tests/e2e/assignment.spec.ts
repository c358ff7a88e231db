import { readFileSync, readdirSync } from 'node:fs';
import { parse } from 'yaml';
import type { Dialog, Page } from '@playwright/test';
import { test, expect, waitForIslands, checkAxe, stepItems, VERDICT_LABEL } from './fixtures';
import { encodeAssignment } from '../../src/core/assignment-link';
import { encodeCompletion, type TestRecord } from '../../src/core/completion-code';

const CASE = '/paramedics-walkout/';
/** The steps the overview shows (an assignment hides the others). */
const shownSteps = (page: Page) => stepItems(page).filter({ visible: true });

interface Post {
  form: 'A' | 'B';
  position: number;
  accurate: boolean;
  text: string;
}
const POSTS = parse(readFileSync('content/transfer/posts.yaml', 'utf8')) as Post[];
/** Whether the post at each position is accurate (the same in both forms). */
const TRUTH = POSTS.filter((p) => p.form === 'A')
  .sort((a, b) => a.position - b.position)
  .map((p) => p.accurate);

/** Rates the 12 posts on the page as a careful reader would: every one right, and sure. */
async function ratePostsRight(page: Page) {
  const groups = page.getByRole('group', { name: /^Post \d+ of 12/ });
  await expect(groups).toHaveCount(12);
  for (let i = 0; i < 12; i++) {
    const group = groups.nth(i);
    const text = await group.locator('.post__text').innerText();
    const post = POSTS.find((p) => p.text === text);
    expect(post, text).toBeDefined();
    await group
      .getByRole('radio', {
        name: post!.accurate ? 'Definitely accurate' : 'Definitely not accurate',
      })
      .check();
  }
}

/** A classmate's code, made directly: both tests, `hits` and `falseAlarms` per side rated 5. */
function classmate(name: string, test: TestRecord): string {
  return encodeCompletion({
    caseCode: 'pw',
    assignment: null,
    steps: {
      'warm-up': { state: 'done', percent: null },
      'first-impressions': { state: 'done', percent: null },
      'red-flags': { state: 'done', percent: 60 },
      experts: { state: 'not-started', percent: null },
      statistics: { state: 'not-started', percent: null },
      'second-look': { state: 'done', percent: null },
    },
    believabilityBefore: 4,
    believabilityAfter: 2,
    discernmentBefore: 0,
    discernmentAfter: 1,
    minutes: 30,
    test,
    name,
  });
}
function rated(hits: number, falseAlarms: number): number[] {
  let h = 0;
  let f = 0;
  return TRUTH.map((accurate) => (accurate ? (h++ < hits ? 5 : 2) : f++ < falseAlarms ? 5 : 2));
}

async function rateEverything(page: Page, submit: string) {
  await waitForIslands(page);
  const form = page.getByRole('form', { name: 'Your answers' });
  await form
    .getByRole('group', { name: 'How believable is this article?' })
    .getByLabel('3')
    .check();
  await form.getByRole('group', { name: 'Would you share it?' }).getByLabel('Maybe').check();
  await form.getByLabel('In one sentence: why?').fill('Because of the numbers.');
  const claims = form.getByRole('group', { name: /^Claim \d/ });
  for (let i = 0; i < (await claims.count()); i++)
    await claims
      .nth(i)
      .getByLabel(i % 2 ? 'Probably false' : 'Probably true')
      .check();
  await page.getByRole('button', { name: submit }).click();
}

test('a teacher assigns two steps, a student completes them, and the teacher checks the codes', async ({
  browser,
  page,
  expectNoAxeViolations,
  foreignRequests,
  baseURL,
}) => {
  // The teacher builds a link for two steps.
  await page.goto('/teach/assign/');
  await waitForIslands(page);
  const steps = page.getByRole('group', { name: 'Steps to assign, in order' });
  // Two plans, each with its time as the lesson counts it: every step in order, and a note
  // that says what is asked; a note of the teacher's own is never overwritten.
  const noteBox = page.getByLabel('Note to students (optional)');
  await steps.getByRole('checkbox', { name: 'Warm-up' }).uncheck();
  await page.getByRole('button', { name: /^The core of every step \(about \d+ min\)$/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Every step chosen' })).toBeVisible();
  await expect(steps.getByRole('checkbox', { checked: true })).toHaveCount(6);
  await expect(noteBox).toHaveValue(/^Do the core of each step\./);
  await expect(page.getByLabel('Assignment link', { exact: true })).toHaveValue(/#1\.pw\.wfresl\./);
  await page.getByRole('button', { name: /^Everything, with the extras/ }).click();
  await expect(noteBox).toHaveValue('Do every step, with the parts marked “extra” too.');
  await noteBox.fill('My own words.');
  await page.getByRole('button', { name: /^The core of every step/ }).click();
  await expect(noteBox).toHaveValue('My own words.');
  for (const name of [
    'Warm-up',
    'First impressions',
    'Check the named experts',
    'Compare the statistics',
  ])
    await steps.getByRole('checkbox', { name }).uncheck();
  await page.getByLabel('Class label (optional)').fill('9B');
  await page.getByLabel('Due date (optional)').fill('2026-12-04');
  await page.getByLabel('Note to students (optional)').fill('Do this before Friday.');
  const linkBox = page.getByLabel('Assignment link', { exact: true });
  const link = await linkBox.inputValue();
  expect(link).toMatch(
    /^http:\/\/127\.0\.0\.1:\d+\/a\/#1\.pw\.rl\.20261204\.9B\.Do%20this%20before%20Friday%2E\.[0-9A-Z]{4}$/,
  );
  await expect(page.getByRole('img', { name: 'QR code for the assignment link' })).toBeVisible();
  // Share to Google Classroom or Microsoft Teams: plain links carrying the whole link, opening a
  // new tab that is told nothing; no script or request of theirs (foreignRequests, at the end).
  const share = page.getByRole('list', { name: 'Share the link' });
  for (const [name, address, param] of [
    ['Share to Google Classroom', 'https://classroom.google.com/share', 'url'],
    ['Share to Microsoft Teams', 'https://teams.microsoft.com/share', 'href'],
  ] as const) {
    const a = share.getByRole('link', { name: new RegExp(`^${name}`) });
    const href = (await a.getAttribute('href'))!;
    expect(`${new URL(href).origin}${new URL(href).pathname}`).toBe(address);
    expect(new URL(href).searchParams.get(param)).toBe(link);
    await expect(a).toHaveAttribute('target', '_blank');
    expect((await a.getAttribute('rel'))!.split(' ').sort()).toEqual(['noopener', 'noreferrer']);
  }
  await expect(page.getByLabel('Link to the check')).toHaveValue(`${baseURL}${CASE}check-back/`);
  await expectNoAxeViolations('assignment builder');

  // Reordering by keyboard moves a step and keeps focus on it (or on its twin at the top). The
  // builder gives focus back on the next frame, so each press waits for it, as a person would.
  const up = steps.getByRole('button', { name: 'Move Second look up' });
  const down = steps.getByRole('button', { name: 'Move Second look down' });
  const moved = (n: number) =>
    page.getByRole('status').filter({ hasText: `Second look is now number ${n}.` });
  await up.focus();
  for (const n of [5, 4, 3, 2, 1]) {
    await page.keyboard.press('Enter');
    await expect(moved(n)).toBeAttached();
    await expect(n > 1 ? up : down).toBeFocused();
  }
  await expect(linkBox).toHaveValue(/#1\.pw\.lr\./);
  for (const n of [2, 3, 4]) {
    await page.keyboard.press('Enter');
    await expect(moved(n)).toBeAttached();
    await expect(down).toBeFocused();
  }
  await expect(linkBox).toHaveValue(/#1\.pw\.rl\./);
  const finalLink = await linkBox.inputValue();
  expect(finalLink).toBe(link);

  // A student opens the link on their own device.
  const student = await (await browser.newContext()).newPage();
  await student.goto(link);
  await expect(student).toHaveURL(`${baseURL}${CASE}`);
  const banner = student.getByRole('region', { name: 'Assignment for 9B' });
  await expect(banner).toContainText('Due 4 December 2026');
  await expect(banner).toContainText('Do this before Friday.');
  await expect(banner).toContainText('0 of 2 assigned steps done.');
  // One clear way in: the first assigned step; leaving is a quiet button of its own.
  await expect(banner.getByRole('link', { name: 'Start: Spot the red flags' })).toHaveAttribute(
    'href',
    '/paramedics-walkout/red-flags/',
  );
  await expect(stepItems(student)).toHaveCount(2);
  await expect(stepItems(student).first()).toContainText('Spot the red flags');
  await checkAxe(student, 'overview with assignment');

  // The assigned module: mark one passage, name its red flag, check.
  await banner.getByRole('link', { name: 'Start: Spot the red flags' }).click();
  await waitForIslands(student);
  await student
    .getByRole('article', { name: 'The article, for marking' })
    .getByText('40,000 Paramedics WALK OUT')
    .first()
    .click();
  const chooser = student.getByRole('dialog');
  await chooser.getByRole('radio', { name: 'Headline vs body' }).check();
  await chooser.getByRole('button', { name: 'Save mark' }).click();
  await student.getByRole('button', { name: 'Check my answers' }).click();
  await expect(student.getByRole('heading', { name: 'Your results' })).toBeFocused();
  // Next follows the assignment: straight to the second look.
  await student.getByRole('link', { name: 'Next: Second look' }).first().click();
  await expect(student).toHaveURL(/second-look\/$/);
  // Part 1: the 12 new posts (no warm-up was assigned, so there is nothing to compare them with).
  await waitForIslands(student);
  await ratePostsRight(student);
  await student.getByRole('button', { name: 'Save and see how I did' }).click();
  await expect(student.getByRole('heading', { name: 'How you did' })).toBeVisible();
  // First impressions were not assigned, nor given: Part 2 says so, with the way there.
  const note = student.locator('.notice').filter({ hasText: 'You have not given your first' });
  await expect(note).toContainText(
    'This part compares your answers with them, so give them first.',
  );
  await expect(note.getByRole('link', { name: 'Go to first impressions' })).toHaveAttribute(
    'href',
    '/paramedics-walkout/first-impressions/',
  );
  await rateEverything(student, 'Save and compare');
  await student.reload();
  await student
    .getByRole('navigation', { name: 'Step navigation' })
    .getByRole('link', { name: 'Your results' })
    .click();
  await waitForIslands(student);
  await student.getByLabel('Your name or initials').fill('Sam P');
  const code = (await student.locator('[data-completion-code]').textContent()) ?? '';
  expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{1,4})+$/);
  await expect(student.getByText('Because of the numbers.').first()).toBeVisible();
  // Before and after: the side of a step that was not assigned says so (no row of bare dashes).
  await expect(
    student.getByRole('row', { name: /posts rated right/ }).getByRole('cell'),
  ).toHaveText(['not assigned', '12']);
  await expect(
    student
      .getByRole('row', { name: /Believability of the article/ })
      .getByRole('cell')
      .first(),
  ).toHaveText('not assigned');
  await checkAxe(student, 'summary with code');
  await student.close();

  // The teacher pastes the code, a mistyped copy, a hostile string and two classmates' codes:
  // Ana, careful (6 right → 11, d′ 0 → 2.26), and Ben, who answered "not accurate" to every post
  // in the second test (8 right → 6, d′ 0.73 → 0, c 0 → 1.47).
  const typo = code.slice(0, 3) + (code[3] === 'Z' ? 'Y' : 'Z') + code.slice(4);
  const ana = classmate('Ana', { order: 'AB', before: rated(3, 3), after: rated(6, 1) });
  const ben = classmate('Ben', { order: 'BA', before: rated(4, 2), after: Array(12).fill(1) });
  await page.goto('/teach/check/');
  await waitForIslands(page);
  // The teacher's own link names the assignment by class and due date (not by its short id).
  await page.getByText('Your assignment links (optional), one per line').click();
  await page.getByLabel('Your assignment links (optional), one per line').fill(link);
  await page
    .getByLabel('Completion codes, one per line')
    .fill(`${code}\n${typo}\n<img src=x onerror=alert(1)>\n${ana}\n${ben}`);
  await page.getByRole('button', { name: 'Check the codes' }).click();
  await expect(page.getByRole('heading', { name: 'Results' })).toBeFocused();
  await expect(
    page.getByRole('status').filter({ hasText: '3 valid, 2 with problems.' }),
  ).toBeVisible();
  const table = page.getByRole('table').first();
  await expect(table.getByRole('columnheader', { name: 'Warm-up' })).toBeVisible();
  const good = table.getByRole('row', { name: /Sam P/ });
  await expect(good).toContainText('— → 3');
  await expect(good).toContainText(`9B · due 4 Dec 2026 (${link.slice(-4)})`);
  await expect(table.getByRole('row')).toHaveCount(4);
  // At 1280 px the table is wider than the page: it scrolls sideways in its own box, by
  // keyboard too, to its last column.
  const wrap = page.locator('.checker .table-wrap').first();
  await expect(wrap).toHaveAttribute('tabindex', '0');
  await wrap.evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
  await expect(table.getByRole('columnheader', { name: 'Assignment' })).toBeInViewport();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);

  // The before/after test, per student in plain words, with d′ and c; then the class.
  const tests = page.getByRole('region', { name: 'Before/after test: 12 new posts each time' });
  const testRow = (name: string) => tests.getByRole('table').getByRole('row', { name });
  await expect(testRow('Sam P').getByRole('cell')).toHaveText([
    '1',
    '— → 12',
    'not taken',
    '— → balanced',
    'warm-up not taken',
    'd′ — → 2.93c — → 0.00',
  ]);
  await expect(testRow('Ana').getByRole('cell')).toHaveText([
    '4',
    '6 → 11',
    'not taken',
    'balanced → balanced',
    'improved',
    'd′ 0.00 → 2.26c 0.00 → −0.34',
  ]);
  await expect(testRow('Ben').getByRole('cell')).toHaveText([
    '5',
    '8 → 6',
    'not taken',
    'balanced → towards not accurate',
    'more doubtful only',
    'd′ 0.73 → 0.00c 0.00 → 1.47',
  ]);
  await expect(tests).toContainText(
    '2 of 3 students took both tests in full; the figures below are over them.',
  );
  await expect(tests).toContainText('Average right of 12: 7 before → 8.5 after.');
  await expect(tests).toContainText('(d′, 0 is guessing): 0.37 → 1.13.');
  await expect(tests).toContainText('towards “not accurate”): 0.00 → 0.56.');
  for (const count of ['Improved: 1', 'About the same: 0', 'Worse: 0', 'More doubtful only: 1'])
    await expect(tests.getByRole('listitem').filter({ hasText: count })).toHaveCount(1);
  await expect(tests).toContainText('One class is a small sample');
  const typoItem = page.getByRole('listitem').filter({ hasText: 'has a typo' });
  await expect(typoItem).toHaveCount(1);
  await expect(typoItem).toContainText('Line 2:');
  const hostileItem = page.getByRole('listitem').filter({ hasText: 'Not a completion code' });
  await expect(hostileItem).toContainText('Line 3:');
  await expect(hostileItem).toContainText('<img src=x onerror=alert(1)>');
  await expectNoAxeViolations('code checker results');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download as CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('second-look-results.csv');
  const csv = readFileSync((await download.path())!, 'utf8')
    .trim()
    .split('\r\n');
  expect(csv).toHaveLength(6);
  expect(csv[0]).toContain('Warm-up: status,Warm-up: score %,First impressions: status');
  expect(csv[0]).toContain(
    'Test before: right of 12,Test after: right of 12,Test before: d′,Test after: d′,Test before: c,Test after: c,Test before: lean,Test after: lean,Test: outcome,Test: more doubtful,Check a week later: right of 12,Check a week later: days after the lesson,Check a week later: d′,Check a week later: c,Minutes',
  );
  expect(csv[1]).toMatch(
    /^1,Sam P,Not started,,Not started,,Done,\d+,Not started,,Not started,,Done,,,3,,[^,]*,,12,,2\.93,,0,,balanced,,,,,,,\d+,/,
  );
  // A bad line: its problem, and what was pasted in a column of its own (not as a name).
  expect(csv[2]).toMatch(/^2,,.*has a typo.*,[0-9A-Z-]+$/);
  expect(csv[2]!.endsWith(`,${typo}`)).toBe(true);
  expect(csv[4]).toContain(',6,11,0,2.26,0,-0.34,balanced,balanced,improved,no,,,,,30,');
  expect(csv[5]).toContain(
    ',8,6,0.73,0,0,1.47,balanced,towards not accurate,more doubtful only,yes,',
  );
  expect(foreignRequests).toEqual([]);
});

/** The core expert cards, in order, from their front matter (the content decides the core). */
const CORE_CARDS = readdirSync(`content/cases/paramedics-walkout/experts`)
  .filter((f) => f.endsWith('.mdx'))
  .map(
    (f) =>
      parse(
        /^---\n([\s\S]*?)\n---/.exec(
          readFileSync(`content/cases/paramedics-walkout/experts/${f}`, 'utf8'),
        )?.[1] ?? '',
      ) as {
        order: number;
        title: string;
        short: string;
        tier?: string;
        verdict: keyof typeof VERDICT_LABEL;
        checkChoices: { label: string; strong: boolean }[];
      },
  )
  .filter((c) => c.tier !== 'extra')
  .sort((a, b) => a.order - b.order);

test('a class on the core plan: the teacher’s link, a student who does the core of every step sees each one done, and the teacher’s check says so', async ({
  browser,
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto('/teach/assign/');
  await waitForIslands(page);
  await page.getByRole('button', { name: /^The core of every step/ }).click();
  await page.getByLabel('Class label (optional)').fill('9C');
  const link = await page.getByLabel('Assignment link', { exact: true }).inputValue();
  expect(link).toMatch(/#1\.pw\.wfresl\./);

  const student = await (await browser.newContext()).newPage();
  await student.goto(link);
  const banner = student.getByRole('region', { name: 'Assignment for 9C' });
  await expect(banner).toContainText('Do the core of each step.');
  await expect(banner).toContainText('0 of 6 assigned steps done.');
  await banner.getByRole('link', { name: 'Start: Warm-up' }).click();
  /** Follows the step footer's Next link and waits for the next step's page to be ready. */
  const next = async (step: string) => {
    const from = student.url();
    await student
      .getByRole('navigation', { name: 'Step navigation' })
      .getByRole('link', { name: `Next: ${step}` })
      .click();
    await student.waitForURL((url) => url.href !== from);
    await waitForIslands(student);
  };

  // Warm-up and first impressions.
  await waitForIslands(student);
  await ratePostsRight(student);
  await student.getByRole('button', { name: 'Save my warm-up answers' }).click();
  await expect(student.getByRole('heading', { name: /Warm-up saved/ })).toBeFocused();
  await next('First impressions');
  await rateEverything(student, 'Save my first impressions');
  await expect(student.getByRole('heading', { name: /First impressions saved/ })).toBeFocused();

  // Red flags: a mark, then the check.
  await next('Spot the red flags');
  await student
    .getByRole('article', { name: 'The article, for marking' })
    .getByText('40,000 Paramedics WALK OUT')
    .first()
    .click();
  await student.getByRole('dialog').getByRole('radio', { name: 'Headline vs body' }).check();
  await student.getByRole('button', { name: 'Save mark' }).click();
  await student.getByRole('button', { name: 'Check my answers' }).click();
  await expect(student.getByRole('heading', { name: 'Your results' })).toBeFocused();

  // The experts' core: three sources, then the summary (the extras are offered, not required).
  await next('Check the named experts');
  expect(CORE_CARDS).toHaveLength(3);
  for (const [i, card] of CORE_CARDS.entries()) {
    const section = student.getByRole('region', { name: card.title });
    const strong = card.checkChoices.find((c) => c.strong) ?? card.checkChoices[0]!;
    await section.getByRole('radio', { name: strong.label }).check();
    await section.getByRole('button', { name: 'Check my choice' }).click();
    await section
      .getByRole('radio', { name: new RegExp(`^${VERDICT_LABEL[card.verdict]}`) })
      .check();
    await section.getByRole('radio', { name: 'Fairly sure' }).check();
    await section.getByRole('button', { name: 'Give my verdict' }).click();
    const last = i === CORE_CARDS.length - 1;
    await section
      .getByRole('button', {
        name: last ? 'See the summary' : `Next source: ${CORE_CARDS[i + 1]!.short}`,
      })
      .click();
  }
  await expect(student.getByText('You have done the core of this step.')).toBeVisible();

  // The statistics' core: three figures and the number drift.
  await next('Compare the statistics');
  const figure = (name: string | RegExp) => student.getByRole('region', { name });
  const lockIn = (card: ReturnType<typeof figure>) =>
    card.getByRole('button', { name: 'Lock in my guess and compare' }).click();
  const headline = figure('The headline’s 40,000 paramedics');
  await headline.getByRole('textbox').fill('40000');
  await lockIn(headline);
  await headline.getByRole('button', { name: 'Next figure' }).click();
  const target = figure('“Nearly triple the national target”');
  await target.getByRole('textbox').fill('8');
  await lockIn(target);
  await target.getByRole('button', { name: 'Next figure' }).click();
  const zones = figure(/61 emergency zones/);
  await zones
    .getByRole('radio', { name: 'No. The article gives no source for it at all.' })
    .check();
  await lockIn(zones);
  await student.getByRole('button', { name: /Follow the 40,000 from source to headline/ }).click();
  await expect(student.getByText('You have done the core of this step.')).toBeVisible();

  // The second look, both parts.
  await next('Second look');
  await ratePostsRight(student);
  await student.getByRole('button', { name: 'Save and see how I did' }).click();
  await rateEverything(student, 'Save and compare');
  await expect(
    student.getByRole('heading', { name: 'What you found, and what changed' }),
  ).toBeFocused();

  // Every step done, on the overview and in the assignment's count.
  await student.goto(CASE);
  await expect(shownSteps(student)).toHaveCount(6);
  for (const item of await shownSteps(student).all()) await expect(item).toContainText('Done');
  await expect(banner).toContainText('You have done every assigned step.');
  await banner.getByRole('link', { name: 'Get your completion code' }).click();
  await waitForIslands(student);
  await student.getByLabel('Your name or initials').fill('Kim');
  const code = (await student.locator('[data-completion-code]').textContent()) ?? '';
  await student.close();

  // The teacher's check: the code is good, every step done, under the class's name.
  await page.goto('/teach/check/');
  await waitForIslands(page);
  await page.getByText('Your assignment links (optional), one per line').click();
  await page.getByLabel('Your assignment links (optional), one per line').fill(link);
  await page.getByLabel('Completion codes, one per line').fill(code);
  await page.getByRole('button', { name: 'Check the codes' }).click();
  const row = page.getByRole('table').first().getByRole('row', { name: /Kim/ });
  await expect(row).toContainText(`9C · no due date (${link.slice(-4)})`);
  // The six steps' cells (after the line number): each done, as "done" or its score.
  await expect(row.getByRole('cell').first()).toHaveText('1');
  const steps = (await row.getByRole('cell').allInnerTexts()).slice(1, 7);
  expect(steps, steps.join(' | ')).toEqual(steps.map((c) => (/^\d+%$/.test(c) ? c : 'done')));
});

test.describe('a bad assignment link opens the normal lesson with one clear message', () => {
  const good = encodeAssignment({
    caseCode: 'pw',
    steps: ['red-flags'],
    classLabel: '7C',
    due: null,
    note: '',
  });
  const bad = [
    ['truncated', good.slice(0, 12), 'seems to be incomplete or mistyped'],
    ['mistyped', good.replace('7C', '7D'), 'seems to be incomplete or mistyped'],
    ['from a newer version', `9${good.slice(1)}`, 'made by a newer version'],
    ['absurdly long', `1.pw.r.-.${'x'.repeat(5000)}..AAAA`, 'too long to be a real one'],
    ['garbage', '%%%<script>alert(1)</script>', 'could not be opened'],
  ] as const;

  test('truncated, mistyped, from a newer version, absurdly long, garbage; hostile text in a well-formed link is shown as text, never run', async ({
    page,
    expectNoAxeViolations,
  }) => {
    let dialogs = 0;
    const count = (d: Dialog) => {
      dialogs++;
      void d.dismiss();
    };
    page.on('dialog', count);
    for (const [i, [label, fragment, message]] of bad.entries()) {
      await page.goto(`/a/#${fragment}`);
      await expect(page, label).toHaveURL(`/paramedics-walkout/`);
      await expect(page.getByRole('alert'), label).toContainText(message);
      await expect(shownSteps(page), label).toHaveCount(6);
      await expect(page.getByRole('region', { name: /Assignment/ }), label).toBeHidden();
      // The page is the same for each; only the message differs.
      if (i === 0) await expectNoAxeViolations(`bad link: ${label}`);
      expect(dialogs, `a script from the ${label} link ran`).toBe(0);
    }

    const hostile = encodeAssignment({
      caseCode: 'pw',
      steps: ['experts'],
      classLabel: '<b>x</b>',
      due: null,
      note: '<img src=x onerror=alert(1)><script>alert(2)</script>',
    });
    await page.goto(`/a/#${hostile}`);
    const banner = page.getByRole('region', { name: 'Assignment for <b>x</b>' });
    await expect(banner).toContainText('<img src=x onerror=alert(1)><script>alert(2)</script>');
    await expect(banner.locator('img, script, b')).toHaveCount(0);
    expect(dialogs).toBe(0);
    page.off('dialog', count);
    // Remembered across reloads, until the student leaves it.
    await page.reload();
    await expect(banner).toBeVisible();
    page.once('dialog', (d) => d.accept());
    await banner.getByRole('button', { name: 'Leave this assignment' }).click();
    await expect(banner).toBeHidden();
    await expect(shownSteps(page)).toHaveCount(6);
  });
});
