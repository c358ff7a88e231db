import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import {
  test,
  expect,
  waitForIslands,
  savedProgress,
  seedProgress,
  writeProgress,
  tabTo,
  VERDICT_LABEL,
} from './fixtures';

const PAGE = '/paramedics-walkout/experts/';
const DIR = 'content/cases/paramedics-walkout/experts';
const FACTS = '../shared/FACTS.md';

interface Card {
  id: string;
  title: string;
  short: string;
  verdict: 'checkable-supports' | 'checkable-differs' | 'cannot-check';
  partialVerdicts: { verdict: string }[];
}
/** The answer key, straight from the content files. */
const cards: Card[] = readdirSync(DIR)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => {
    const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(`${DIR}/${f}`, 'utf8'))?.[1] ?? '';
    return { id: f.replace(/\.mdx$/, ''), ...parseYaml(front) } as Card & { order: number };
  })
  .sort((a, b) => a.order - b.order);

/** What the step teaches, shown with the summary. */
const recap = (
  parseYaml(readFileSync('content/cases/paramedics-walkout/case.yaml', 'utf8')) as {
    steps: { id: string; recap?: string }[];
  }
).steps.find((s) => s.id === 'experts')?.recap as string;

/** Saved progress with every card answered: the expected verdict, very sure. */
function allAnswered(extraModules: Record<string, unknown> = {}) {
  const answers = Object.fromEntries(
    cards.map((c) => [
      c.id,
      { check: 'own', own: 'x', verdict: c.verdict, confidence: 'very-sure' },
    ]),
  );
  return {
    version: 1,
    cases: {
      'paramedics-walkout': {
        modules: {
          ...extraModules,
          experts: {
            status: 'done',
            score: { earned: 3 * cards.length, possible: 3 * cards.length },
            data: { version: 1, cards: answers },
          },
        },
      },
    },
  };
}

test('a student checks every source by keyboard alone, reaches the summary, and finds it all after a reload', async ({
  page,
  foreignRequests,
}) => {
  test.setTimeout(90_000); // generous: shared CI machines can be slow
  await page.goto(PAGE);
  await waitForIslands(page);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Check the named experts' }),
  ).toBeVisible();

  const nav = page.getByRole('navigation', { name: 'Sources to check' });
  await expect(nav.getByRole('button')).toHaveCount(cards.length);

  for (const [i, card] of cards.entries()) {
    const section = page.getByRole('region', { name: card.title });
    await expect(section.getByText(`Source ${i + 1} of ${cards.length}`)).toBeVisible();

    // 1. The claim links to its paragraph in the reader.
    await expect(
      section.getByRole('link', { name: /^Read it in the article/ }).first(),
    ).toHaveAttribute('href', /\/paramedics-walkout\/article\/#(p\d+(-\d+)?|headline)$/);

    // 2. Check first: the first card tries to submit empty, the second writes its own answer.
    const check = section.getByRole('button', { name: 'Check my choice' });
    const firstOption = section
      .getByRole('group', { name: /What would you check first/ })
      .getByRole('radio')
      .first();
    if (i === 0) {
      await tabTo(page, check);
      await page.keyboard.press('Enter');
      await expect(section.getByRole('alert')).toHaveText('Choose one of the options first.');
      await expect(firstOption).toBeFocused();
    }
    await tabTo(page, firstOption);
    if (i === 1) {
      await page.keyboard.press('ArrowUp'); // wraps to "Somewhere else"
      await expect(
        section.getByRole('radio', { name: 'Somewhere else (write your own)' }),
      ).toBeChecked();
      await page.keyboard.press('Tab');
      await page.keyboard.type('The university staff pages');
    } else {
      await page.keyboard.press('Space');
    }
    await tabTo(page, check);
    await page.keyboard.press('Enter');
    await expect(section.getByRole('heading', { name: 'Feedback on your choice' })).toBeFocused();
    await expect(
      page.getByRole('status').filter({ hasText: /first move|Compare your idea/ }),
    ).toHaveCount(1);
    if (i === 1) await expect(section).toContainText('The university staff pages');

    // 3. What a check finds, labelled as prepared for the lesson.
    await expect(section.getByText('Prepared for this lesson').first()).toBeVisible();
    await expect(section.getByRole('heading', { name: '3. What a check finds' })).toBeVisible();

    // 4. Verdict: the expected one, very sure, except a half-right one for the Nuffield Trust.
    const verdict = card.short === 'Nuffield Trust' ? 'checkable-supports' : card.verdict;
    const verdictGroup = section.getByRole('group', {
      name: 'What does the check show about this source?',
    });
    await tabTo(page, verdictGroup.getByRole('radio').first());
    const downs = { 'checkable-supports': 0, 'checkable-differs': 1, 'cannot-check': 2 }[verdict];
    if (downs === 0) await page.keyboard.press('Space');
    for (let k = 0; k < downs; k++) await page.keyboard.press('ArrowDown');
    await expect(verdictGroup.getByRole('radio', { name: VERDICT_LABEL[verdict] })).toBeChecked();
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(section.getByRole('radio', { name: 'Very sure' })).toBeChecked();
    await tabTo(page, section.getByRole('button', { name: 'Give my verdict' }));
    await page.keyboard.press('Enter');

    const outcome = verdict === card.verdict ? 'Right' : 'Half right';
    await expect(section.getByRole('heading', { name: outcome, exact: true })).toBeFocused();
    await expect(section).toContainText(
      `Points for this source: ${outcome === 'Right' ? '3' : '1.5'} of 3.`,
    );
    await expect(section.getByRole('heading', { name: 'The explained answer' })).toBeVisible();
    if (card.short === 'Nuffield Trust') {
      await expect(section).toContainText('40,365 nurses');
      await expect(section.getByRole('table')).toContainText('NHS England');
    }

    const next = section.getByRole('button', {
      name: i + 1 < cards.length ? `Next source: ${cards[i + 1]!.short}` : 'See the summary',
    });
    await tabTo(page, next);
    await page.keyboard.press('Enter');
  }

  // The summary: how many sources anyone can check, as chips with words, and the score.
  const summary = page.getByRole('heading', { level: 2, name: 'What the checks show' });
  await expect(summary).toBeFocused();
  await expect(
    page.getByText('2 of the 7 sources this article leans on can be checked by anyone.'),
  ).toBeVisible();
  const chips = page
    .getByRole('list', { name: 'The sources, by what a check shows' })
    .getByRole('listitem');
  await expect(chips).toHaveCount(cards.length);
  await expect(chips.first()).toHaveText(/Dr\. Thornton\s*Cannot be checked/);
  await expect(page.getByText('Your score: 19.5 of 21 points (93%).')).toBeVisible();
  await expect(page.getByText(recap, { exact: true })).toBeVisible();

  expect(await savedProgress(page)).toMatchObject({
    cases: {
      'paramedics-walkout': {
        modules: { experts: { status: 'done', score: { earned: 19.5, possible: 21 } } },
      },
    },
  });
  // The time on the step is kept for the summary (the walk through takes several seconds).
  const spent = (await savedProgress(page)) as {
    cases: Record<string, { modules: Record<string, { seconds?: number }> }>;
  };
  expect(spent.cases['paramedics-walkout']?.modules['experts']?.seconds).toBeGreaterThan(0);

  await page.reload();
  await waitForIslands(page);
  await expect(page.getByRole('heading', { level: 2, name: 'What the checks show' })).toBeVisible();
  await expect(page.getByText('Your score: 19.5 of 21 points (93%).')).toBeVisible();
  await page
    .getByRole('navigation', { name: 'Sources to check' })
    .getByRole('button', { name: /Dr\. Hendricks/ })
    .click();
  await expect(page.getByRole('region', { name: cards[1]!.title })).toContainText(
    'The university staff pages',
  );

  await page.goto('/paramedics-walkout/');
  await expect(
    page
      .getByRole('listitem')
      .filter({ has: page.getByRole('link', { name: 'Check the named experts' }) }),
  ).toContainText('Done: 93%');
  expect(foreignRequests).toEqual([]);
});

