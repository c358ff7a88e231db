/**
 * Nothing a student does is lost, and no hostile string gets through (issue #15): each story here
 * failed on the site before its fix.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Page } from '@playwright/test';
import { test, expect, ratePosts, seedProgress, waitForIslands } from './fixtures';
import { base32ToBits, bitsToBase32, checksum32 } from '../../src/core/base32';
import { encodeCompletion, type CompletionRecord } from '../../src/core/completion-code';
import { stepKinds } from '../../src/core/steps';
import { CHROMIUM_ARGS, findChromium } from '../tools/chromium.mjs';

const CASE = '/paramedics-walkout/';
const CASE_CODE = (
  parse(readFileSync('content/cases/paramedics-walkout/case.yaml', 'utf8')) as { code: string }
).code;

const POSTS = parse(readFileSync('content/transfer/posts.yaml', 'utf8')) as {
  id: string;
  form: 'A' | 'B';
  accurate: boolean;
}[];
const taken = (form: 'A' | 'B', rate: number) => ({
  ratings: Object.fromEntries(POSTS.filter((p) => p.form === form).map((p) => [p.id, rate])),
  completedAt: 't',
});
const done = (earned: number) => ({ status: 'done', score: { earned, possible: 10 }, seconds: 60 });
const impressions = { believability: 3, share: 'no', reason: 'Hm.', claims: {}, completedAt: 't' };
/** Every step done: the summary offers a completion code. */
const FINISHED = {
  version: 1,
  cases: {
    'paramedics-walkout': {
      firstImpressions: impressions,
      secondLook: impressions,
      modules: {
        transfer: {
          status: 'in-progress',
          data: { version: 1, order: 'AB', before: taken('A', 4), after: taken('B', 4) },
        },
        'red-flags': done(7),
        statistics: done(9),
        experts: done(5),
      },
    },
  },
};

const record = (name: string): CompletionRecord => ({
  caseCode: CASE_CODE,
  assignment: null,
  steps: Object.fromEntries(
    stepKinds.map((k) => [k, { state: 'done', percent: 50 }]),
  ) as CompletionRecord['steps'],
  believabilityBefore: 3,
  believabilityAfter: 2,
  discernmentBefore: null,
  discernmentAfter: null,
  minutes: 12,
  test: null,
  name,
});

/** A code made by hand, as someone who read completion-code.ts could: any bytes as the name. */
function handMadeCode(nameBytes: number[]): string {
  const plain = encodeCompletion(record('')).replace(/-/g, '');
  const bits = base32ToBits(plain.slice(0, -4)) ?? [];
  // Everything before the name's length: version 4, case 10, assignment 21, steps 9 each,
  // ratings 6, discernment 10, minutes 10, test order 1 + two "not submitted" bits.
  const head = bits.slice(0, 4 + 10 + 21 + 9 * stepKinds.length + 6 + 10 + 10 + 3);
  const push = (value: number, width: number) => {
    for (let i = width - 1; i >= 0; i--) head.push((value >> i) & 1);
  };
  push(nameBytes.length, 5);
  for (const b of nameBytes) push(b, 8);
  const body = bitsToBase32(head);
  return body + checksum32(body);
}
const utf8 = (s: string) => Array.from(new TextEncoder().encode(s));

async function checkCodes(page: Page, text: string) {
  await page.goto('/teach/check/');
  await waitForIslands(page);
  await page.getByLabel('Completion codes, one per line').fill(text);
  await page.getByRole('button', { name: 'Check the codes' }).click();
  await expect(page.getByRole('heading', { name: 'Results' })).toBeFocused();
}

test('the teacher sees hostile names as plain, isolated text; the CSV escapes formulas after spaces; a huge paste is echoed short', async ({
  page,
}) => {
  const rlo = handMadeCode(utf8('Ann\u202Egnp.exe'));
  const controls = handMadeCode(utf8('\t\nBo\u0000b\u001b[31m\u2028x'));
  const formula = handMadeCode(utf8(' =1+2'));
  const huge = 'A'.repeat(100_000);
  await checkCodes(page, [rlo, controls, formula, huge].join('\n'));
  const table = page.getByRole('table').first();
  const names = table.locator('tbody th[scope="row"]');
  await expect(names).toHaveCount(3);
  const texts = await names.evaluateAll((els) => els.map((e) => e.textContent));
  expect(texts).toEqual(['Anngnp.exe', 'Bob[31m x', '=1+2']);
  // Each name is isolated from the text around it.
  await expect(table.locator('tbody th[scope="row"] bdi')).toHaveCount(3);

  // The problem list shows the start of a huge line and its length, not all of it.
  const problems = page.locator('.checker-problems');
  await expect(problems).toContainText('100,000 characters');
  expect((await problems.textContent())!.length).toBeLessThan(500);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download as CSV' }).click();
  const csv = readFileSync(await (await download).path(), 'utf8');
  const cells = csv.split('\r\n').map((row) => row.split(',')[1]);
  expect(cells.slice(1, 4)).toEqual(['Anngnp.exe', 'Bob[31m x', `"'=1+2"`]);
  // eslint-disable-next-line no-control-regex
  expect(csv).not.toMatch(/[\u0000\u001b\u2028\u202e]/);
  expect(csv.length).toBeLessThan(5_000);
});

