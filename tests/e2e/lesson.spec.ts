import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import {
  test,
  expect,
  waitForIslands,
  savedProgress,
  stepItems,
  expectLegendsInsideAtPhoneWidth,
} from './fixtures';
import { parseArticle } from '../../src/core/article';
import { splitSentences } from '../../src/core/sentences';

const CASE = '/paramedics-walkout/';
const articleText = readFileSync('content/cases/paramedics-walkout/article.txt', 'utf8');

/** Rates each of the 12 posts of a before/after test with the same answer. */
async function ratePosts(page: Page, answer: string) {
  const posts = page.getByRole('group', { name: /^Post \d+ of 12/ });
  await expect(posts).toHaveCount(12);
  for (let i = 0; i < 12; i++) await posts.nth(i).getByRole('radio', { name: answer }).check();
}

/** Answers every first-impressions / second-look question through the form. */
async function answerImpressions(
  page: Page,
  believability: string,
  claimChoice: (i: number) => string,
) {
  const form = page.getByRole('form', { name: 'Your answers' });
  await form
    .getByRole('group', { name: 'How believable is this article?' })
    .getByLabel(believability)
    .check();
  await form.getByRole('group', { name: 'Would you share it?' }).getByLabel('No').check();
  await form.getByLabel('In one sentence: why?').fill('It names nobody I can check.');
  const claims = form.getByRole('group', { name: /^Claim \d/ });
  const count = await claims.count();
  for (let i = 0; i < count; i++) await claims.nth(i).getByLabel(claimChoice(i)).check();
  return count;
}