test('every external address in the module opens in a new tab and is one the fact sheet checked', async ({
  page,
}) => {
  const facts = existsSync(FACTS) ? readFileSync(FACTS, 'utf8') : null;
  // Without ../shared beside the project only the new-tab half can run; say so in the report.
  if (!facts) test.info().annotations.push({ type: 'partial', description: `${FACTS} not found` });
  await seedProgress(page, allAnswered());
  await page.goto(PAGE);
  await waitForIslands(page);
  const seen = new Set<string>();
  const collect = async () => {
    for (const link of await page.locator('main a[href^="http"]').all()) {
      const href = (await link.getAttribute('href')) ?? '';
      expect(await link.getAttribute('target'), href).toBe('_blank');
      expect((await link.getAttribute('rel'))?.split(/\s+/).sort(), href).toEqual([
        'noopener',
        'noreferrer',
      ]);
      expect(href).not.toMatch(/wikimili|prod\.hcpc-uk\.org\/check-the-register/);
      if (facts) expect(facts, href).toContain(href);
      seen.add(href);
    }
  };
  await collect();
  const buttons = page.getByRole('navigation', { name: 'Sources to check' }).getByRole('button');
  for (const card of cards) {
    await buttons.filter({ hasText: card.short }).click();
    await expect(page.getByRole('heading', { level: 2, name: card.title })).toBeFocused();
    await collect();
  }
  expect(seen).toContain('https://www.hcpc-uk.org');
  expect(seen.size).toBeGreaterThan(10);

  // The answer key for readers without JavaScript links the same way.
  await page.goto(`${PAGE}answers/`);
  const keyLinks = await page
    .locator('main a[href^="http"]')
    .evaluateAll((links) =>
      links.map((a) => ['href', 'target', 'rel'].map((name) => a.getAttribute(name) ?? '')),
    );
  expect(keyLinks.length).toBeGreaterThan(10);
  for (const [href, target, rel] of keyLinks) {
    expect(target, href).toBe('_blank');
    expect(rel, href).toBe('noopener noreferrer');
    if (facts) expect(facts).toContain(href);
  }
});

