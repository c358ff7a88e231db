import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import {
  test,
  expect,
  waitForIslands,
  savedProgress,
  seedProgress,
  writeProgress,
  VERDICT_LABEL,
  COLOUR_RULES,
  expectLegendsInsideAtPhoneWidth,
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

const PHONE = { width: 360, height: 740 };

// Every source checked by keyboard alone, to the summary and after a reload: keyboard-story.spec.ts.

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
  // The module as it loads (the first card) is scanned by the crawl (crawl.spec.ts).
  await page.goto(PAGE);
  await waitForIslands(page);
  const first = page.getByRole('region', { name: cards[0]!.title });
  // On a phone the task comes soon: the intro says which sources are the task in a few lines,
  // how lateral reading works is folded away, and the first card starts within 1.2 screens.
  await page.setViewportSize(PHONE);
  await expect(
    page.getByText(/^Your task is the 3 core sources below; the 4 tagged/),
  ).toBeVisible();
  await expect(page.getByText(/^Fact checkers do something most readers skip/)).toBeHidden();
  const firstBox = await first.boundingBox();
  expect(firstBox && firstBox.y <= 0.9 * PHONE.height).toBe(true);
  // The seven sources are one row that scrolls sideways, not five rows above the task.
  const chips = page.locator('.ex-nav').getByRole('button');
  await expect(chips).toHaveCount(cards.length);
  const tops = await chips.evaluateAll((all) =>
    all.map((b) => Math.round(b.getBoundingClientRect().top)),
  );
  expect(new Set(tops).size).toBe(1);
  await page.setViewportSize({ width: 1280, height: 720 });
  await expectLegendsInsideAtPhoneWidth(page, 'nothing chosen yet');
  await first.getByRole('button', { name: 'Check my choice' }).click();
  await expect(first.getByRole('alert')).toBeVisible();
  await expectNoAxeViolations('experts: nothing chosen');
  await expectLegendsInsideAtPhoneWidth(page, 'nothing chosen');
  await first.getByRole('radio', { name: 'Somewhere else (write your own)' }).check();
  await first.getByRole('button', { name: 'Check my choice' }).click();
  await expect(first.getByRole('alert')).toHaveText(
    'Write a few words about where you would check.',
  );
  await expectLegendsInsideAtPhoneWidth(page, 'own answer empty');
  await first.getByLabel('Where would you check, and what would you look for?').fill('A register');
  await first.getByRole('button', { name: 'Check my choice' }).click();
  await expect(first.getByText('Your own idea:')).toBeVisible();
  await expectNoAxeViolations('experts: own-answer feedback and prepared panels');
  await first.getByRole('button', { name: 'Give my verdict' }).click();
  await expect(first.getByRole('alert')).toHaveText('Choose a verdict.');
  await expectLegendsInsideAtPhoneWidth(page, 'no verdict');
  await first.getByRole('radio', { name: VERDICT_LABEL['checkable-supports'] }).check();
  await first.getByRole('radio', { name: 'Very sure' }).check();
  await first.getByRole('button', { name: 'Give my verdict' }).click();
  await expect(first.getByRole('heading', { name: 'Not quite' })).toBeFocused();
  await expect(first).toContainText('Points for this source: −2 of 3.');
  await expectNoAxeViolations('experts: wrong verdict with explanation');
  // The same state in the dark: only colours change there, so only the colour rules can differ.
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations('experts: wrong verdict, dark', COLOUR_RULES);

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
  await expectNoAxeViolations('experts: weak first move, half-right verdict, dark', COLOUR_RULES);
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