test('a student gives first impressions, finds them kept, sees them on the overview and at home, and compares them in the second look', async ({
  page,
  expectNoAxeViolations,
  foreignRequests,
}) => {
  // Home as it first loads is scanned by the crawl (crawl.spec.ts). Its time and step count
  // are the lesson's own (it said "five steps" after the warm-up made six): the core's time
  // and everything's, counted from the content.
  await page.goto('/');
  const howLong = await page
    .getByText(/^About \d+ minutes for the core of its 6 steps, and about \d+ with every extra/)
    .innerText();
  const [, coreTotal, fullTotal] = (/About (\d+) .* about (\d+)/.exec(howLong) ?? []).map(Number);
  expect(coreTotal).toBeLessThan(fullTotal!);
  await page.getByRole('link', { name: 'Start the lesson' }).click();
  // The lesson opens with the warm-up: 12 posts, rated before the article.
  await expect(page).toHaveURL(/\/paramedics-walkout\/warm-up\/$/);
  await waitForIslands(page);
  await ratePosts(page, 'Unsure, maybe accurate');
  await page.getByRole('button', { name: 'Save my warm-up answers' }).click();
  await expect(page.getByRole('heading', { name: /Warm-up saved/ })).toBeFocused();
  await page
    .getByRole('link', { name: /Next: First impressions/ })
    .first()
    .click();
  await expect(page).toHaveURL(/\/paramedics-walkout\/first-impressions\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'First impressions' })).toBeVisible();
  await expect(page.getByRole('note')).toContainText('Specimen for critique');
  await expect(page.getByRole('article', { name: 'The article, as published' })).toContainText(
    'Dr. Michael Thornton, a veteran paramedic',
  );
  await waitForIslands(page);

  // On a phone the questions come some 30 screens below the top. The task and its time come
  // first, in the first screen.
  const phone = { width: 360, height: 740 };
  await page.setViewportSize(phone);
  await page.evaluate(() => window.scrollTo(0, 0));
  // Its time is the step's, as the overview gives it (checked there, below).
  const task = page.getByRole('region', { name: /^Your task: about \d+ minutes$/ });
  const taskMinutes = Number(/\d+/.exec(await task.getByRole('heading').innerText())?.[0]);
  await expect(task).toContainText('answer 3 quick questions about it and rate 6 short claims');
  const taskBox = await task.boundingBox();
  expect(taskBox && taskBox.y >= 0 && taskBox.y + taskBox.height <= phone.height).toBe(true);
  // A question that wraps on a phone stays inside its box, not across its top border.
  await expectLegendsInsideAtPhoneWidth(page, 'first impressions');
  // From the middle of the article, one move reaches the questions: the link in the bar at the
  // foot of the screen (a plain in-page link, so it works without JavaScript too).
  await page.getByRole('article', { name: 'The article, as published' }).evaluate((a) => {
    const box = a.getBoundingClientRect();
    window.scrollTo(0, window.scrollY + box.top + box.height / 2);
  });
  const toQuestions = page.getByRole('link', { name: 'Go to the questions' }).last();
  const barBox = await toQuestions.boundingBox();
  expect(barBox && barBox.y >= 0 && barBox.y + barBox.height <= phone.height).toBe(true);
  await toQuestions.click();
  const firstQuestion = page
    .getByRole('form', { name: 'Your answers' })
    .getByRole('group', { name: 'How believable is this article?' });
  await expect(page.getByRole('heading', { name: 'Your answers' })).toBeFocused();
  const questionBox = await firstQuestion.boundingBox();
  expect(
    questionBox && questionBox.y >= 0 && questionBox.y + questionBox.height <= phone.height,
  ).toBe(true);
  // The next Tab goes on from there, to the first answer.
  await page.keyboard.press('Tab');
  await expect(firstQuestion.getByLabel('1 Not at all')).toBeFocused();
  await page.setViewportSize({ width: 1280, height: 720 });

  // Submitting with gaps lists what is missing and moves focus there.
  await page.getByRole('button', { name: 'Save my first impressions' }).click();
  const missing = page.getByRole('alert');
  await expect(missing).toBeFocused();
  await expect(missing).toContainText('How believable the article is');
  await expect(missing).toContainText('Claim 6');
  await expectNoAxeViolations('first impressions with errors');

  // Before: believes every claim equally (discernment 0).
  const claims = await answerImpressions(page, '4', () => 'Probably true');
  expect(claims).toBe(6);
  await page.getByRole('button', { name: 'Save my first impressions' }).click();
  const saved = page.getByRole('heading', { name: /First impressions saved/ });
  await expect(saved).toBeFocused();
  // One call to move on: the page's own Next, just below the saved answers.
  await expect(page.getByRole('link', { name: /^Next: Spot the red flags/ })).toHaveCount(1);
  await expectNoAxeViolations('first impressions saved');

  await page.reload();
  await waitForIslands(page);
  await expect(page.getByRole('heading', { name: /First impressions saved/ })).toBeVisible();
  const progress = (await savedProgress(page)) as {
    version: number;
    cases: Record<string, { firstImpressions: { believability: number; reason: string } }>;
  };
  expect(progress.version).toBe(1);
  expect(progress.cases['paramedics-walkout']?.firstImpressions).toMatchObject({
    believability: 4,
    reason: 'It names nobody I can check.',
  });

  // The overview shows each step with its time and status: the core's time, and with the
  // extras where a step has them; the cores add up to the time home gave.
  await page.goto(CASE);
  const steps = stepItems(page);
  await expect(steps).toHaveCount(6);
  await expect(steps.nth(0)).toContainText('Warm-up');
  await expect(steps.nth(0)).toContainText('Done');
  await expect(steps.nth(1)).toContainText('Done');
  await expect(steps.nth(2)).toContainText(/About \d+ min; \d+ min with the extras/);
  const stepTimes = (await steps.allInnerTexts()).map((text) =>
    Number(/About (\d+) min/.exec(text)?.[1]),
  );
  expect(stepTimes.every((n) => n > 0)).toBe(true);
  expect(stepTimes[1]).toBe(taskMinutes);
  expect(stepTimes.reduce((a, b) => a + b, 0)).toBe(coreTotal);
  await expect(steps.nth(2)).toContainText('Not started');
  await expectNoAxeViolations('overview');

  // Home offers to continue.
  await page.goto('/');
  const cont = page.getByRole('link', { name: 'Continue where you left off' });
  await expect(cont).toBeVisible();
  await expect(page.getByText('Next: Spot the red flags')).toBeVisible();
  await expect(cont).toHaveAttribute('href', `${CASE}red-flags/`);
  await expect(page.getByRole('link', { name: 'Start the lesson' })).toBeHidden();
  await expectNoAxeViolations('home with Continue');

  // A shared computer: the next student starts fresh; the old progress can come back until they save.
  await page.getByRole('button', { name: 'Not you? Start fresh' }).click();
  await expect(page.getByRole('link', { name: 'Start the lesson' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Started fresh' })).toBeVisible();
  await expectNoAxeViolations('home after start fresh');
  await page.getByRole('button', { name: 'Bring back the previous progress' }).click();
  await expect(cont).toBeVisible();

  // The second look compares before and after and scores discernment.
  await page.goto(`${CASE}second-look/`);
  await waitForIslands(page);
  // First impressions are given, so nothing asks for them (it reads like an error otherwise).
  await expect(page.getByText('You have not given your first impressions yet')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Go to first impressions' })).toHaveCount(0);
  // After: accurate claims (1st, 3rd, 5th) believed, the others doubted.
  await answerImpressions(page, '1', (i) => (i % 2 === 0 ? 'Definitely true' : 'Definitely false'));
  await page.getByRole('button', { name: 'Save and compare' }).click();
  // Focus goes to the lesson's result screen above the detail; the posts are not answered yet,
  // so it says what is missing instead of a verdict.
  const lessonResult = page.getByRole('region', { name: 'What you found, and what changed' });
  await expect(lessonResult.getByRole('heading', { level: 2 })).toBeFocused();
  await expect(lessonResult).toContainText(
    'To see what changed, answer the new posts in part 1 of this page.',
  );
  await expect(lessonResult.getByRole('img')).toHaveCount(0);
  await expect(lessonResult).toContainText('went from 0 before the lesson to +4 after it');
  const results = page.getByRole('region', { name: 'Before and after' });
  const row = (name: string) => results.getByRole('row', { name: new RegExp(name) });
  await expect(row('Believability').getByRole('cell')).toHaveText(['4', '1']);
  await expect(row('Would you share it')).toBeVisible();
  await expect(row('accurate claims').first().getByRole('cell')).toHaveText(['4', '5']);
  await expect(row('Discernment').getByRole('cell')).toHaveText(['0', '+4']);
  // The six claims are practice: the gap described, a strong result praised, no claim of skill.
  await expect(results).toContainText(
    'Before the lesson, you rated the accurate and the inaccurate claims about the same on average.',
  );
  await expect(results).toContainText(
    'In the second look, you rated the accurate claims higher than the inaccurate ones, by 4 on average.',
  );
  await expect(
    results.getByText('Well done: you clearly believed the accurate claims'),
  ).toBeVisible();
  await expect(results).not.toContainText('got better');
  await expect(results.getByRole('link', { name: /12 new posts \(above\)/ })).toHaveAttribute(
    'href',
    '#part-posts',
  );
  await expect(results.getByText('Not supported by the evidence')).toHaveCount(3);
  // Every claim was judged rightly, so each is one line; its explanation opens on request.
  await expect(results.getByText('You judged it rightly.')).toHaveCount(6);
  const why = results.getByText(/counted 40,040\s+registered paramedics in its January 2025/);
  await expect(why).toBeHidden();
  await results.getByText('In January 2025 there were about 40,000 registered paramedics').click();
  await expect(why).toBeVisible();
  await expect(
    results.getByRole('link', { name: /Registrant snapshot, January 2025/ }).first(),
  ).toHaveAttribute('rel', 'noopener noreferrer');
  await expectNoAxeViolations('second look results');

  // "Change my answers" brings the saved first impressions back into the form.
  await page.goto(`${CASE}first-impressions/`);
  await waitForIslands(page);
  await page.getByRole('button', { name: 'Change my answers' }).click();
  await expect(page.getByLabel('In one sentence: why?')).toHaveValue(
    'It names nobody I can check.',
  );
  await page.getByRole('link', { name: 'Next: Spot the red flags' }).first().click();
  await expect(page).toHaveURL(/red-flags\/$/);
  expect(foreignRequests).toEqual([]);
});

test('progress is shared live between tabs; "Reset my progress" asks first, then clears everything', async ({
  page,
  context,
}) => {
  // Home on a first visit offers Start.
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Start the lesson' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Continue where you left off' })).toBeHidden();
  const overview = await context.newPage();
  await overview.goto(CASE);
  const status = stepItems(overview)
    .first()
    .getByText(/Not started|In progress|Done/);
  await expect(status).toHaveText('Not started');

  const answering = await context.newPage();
  await answering.goto(`${CASE}warm-up/`);
  await waitForIslands(answering);
  await answering
    .getByRole('group', { name: /^Post 1 of 12/ })
    .getByRole('radio', { name: 'Probably accurate' })
    .check();

  // No reload: the overview and home hear the other tab (home brings in its Continue code).
  await expect(status).toHaveText('In progress');
  await expect(page.getByRole('link', { name: 'Continue where you left off' })).toBeVisible();
  await expect(page.getByText('Next: Warm-up')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Start the lesson' })).toBeHidden();

  const first = stepItems(overview).first();
  overview.once('dialog', (d) => d.dismiss());
  await overview.getByRole('button', { name: 'Reset my progress' }).click();
  await expect(first).toContainText('In progress');
  overview.once('dialog', (d) => d.accept());
  await overview.getByRole('button', { name: 'Reset my progress' }).click();
  await expect(first).toContainText('Not started');
  await expect(
    overview.getByRole('status').filter({ hasText: 'Your progress was reset.' }),
  ).toBeVisible();
});