test('axe finds no violations in any state of the module, light and dark', async ({
  page,
  expectNoAxeViolations,
}) => {
  test.setTimeout(90_000); // generous: shared CI machines can be slow
  await page.goto(PAGE);
  await waitForIslands(page);
  await expectNoAxeViolations('experts: first card');
  const first = page.getByRole('region', { name: cards[0]!.title });
  await first.getByRole('button', { name: 'Check my choice' }).click();
  await expect(first.getByRole('alert')).toBeVisible();
  await expectNoAxeViolations('experts: nothing chosen');
  await first.getByRole('radio', { name: 'Somewhere else (write your own)' }).check();
  await first.getByRole('button', { name: 'Check my choice' }).click();
  await expect(first.getByRole('alert')).toHaveText(
    'Write a few words about where you would check.',
  );
  await first.getByLabel('Where would you check, and what would you look for?').fill('A register');
  await first.getByRole('button', { name: 'Check my choice' }).click();
  await expect(first.getByText('Your own idea:')).toBeVisible();
  await expectNoAxeViolations('experts: own-answer feedback and prepared panels');
  await first.getByRole('button', { name: 'Give my verdict' }).click();
  await expect(first.getByRole('alert')).toHaveText('Choose a verdict.');
  await first.getByRole('radio', { name: VERDICT_LABEL['checkable-supports'] }).check();
  await first.getByRole('radio', { name: 'Very sure' }).check();
  await first.getByRole('button', { name: 'Give my verdict' }).click();
  await expect(first.getByRole('heading', { name: 'Not quite' })).toBeFocused();
  await expect(first).toContainText('Points for this source: −2 of 3.');
  await expectNoAxeViolations('experts: wrong verdict with explanation');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations('experts: wrong verdict, dark');

  const nuffield = cards.find((c) => c.short === 'Nuffield Trust')!;
  await page.getByRole('button', { name: /Nuffield Trust/ }).click();
  const card = page.getByRole('region', { name: nuffield.title });
  await card.getByRole('radio', { name: /staff directory/ }).check();
  await card.getByRole('button', { name: 'Check my choice' }).click();
  await expect(card.getByText('Not the strongest first move').first()).toBeVisible();
  await card.getByText('What the other options would give').click();
  await card.getByRole('radio', { name: VERDICT_LABEL['checkable-supports'] }).check();
  await card.getByRole('radio', { name: 'Fairly sure' }).check();
  await card.getByRole('button', { name: 'Give my verdict' }).click();
  await expect(card.getByRole('heading', { name: 'Half right' })).toBeFocused();
  await expectNoAxeViolations('experts: weak first move, half-right verdict, dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await expectNoAxeViolations('experts: weak first move, half-right verdict');

  await writeProgress(page, allAnswered());
  await page.reload();
  await waitForIslands(page);
  await expect(page.getByRole('heading', { name: 'What the checks show' })).toBeVisible();
  await expectNoAxeViolations('experts: summary');
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('button', { name: 'Yes, start again' })).toBeFocused();
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations('experts: summary with try-again question, dark');
  await page.setViewportSize({ width: 360, height: 740 });
  await expectNoAxeViolations('experts: summary at 360 px, dark');
});

test('unreadable saved answers start fresh with one notice, and "Try again" clears only this step', async ({
  page,
}) => {
  const redFlags = { 'red-flags': { status: 'done', score: { earned: 5, possible: 10 } } };
  await seedProgress(page, {
    version: 1,
    cases: {
      'paramedics-walkout': {
        modules: { ...redFlags, experts: { status: 'in-progress', data: { cards: 'oops' } } },
      },
    },
  });
  await page.goto(PAGE);
  await waitForIslands(page);
  const notice = page.getByText(
    'We could not read your saved answers for this step, so it starts fresh.',
  );
  await expect(notice).toBeVisible();
  await expect(notice).toHaveCount(1);
  const first = page.getByRole('region', { name: cards[0]!.title });
  await first.getByRole('radio').first().check();
  await first.getByRole('button', { name: 'Check my choice' }).click();
  await expect(notice).toBeHidden();

  await writeProgress(page, allAnswered(redFlags));
  await page.reload();
  await waitForIslands(page);
  await expect(page.getByText('Your score: 21 of 21 points (100%).')).toBeVisible();
  await page.getByRole('button', { name: 'Try again' }).click();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('button', { name: 'Try again' })).toBeFocused();
  await page.getByRole('button', { name: 'Try again' }).click();
  await page.getByRole('button', { name: 'Yes, start again' }).click();
  await expect(page.getByRole('heading', { level: 2, name: cards[0]!.title })).toBeFocused();
  await expect(page.getByRole('button', { name: 'Check my choice' })).toBeVisible();
  const saved = (await savedProgress(page)) as {
    cases: Record<string, { modules: Record<string, unknown> }>;
  };
  expect(saved.cases['paramedics-walkout']?.modules['experts']).toBeUndefined();
  expect(saved.cases['paramedics-walkout']?.modules['red-flags']).toMatchObject({ status: 'done' });
});
