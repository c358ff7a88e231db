/**
 * The before/after test (issue #12): a warm-up of 12 posts before the article, the other form in
 * the second look, results that separate skill from leaning towards "not accurate", every post
 * explained, and a completion code that carries both tests.
 */
import {
  test,
  expect,
  COLOUR_RULES,
  POSTS,
  ratePosts,
  savedProgress,
  seedProgress,
  waitForIslands,
  writeProgress,
} from './fixtures';
import { encodeAssignment } from '../../src/core/assignment-link';
import { decodeCompletion } from '../../src/core/completion-code';

test('a student takes the warm-up, one module, the second test, reads every post explained, and hands in a code the teacher decodes to the same answers', async ({
  page,
  expectNoAxeViolations,
  foreignRequests,
}) => {
  // The teacher assigns the warm-up, one module and the second look.
  const link = encodeAssignment({
    caseCode: 'pw',
    steps: ['warm-up', 'statistics', 'second-look'],
    classLabel: '9B',
    due: null,
    note: '',
  });
  await page.goto(`/a/#${link}`);
  await expect(page).toHaveURL('/paramedics-walkout/');
  await page
    .getByRole('link', { name: /Warm-up/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Warm-up');
  await waitForIslands(page);

  // Submitting with answers missing names them and moves focus there.
  await page.getByRole('button', { name: 'Save my warm-up answers' }).click();
  const missing = page.getByRole('alert').filter({ hasText: 'Some posts have no answer yet' });
  await expect(missing).toBeFocused();
  await expect(missing.getByRole('link')).toHaveCount(12);
  await missing.getByRole('link', { name: 'Post 3' }).click();
  await expect(page.getByRole('group', { name: /^Post 3 of 12/ })).toBeFocused();
  const warmUp = await ratePosts(page, (post, i) => (i < 10 ? (post.accurate ? 5 : 4) : 1));
  const form = warmUp[0]!.form;
  expect(warmUp.every((p) => p.form === form)).toBe(true);
  expect(warmUp.map((p) => p.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  await expectNoAxeViolations('warm-up, answered');
  // No feedback yet: nothing on the page says which posts are made up.
  await expect(page.getByText('Made up for this lesson', { exact: true })).toHaveCount(0);
  await page.reload();
  await waitForIslands(page);
  // The drawn form is kept: the same posts, with the same answers, after a reload.
  await expect(page.locator('.post__text').first()).toHaveText(warmUp[0]!.text);
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(12);
  await page.getByRole('button', { name: 'Save my warm-up answers' }).click();
  await expect(page.getByRole('heading', { name: /Warm-up saved/ })).toBeFocused();
  await page.getByRole('link', { name: /Next: Compare the statistics/ }).click();
  await expect(page).toHaveURL('/paramedics-walkout/statistics/');

  // The module: here marked done as the statistics page itself would save it.
  const progress = (await savedProgress(page)) as {
    cases: Record<string, { modules: Record<string, unknown> }>;
  };
  progress.cases['paramedics-walkout']!.modules['statistics'] = {
    status: 'done',
    score: { earned: 8, possible: 10 },
    seconds: 600,
  };
  await writeProgress(page, progress);

  // The second look: the other form, answered carefully (one made-up post believed).
  await page.goto('/paramedics-walkout/second-look/');
  await waitForIslands(page);
  const after = await ratePosts(page, (post, i) => (post.accurate ? 6 : i === 10 ? 4 : 1));
  expect(after.every((p) => p.form !== form && (p.form === 'A' || p.form === 'B'))).toBe(true);
  await page.getByRole('button', { name: 'Save and see how I did' }).click();
  const results = page.getByRole('region', { name: 'How you did' });
  await expect(results.getByRole('heading', { name: 'How you did' })).toBeFocused();
  // warm-up: 5 of 6 accurate and 5 of 6 made up rated accurate (d′ ≈ 0): 6 right;
  // after: every accurate post, one made-up one: 11 right, d′ 2.26 — more than chance.
  await expect(results).toContainText('You got better at telling the accurate posts');
  await expect(results.getByRole('row', { name: /Warm-up/ })).toContainText('6 right');
  await expect(results.getByRole('row', { name: /Second look/ })).toContainText('11 right');
  await expect(results.getByRole('row', { name: /Second look/ })).toContainText(
    '7 called accurate',
  );
  // Every post of both forms explained, the made-up ones labelled, the student's answer beside.
  const explained = results.locator('details.explained');
  await expect(explained).toHaveCount(24);
  await expect(results.getByText('Made up for this lesson', { exact: true })).toHaveCount(12);
  const missed = explained.filter({ hasText: after[10]!.text });
  await expect(missed).toHaveAttribute('open', '');
  await expect(missed).toContainText('Your answer: Unsure, maybe accurate (not right)');
  await expect(missed).toContainText('This was made up for this lesson');
  await expect(missed).toContainText('What would have caught it');
  // Students are sent to the organisations' own sites, never to the copies the fact-checker
  // read (content/transfer/posts.yaml sourcePages): no outside link at all.
  await expect(results.locator('a[href^="http"]')).toHaveCount(0);
  const accurate = explained.filter({ hasText: after.find((p) => p.accurate)!.text });
  await expect(accurate).toContainText('Where a careful reader would check:');
  await expectNoAxeViolations('second look, results');

  // The article again, then the code.
  const article = page.getByRole('region', { name: 'Part 2 of 2: the article again' });
  await article
    .getByRole('group', { name: 'How believable is this article?' })
    .getByRole('radio', { name: '2' })
    .check();
  await article.getByRole('radio', { name: 'No', exact: true }).check();
  for (const group of await article.getByRole('group', { name: /^Claim \d/ }).all())
    await group.getByRole('radio', { name: 'Not sure' }).check();
  await article.getByRole('button', { name: 'Save and compare' }).click();
  // The lesson ends on its result screen: focus on its heading, the words matching the result
  // (better: 6 → 11 right, more than chance), a chart with its numbers in words.
  const lessonResult = page.getByRole('region', { name: 'What you found, and what changed' });
  await expect(lessonResult.getByRole('heading', { level: 2 })).toBeFocused();
  await expect(lessonResult).toContainText(
    'Well done: you got better at telling accurate posts from made-up ones',
  );
  await expect(lessonResult).toContainText(
    'you got 6 right in the warm-up and 11 right in the second look',
  );
  await expect(lessonResult).toContainText(
    'You called 10 of them accurate in the warm-up and 7 in the second look, when 6 were.',
  );
  await expect(lessonResult).not.toContainText('more doubt');
  await expect(
    lessonResult.getByRole('img', {
      name: 'Right answers out of 12 on the new posts Warm-up: 6 of 12 right; Second look: 11 of 12 right',
    }),
  ).toBeVisible();
  await expect(lessonResult.getByRole('figure')).toContainText('Right answers out of 12');
  // What was found, step by step (red flags were not assigned, so not done).
  await expect(lessonResult.getByRole('definition').first()).toHaveText('Not done yet');
  // The claims: no first impressions, so nothing to compare with, and said so.
  await expect(lessonResult).toContainText('You gave no first impressions to compare with.');
  // The detailed table stays below it.
  await expect(page.getByRole('region', { name: 'Before and after' })).toBeVisible();
  await expectNoAxeViolations('second look, lesson result');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations('second look, lesson result, dark', COLOUR_RULES);
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/paramedics-walkout/summary/');
  await waitForIslands(page);
  await page.getByLabel('Your name or initials').fill('Ana P.');
  const code = (await page.locator('.code').first().innerText()).trim();
  const decoded = decodeCompletion(code, [{ id: 'paramedics-walkout', code: 'pw' }]);
  expect(decoded.ok && decoded.record.test).toEqual({
    order: form === 'A' ? 'AB' : 'BA',
    before: warmUp.map((p, i) => (i < 10 ? (p.accurate ? 5 : 4) : 1)),
    after: after.map((p, i) => (p.accurate ? 6 : i === 10 ? 4 : 1)),
  });

  // The teacher pastes it: the same numbers.
  await page.goto('/teach/check/');
  await waitForIslands(page);
  await page.getByLabel(/Completion codes/).fill(code);
  await page.getByRole('button', { name: 'Check the codes' }).click();
  const row = page
    .getByRole('region', { name: 'Before/after test: 12 new posts each time' })
    .getByRole('row', { name: /Ana P\./ });
  await expect(row.getByRole('cell')).toHaveText([
    '1',
    '6 → 11',
    // The retention check, a week later, is not in this code yet.
    'not taken',
    'towards accurate → balanced',
    'improved',
    'd′ 0.00 → 2.26c −0.79 → −0.34',
  ]);
  expect(foreignRequests).toEqual([]);
});

test('answering "not accurate" to everything is reported as a lean, not as skill', async ({
  page,
}) => {
  // The warm-up (form A) as the page saves it: every post rated right, but not surely.
  const ratings = Object.fromEntries(
    POSTS.filter((p) => p.form === 'A').map((p) => [p.id, p.accurate ? 5 : 2]),
  );
  await seedProgress(page, {
    version: 1,
    cases: {
      'paramedics-walkout': {
        modules: {
          transfer: {
            status: 'in-progress',
            data: {
              version: 1,
              order: 'AB',
              before: { ratings, completedAt: new Date().toISOString() },
            },
          },
        },
      },
    },
  });
  await page.goto('/paramedics-walkout/second-look/');
  await waitForIslands(page);
  await ratePosts(page, () => 1);
  await page.getByRole('button', { name: 'Save and see how I did' }).click();
  const results = page.getByRole('region', { name: 'How you did' });
  await expect(results).toContainText(
    'You did not yet tell the accurate posts from the made-up ones',
  );
  await expect(results).toContainText(
    'You became more doubtful of every post, the accurate ones too',
  );
  await expect(results).not.toContainText('got better');
  await expect(results.getByRole('row', { name: /Second look/ })).toContainText(
    '0 called accurate',
  );
  // Every accurate post it doubted is open, with why it checks out.
  await expect(results.locator('details.explained[open]')).toHaveCount(6);
  // Printed, every explanation is there; after printing, the page is as it was.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await expect(results.locator('details.explained[open]')).toHaveCount(24);
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect(results.locator('details.explained[open]')).toHaveCount(6);
});