test('a long name is shortened whole characters at a time, and the student is told', async ({
  page,
}) => {
  await seedProgress(page, FINISHED);
  await page.goto(`${CASE}summary/`);
  await waitForIslands(page);
  const name = page.getByLabel('Your name or initials');
  // 43 bytes of UTF-8: the family emoji does not fit, and is left out whole.
  await name.fill('Zoë\u202E\u0007 Okafor-Smith 👩‍👩‍👧‍👦');
  const code = page.locator('[data-completion-code]');
  await expect(code).toHaveText(/^[0-9A-Z]{4}(-[0-9A-Z]{1,4})+$/);
  await expect(page.getByText(/Your code carries your name as “.*”/)).toBeVisible();
  const shown = await page.getByText(/Your code carries your name as “.*”/).textContent();
  expect(shown).toContain('“Zoë Okafor-Smith”');
  // eslint-disable-next-line no-control-regex
  expect(shown).not.toMatch(/[\u202e\u0007]/);
  await name.fill('Jo');
  await expect(page.getByText(/Your code carries your name as/)).toBeHidden();
});

test('a double-click on "Save my first impressions" saves once and stays on the page', async ({
  page,
}) => {
  await page.goto(`${CASE}first-impressions/`);
  await waitForIslands(page);
  const form = page.getByRole('form', { name: 'Your answers' });
  await form
    .getByRole('group', { name: 'How believable is this article?' })
    .getByLabel('3')
    .check();
  await form.getByRole('group', { name: 'Would you share it?' }).getByLabel('No').check();
  await form.getByLabel('In one sentence: why?').fill('Hm.');
  const claims = form.getByRole('group', { name: /^Claim \d/ });
  for (let i = 0; i < (await claims.count()); i++)
    await claims.nth(i).getByLabel('Not sure').check();
  const navigations: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'document') navigations.push(r.url());
  });
  await page.getByRole('button', { name: 'Save my first impressions' }).dblclick();
  await expect(page.getByRole('heading', { name: /First impressions saved/ })).toBeVisible();
  // A click's navigation starts at once: one more round trip to the page and it would be seen.
  await page.evaluate(() => new Promise(requestAnimationFrame));
  expect(navigations).toEqual([]);
  await expect(page).toHaveURL(/first-impressions\/$/);

  // The warm-up: the saved card and the step footer move up; the second click does nothing.
  await page.goto(`${CASE}warm-up/`);
  await waitForIslands(page);
  await ratePosts(page, () => 4);
  await page.getByRole('button', { name: 'Save my warm-up answers' }).dblclick();
  await expect(page.getByRole('heading', { name: /Warm-up saved/ })).toBeVisible();
  await page.evaluate(() => new Promise(requestAnimationFrame));
  expect(navigations.filter((u) => !u.endsWith('/warm-up/'))).toEqual([]);
  await expect(page.getByRole('heading', { name: /Warm-up saved/ })).toBeVisible();
});

const KEY = 'second-look:progress';
const stored = (page: Page, key = KEY) => page.evaluate((k) => localStorage.getItem(k), key);
const setStored = (page: Page, value: string) =>
  page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [KEY, value]);
const firstStep = (page: Page) =>
  page
    .getByRole('list', { name: 'Lesson steps' })
    .getByRole('listitem')
    .filter({ hasText: 'First impressions' });
const notice = (page: Page) => page.locator('[data-storage-notice]');
/** Answers first impressions; with `save`, submits them. */
async function giveFirstImpressions(page: Page, reason: string, save = true) {
  const form = page.getByRole('form', { name: 'Your answers' });
  await form
    .getByRole('group', { name: 'How believable is this article?' })
    .getByLabel('3')
    .check();
  await form.getByRole('group', { name: 'Would you share it?' }).getByLabel('No').check();
  await form.getByLabel('In one sentence: why?').fill(reason);
  if (!save) return;
  const claims = form.getByRole('group', { name: /^Claim \d/ });
  for (let i = 0; i < (await claims.count()); i++)
    await claims.nth(i).getByLabel('Not sure').check();
  await page.getByRole('button', { name: 'Save my first impressions' }).click();
  await expect(page.getByRole('heading', { name: /First impressions saved/ })).toBeVisible();
}

