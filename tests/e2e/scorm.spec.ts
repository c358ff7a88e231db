// The SCORM 1.2 package (tools/package-scorm.mjs; `npm test` makes it in the fixtures phase) inside
// an LMS: a host page at a sub-path of another origin, with a real SCORM 1.2 runtime
// (scorm-again) as `window.API`, launching the package's SCO in a frame, as LMSs do.
import { existsSync, readFileSync } from 'node:fs';
import type { FrameLocator, Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { test, expect, POSTS, stepItems } from './fixtures';

const ZIP = 'dist-scorm/second-look-scorm12.zip';
const LMS = 'http://lms.test/lms/course-7/';
const RUNTIME = 'node_modules/scorm-again/dist/scorm12.min.js';

/** The LMS's player: the runtime, seeded from the URL (what the LMS stored). */
const PLAYER = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Course 7</title>
<script src="/vendor/scorm12.js"></script>
<script>
  const stored = JSON.parse(new URLSearchParams(location.search).get('stored') || '{}');
  window.API = new Scorm12API({ autocommit: false, logLevel: 5 });
  API.loadFromJSON({
    core: { student_id: '7', student_name: 'Lovelace, Ada', lesson_status: stored.status || 'not attempted' },
    suspend_data: stored.suspend || '',
  });
  window.lms = { set: {}, commits: 0, finished: false };
  API.on('LMSSetValue.cmi.*', (element, value) => { lms.set[element] = value; });
  API.on('LMSCommit', () => { lms.commits++; });
  API.on('LMSFinish', () => { lms.finished = true; });
</script></head>
<body><iframe src="content/scorm.html" title="Second Look" style="width:1200px;height:800px"></iframe></body></html>`;

const TYPES: Record<string, string> = {
  html: 'text/html',
  js: 'text/javascript',
  css: 'text/css',
  json: 'application/json',
  svg: 'image/svg+xml',
  png: 'image/png',
  ico: 'image/x-icon',
  xml: 'application/xml',
};

interface Lms {
  set: Record<string, string>;
  commits: number;
  finished: boolean;
}

/** Serves the LMS: its player, the runtime, and the package's files under content/. */
async function serveLms(page: Page, files: Record<string, Uint8Array>, requests: string[]) {
  await page.route('http://lms.test/**', (route) => {
    const path = new URL(route.request().url()).pathname;
    requests.push(path);
    if (path === '/vendor/scorm12.js')
      return route.fulfill({ body: readFileSync(RUNTIME), contentType: 'text/javascript' });
    if (path === '/lms/course-7/player.html')
      return route.fulfill({ body: PLAYER, contentType: 'text/html' });
    const name = path.slice('/lms/course-7/content/'.length);
    const body = path.startsWith('/lms/course-7/content/') ? files[name] : undefined;
    if (!body) return route.fulfill({ status: 404, body: 'not in the package' });
    return route.fulfill({
      body: Buffer.from(body),
      contentType: TYPES[name.split('.').pop() ?? ''] ?? 'application/octet-stream',
    });
  });
}

async function launch(page: Page, stored: { suspend?: string; status?: string }) {
  await page.goto(`${LMS}player.html?stored=${encodeURIComponent(JSON.stringify(stored))}`);
  const lesson = page.frameLocator('iframe').frameLocator('#lesson');
  await expect(lesson.getByRole('list', { name: 'Lesson steps' })).toBeVisible();
  return lesson;
}
/** Opens a page of the package in the lesson's frame, as a link would. */
const open = (lesson: FrameLocator, path: string) =>
  lesson
    .locator('body')
    .evaluate(
      (_, to) => location.assign((window as unknown as { __slRoot: string }).__slRoot + to),
      path,
    );
const lms = (page: Page) => page.evaluate(() => (window as unknown as { lms: Lms }).lms);
const steps = (lesson: FrameLocator) =>
  lesson.getByRole('list', { name: 'Lesson steps' }).getByRole('listitem');

/** Everything done but the statistics' number drift: one click finishes the lesson. */
const taken = (form: 'A' | 'B') => ({
  ratings: Object.fromEntries(POSTS.filter((p) => p.form === form).map((p) => [p.id, 4])),
  completedAt: '2026-12-01T09:00:00.000Z',
});
const impressions = (reason: string) => ({
  believability: 2,
  share: 'no',
  reason,
  claims: { 'nurses-left-year': 4, 'response-times-hidden': 1 },
  completedAt: '2026-12-01T09:00:00.000Z',
});
const done = (earned: number) => ({ status: 'done', score: { earned, possible: 10 }, seconds: 60 });
const ALMOST = {
  version: 1,
  cases: {
    'paramedics-walkout': {
      firstImpressions: impressions('It sounded urgent.'),
      secondLook: impressions('Nobody in it can be checked.'),
      modules: {
        transfer: {
          status: 'done',
          data: { version: 1, order: 'AB', before: taken('A'), after: taken('B') },
        },
        'red-flags': done(7),
        experts: done(5),
        statistics: {
          status: 'in-progress',
          data: {
            version: 1,
            guesses: {
              '01-headline-paramedics': 40000,
              '04-category-1-target': 7,
              '06-emergency-zones': 'unseen',
            },
            revealed: ['01-headline-paramedics', '04-category-1-target', '06-emergency-zones'],
          },
        },
      },
    },
  },
};

test('in an LMS: status, score and name reach the runtime; the work resumes on another computer from suspend data; hostile suspend data is set aside with the usual notice', async ({
  page,
}) => {
  test.skip(!existsSync(ZIP), `${ZIP} is missing: run npm run package:scorm first`);
  const files = unzipSync(new Uint8Array(readFileSync(ZIP)));
  const requests: string[] = [];
  await serveLms(page, files, requests);
  // The site's Content-Security-Policy holds in the package: nothing it runs is refused.
  const refused: string[] = [];
  page.on(
    'console',
    (m) => void (/Content Security Policy/i.test(m.text()) && refused.push(m.text())),
  );

  // What an LMS stored from elsewhere (here: a progress document as the site saves it) goes
  // through the lesson's own check, and opens where the student was.
  let lesson = await launch(page, { suspend: JSON.stringify(ALMOST) });
  await expect.poll(async () => (await lms(page)).set['cmi.core.lesson_status']).toBe('incomplete');
  // The average of the scored steps' percentages, a step not done counting 0: (70 + 50 + 0) / 3.
  expect((await lms(page)).set['cmi.core.score.raw']).toBe('40');

  await lesson
    .getByRole('link', { name: /Compare the statistics/ })
    .first()
    .click();
  await lesson.getByRole('button', { name: /Follow the 40,000 from source to headline/ }).click();
  await expect(lesson.getByRole('region', { name: /Number drift/ })).toBeVisible();
  await expect.poll(async () => (await lms(page)).set['cmi.core.lesson_status']).toBe('completed');
  // The step's Next is a link its script builds to a folder: in the package it opens the
  // folder's index.html (LMSs serve files, not folders).
  await lesson.getByRole('link', { name: 'Next: Second look' }).click();
  await expect(lesson.getByRole('heading', { level: 1, name: /Second look/ })).toBeVisible();

  // The results page: the LMS's name on the completion code, and the percentages the score
  // averages: (70 + 50 + the statistics') / 3.
  await open(lesson, 'paramedics-walkout/summary/index.html');
  const results = lesson.getByRole('table').first();
  const row = results.getByRole('row', { name: /Compare the statistics/ });
  await expect(row).toContainText(/Done: \d+%/);
  const percent = Number(/Done: (\d+)%/.exec(await row.innerText())?.[1]);
  expect((await lms(page)).set['cmi.core.score.raw']).toBe(
    String(Math.round((70 + 50 + percent) / 3)),
  );
  await expect(lesson.getByLabel('Your name or initials')).toHaveValue('Ada Lovelace');
  await expect(lesson.locator('[data-completion-code]')).toHaveText(
    /^[0-9A-Z]{4}(-[0-9A-Z]{1,4})+$/,
  );

  // Leaving the course finishes the session, with the work committed as suspend data.
  await page.evaluate(() => document.querySelector('iframe')?.remove());
  const first = await lms(page);
  expect(first.finished).toBe(true);
  expect(first.commits).toBeGreaterThan(1);
  expect(first.set['cmi.core.session_time']).toMatch(/^\d{4}:\d\d:\d\d\.\d\d$/);
  const suspend = first.set['cmi.suspend_data'] ?? '';
  expect(suspend).toMatch(/^SL1/);
  expect(suspend.length).toBeLessThanOrEqual(4096);

  // Another computer: nothing in this browser, the LMS's suspend data only.
  await page.evaluate(() => localStorage.clear());
  lesson = await launch(page, { suspend, status: 'completed' });
  await expect(steps(lesson).filter({ hasText: 'Compare the statistics' })).toContainText(
    `Done: ${percent}%`,
  );
  await expect(steps(lesson).filter({ hasText: 'Spot the red flags' })).toContainText('Done: 70%');
  // Not "nothing sent anywhere": the footer says the LMS keeps the progress too.
  await expect(lesson.getByRole('contentinfo')).toContainText('by the learning platform');
  await open(lesson, 'paramedics-walkout/summary/index.html');
  await expect(lesson.getByRole('region', { name: 'Your written answers' })).toContainText(
    'Nobody in it can be checked.',
  );

  // Suspend data that is not the lesson's, or is hostile: set aside like bad saved progress.
  let dialogs = 0;
  page.on('dialog', (d) => void (dialogs++, d.dismiss()));
  // (Each kind of data the package refuses: tests/unit/scorm.test.ts.)
  await page.evaluate(() => localStorage.clear());
  lesson = await launch(page, { suspend: '<img src=x onerror=alert(1)>' });
  await expect(
    lesson.getByText('We could not read the progress saved in this browser'),
  ).toBeVisible();
  await expect(steps(lesson).first()).toContainText('Not started');
  await expect.poll(async () => (await lms(page)).set['cmi.core.lesson_status']).toBe('incomplete');
  // The fresh start goes back to the LMS as the student's suspend data.
  await expect.poll(async () => (await lms(page)).set['cmi.suspend_data']).toMatch(/^SL1/);

  // Outside an LMS (no API up the frames or from an opener) the launch page opens the lesson as
  // the site does.
  await page.goto(`${LMS}content/scorm.html`);
  await expect(page).toHaveURL(`${LMS}content/paramedics-walkout/index.html`);
  await expect(stepItems(page).first()).toContainText('Not started');

  // Storage refused altogether (a third-party frame with cookies blocked, say): the lesson keeps
  // its work in its frame's name, which is where the LMS's copy goes, and what the LMS reads.
  await page.addInitScript(() => {
    for (const name of ['localStorage', 'sessionStorage'])
      Object.defineProperty(window, name, {
        get() {
          throw new DOMException('Storage is disabled', 'SecurityError');
        },
      });
  });
  lesson = await launch(page, { suspend, status: 'completed' });
  await expect(steps(lesson).filter({ hasText: 'Compare the statistics' })).toContainText(
    `Done: ${percent}%`,
  );
  expect((await lms(page)).set['cmi.core.score.raw']).toBe(
    String(Math.round((70 + 50 + percent) / 3)),
  );

  expect(dialogs).toBe(0);
  expect(refused).toEqual([]);
  // Nothing but the LMS's own files and the package's.
  expect(requests.every((p) => p.startsWith('/lms/course-7/') || p === '/vendor/scorm12.js')).toBe(
    true,
  );
});