test('the article reader reproduces every sentence, with paragraph anchors and no reading JavaScript, and prints without the site chrome', async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  await page.goto(`${CASE}article/#p12`);
  const article = page.getByRole('article', { name: 'The article, as published' });
  await expect(page.getByRole('note')).toContainText('does not endorse it');
  const shown = ((await article.textContent()) ?? '').replace(/\s+/g, ' ');
  const parsed = parseArticle(articleText);
  expect(shown).toContain(parsed.headline);
  expect(shown).toContain(parsed.site);
  // Straight from the source text, not from our parser: line by line, bullets stripped.
  const texts = articleText
    .split('\n')
    .slice(1)
    .map((line) => line.replace(/^\s*•\s*/, '').trim())
    .filter(Boolean);
  const missing = texts
    .flatMap((text) => splitSentences(text).map((s) => s.text))
    .filter((sentence) => !shown.includes(sentence.replace(/\s+/g, ' ')));
  expect(missing).toEqual([]);
  await expect(page.locator('#p12')).toBeInViewport();
  await expect(article.getByRole('link', { name: 'Paragraph 12' })).toHaveAttribute('href', '#p12');
  await expect(article.getByRole('heading', { name: 'Sources and References:' })).toBeVisible();
  await expect(
    article.getByRole('listitem').filter({ hasText: 'Multiple UK news outlets' }),
  ).toBeVisible();
  // Reading needs no JavaScript files (the service worker's registration is a tiny inline script).
  expect(scripts).toEqual([]);
  // axe on the article: the crawl (crawl.spec.ts).

  // Printed, the site chrome is left out and the text is kept.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(article).toBeVisible();
  await expect(page.getByText('Specimen for critique')).toBeVisible();
});