test('a save from a newer version is left untouched, named as such, and the student is asked to reload', async ({
  page,
}) => {
  const newer = JSON.stringify({
    version: 99,
    cases: { 'paramedics-walkout': { x: 'real answers' } },
  });
  await page.goto('/');
  await setStored(page, newer);
  await page.goto(CASE);
  await expect(notice(page)).toContainText('saved by a newer version of this lesson');
  await expect(notice(page)).toContainText('reload the page');
  await expect(notice(page)).not.toContainText('could not read');
  await page.goto(`${CASE}first-impressions/`);
  await waitForIslands(page);
  await giveFirstImpressions(page, 'Typed in the old version.', false);
  // Nothing overwrote it, nothing was moved aside.
  expect(await stored(page)).toBe(newer);
  expect(
    await page.evaluate(() =>
      Object.keys(localStorage).filter((k) => k.startsWith('second-look:progress:')),
    ),
  ).toEqual([]);
});

test('every set-aside copy is kept, newest first, and can be downloaded; a module’s unreadable answers too', async ({
  page,
}) => {
  const real = '{"version":1,"cases":{"paramedics-walkout":{"modules":{"red-flags":{"status":"do';
  await page.goto('/');
  await setStored(page, real);
  await page.goto(CASE);
  await expect(notice(page)).toContainText('could not read the progress saved');
  await setStored(page, '{oops');
  await page.goto(CASE);
  await expect(notice(page)).toContainText('could not read the progress saved');

  // One module's answers the step cannot read: set aside before the step starts fresh.
  await setStored(
    page,
    JSON.stringify({
      version: 1,
      cases: {
        'paramedics-walkout': {
          modules: { statistics: { status: 'in-progress', data: 'my guesses' } },
        },
      },
    }),
  );
  await page.goto(`${CASE}statistics/`);
  await waitForIslands(page);
  await expect(page.getByText('We could not read the answers saved for this step')).toBeVisible();

  // The overview offers them, with the progress file.
  await page.goto(CASE);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the kept copies' }).click();
  const file = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as {
    copies: { raw: string; reason: string; at: string }[];
  };
  expect(file.copies.map((c) => c.reason)).toEqual([
    'module:paramedics-walkout/statistics',
    'not-json',
    'not-json',
  ]);
  expect(file.copies[0]!.raw).toContain('my guesses');
  expect(file.copies[1]!.raw).toBe('{oops');
  expect(file.copies[2]!.raw).toBe(real);
});

test('with storage refused, work survives the next pages of the tab, and the notice says what is kept until when', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('Storage is disabled', 'SecurityError');
      },
    });
  });
  await page.goto(`${CASE}first-impressions/`);
  await waitForIslands(page);
  await expect(notice(page)).toContainText('not letting the lesson save anything');
  await expect(notice(page)).toContainText('until you close it');
  await giveFirstImpressions(page, 'Kept across pages.');
  await page.getByRole('link', { name: 'Next: Spot the red flags' }).first().click();
  await page.getByRole('link', { name: 'The paramedics “walkout” article' }).first().click();
  await expect(page).toHaveURL(new RegExp(`${CASE}$`));
  await expect(firstStep(page)).toContainText('Done');
});

test('with session storage refused too, the tab itself keeps the work across its pages', async ({
  page,
}) => {
  await page.addInitScript(() => {
    for (const name of ['localStorage', 'sessionStorage'])
      Object.defineProperty(window, name, {
        get() {
          throw new DOMException('Storage is disabled', 'SecurityError');
        },
      });
  });
  await page.goto(`${CASE}first-impressions/`);
  await waitForIslands(page);
  await expect(notice(page)).toContainText('kept in this tab while you stay on this site');
  await giveFirstImpressions(page, 'Kept in the tab.');
  await page.getByRole('link', { name: 'Next: Spot the red flags' }).first().click();
  await page.getByRole('link', { name: 'The paramedics “walkout” article' }).first().click();
  await expect(firstStep(page)).toContainText('Done');
});

test('a full storage is called full, not private browsing, and new work survives the tab’s pages', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key: string, value: string) {
      if (this === window.localStorage)
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      setItem.call(this, key, value);
    };
  });
  await page.goto(`${CASE}first-impressions/`);
  await waitForIslands(page);
  await expect(notice(page)).toContainText('storage for this site is full');
  await expect(notice(page)).not.toContainText('private browsing');
  await giveFirstImpressions(page, 'Kept while full.');
  await page.goto(CASE);
  await expect(firstStep(page)).toContainText('Done');
});