test('saved progress that cannot be read is set aside, the student is told once, and the page works', async ({
  page,
  expectNoAxeViolations,
}) => {
  // Home reads it with its own small script.
  await page.goto('/');
  await page.evaluate(() => localStorage.setItem('second-look:progress', '{oops'));
  await page.reload();
  await expect(
    page.getByRole('status').filter({ hasText: 'could not read the progress saved' }),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: 'Start the lesson' })).toBeVisible();
  // Set aside, newest first (every copy is kept: robust.spec.ts).
  const newestCopy = () =>
    page.evaluate(
      () =>
        (
          JSON.parse(localStorage.getItem('second-look:progress:backups') ?? '[]') as {
            raw: string;
          }[]
        )[0]?.raw,
    );
  expect(await newestCopy()).toBe('{oops');
  await expectNoAxeViolations('home with recovery notice');

  // The lesson's pages read it through the store (a browser with no earlier backup).
  await page.evaluate(() => {
    localStorage.removeItem('second-look:progress:backups');
    localStorage.setItem('second-look:progress', '{"version":1,"cases":{"x":');
  });
  await page.goto(CASE);
  const notice = page.getByRole('status').filter({ hasText: 'could not read the progress saved' });
  await expect(notice).toBeVisible();
  await expectNoAxeViolations('overview with recovery notice');
  expect(await newestCopy()).toBe('{"version":1,"cases":{"x":');
  expect(
    (await page.evaluate(() => localStorage.getItem('second-look:progress'))) ?? '',
  ).not.toContain('"x"');
  await expect(stepItems(page).first()).toContainText('Not started');
  // Told once: the next page load has nothing to recover.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(notice).toBeHidden();
});

test('with storage switched off, home and the lesson say so once and still work', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('Storage is disabled', 'SecurityError');
      },
    });
  });
  const notice = page
    .getByRole('status')
    .filter({ hasText: 'not letting the lesson save anything' });
  await page.goto('/');
  await expect(notice).toBeVisible();
  await expect(page.getByRole('link', { name: 'Start the lesson' })).toBeVisible();

  await page.goto(`${CASE}first-impressions/`);
  await waitForIslands(page);
  await expect(notice).toBeVisible();
  await expect(notice).toHaveCount(1);
  await answerImpressions(page, '3', () => 'Not sure');
  await page.getByRole('button', { name: 'Save my first impressions' }).click();
  await expect(page.getByRole('heading', { name: /First impressions saved/ })).toBeVisible();
  await notice.getByRole('button', { name: 'OK, hide this' }).click();
  await expect(notice).toBeHidden();
});

// Every page passes axe and asks nothing of another site: crawl.spec.ts.