test('another tab resets: this page keeps what it shows and asks; two tabs typing the same answer: the student is told and nothing is lost', async ({
  page,
  context,
}) => {
  await page.goto(`${CASE}first-impressions/`);
  await waitForIslands(page);
  await giveFirstImpressions(page, 'My own words.', false);
  const reason = page.getByLabel('In one sentence: why?');

  const other = await context.newPage();
  await other.goto(CASE);
  other.once('dialog', (d) => d.accept());
  await other.getByRole('button', { name: 'Reset my progress' }).click();
  await expect(firstStep(other)).toContainText('Not started');

  await expect(notice(page)).toContainText('reset or cleared in another tab');
  await expect(reason).toHaveValue('My own words.');
  await notice(page).getByRole('button', { name: 'Keep my answers' }).click();
  await expect(notice(page)).toBeHidden();
  expect(await stored(page)).toContain('My own words.');

  // Both tabs type the same answer: the other tab's newer text shows here, and this page's text
  // is kept in a copy.
  await other.goto(`${CASE}first-impressions/`);
  await waitForIslands(other);
  await expect(other.getByLabel('In one sentence: why?')).toHaveValue('My own words.');
  await reason.fill('Typed in this tab.');
  // The other tab shows this tab's text before the student types there (filling while that text
  // arrives would add to it, which is no clash).
  await expect(other.getByLabel('In one sentence: why?')).toHaveValue('Typed in this tab.');
  await other.getByLabel('In one sentence: why?').fill('Typed in the other tab.');
  await expect(notice(page)).toContainText('You changed the same answer in another tab');
  await expect(reason).toHaveValue('Typed in the other tab.');
  expect(await stored(page, 'second-look:progress:backups')).toContain('Typed in this tab.');
});

test('back with the Back button to a page another tab has since reset: the page keeps what it shows and asks', async ({
  playwright,
  baseURL,
}) => {
  // Playwright turns the back/forward cache off; the students' browsers have it on.
  const chromium = findChromium();
  const browser = await playwright.chromium.launch({
    ...(chromium ? { executablePath: chromium } : {}),
    args: CHROMIUM_ARGS,
    ignoreDefaultArgs: ['--disable-back-forward-cache'],
  });
  const context = await browser.newContext({ baseURL: baseURL ?? '', serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.addInitScript(() =>
    addEventListener('pageshow', (e) => {
      (window as { restored?: boolean }).restored = e.persisted;
    }),
  );
  await page.goto(`${CASE}first-impressions/`);
  await waitForIslands(page);
  await giveFirstImpressions(page, 'My own words.', false);
  await page.getByRole('link', { name: 'The article', exact: true }).click();
  await expect(page).toHaveURL(/article\/$/);

  const other = await context.newPage();
  await other.goto(CASE);
  other.once('dialog', (d) => d.accept());
  await other.getByRole('button', { name: 'Reset my progress' }).click();
  await expect(firstStep(other)).toContainText('Not started');

  // A page brought back from the cache fires no load event.
  await page.goBack({ waitUntil: 'commit' });
  await expect
    .poll(() => page.evaluate(() => (window as { restored?: boolean }).restored))
    .toBe(true);
  await expect(notice(page)).toContainText('reset or cleared in another tab');
  await expect(page.getByLabel('In one sentence: why?')).toHaveValue('My own words.');
  await notice(page).getByRole('button', { name: 'Keep my answers' }).click();
  expect(await stored(page)).toContain('My own words.');
  await browser.close();
});

test('progress goes with the student in a file; a foreign or hostile file changes nothing', async ({
  page,
}) => {
  await page.goto(`${CASE}first-impressions/`);
  await waitForIslands(page);
  await giveFirstImpressions(page, 'Carried in a file.');
  await page.goto(CASE);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save my progress to a file' }).click();
  const path = await (await download).path();
  await expect(page.getByText('Your progress was saved to a file.')).toBeVisible();

  // Another computer: nothing saved.
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(firstStep(page)).toContainText('Not started');
  const input = page.locator('[data-progress-input]');
  for (const [name, text] of [
    ['hostile.json', '{"version":1,"cases":{"__proto__":{"modules":{"x":{"status":"pwned"}}}}}'],
    ['photo.json', '\u0000\u00ffPNG'],
    ['newer.json', '{"version":7,"cases":{}}'],
  ] as const) {
    await input.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
    await expect(
      page.getByRole('status').filter({ hasText: /nothing was changed/i }),
    ).toBeVisible();
    expect(await stored(page)).toBeNull();
  }
  await expect(page.getByRole('status').filter({ hasText: 'newer version' })).toBeVisible();

  await input.setInputFiles(path);
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('This file holds progress from');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(firstStep(page)).toContainText('Not started');
  await input.setInputFiles(path);
  await dialog.getByRole('button', { name: 'Add it to mine' }).click();
  await expect(firstStep(page)).toContainText('Done');
  await expect(page.getByRole('status').filter({ hasText: 'file was opened' })).toBeVisible();
  expect(await stored(page)).toContain('Carried in a file.');

  // The results page offers the same.
  await page.goto(`${CASE}summary/`);
  await expect(page.getByRole('button', { name: 'Open a progress file' })).toBeVisible();
});
