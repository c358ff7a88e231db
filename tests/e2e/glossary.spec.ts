import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { expect, seedProgress, test, waitForIslands } from './fixtures';

/** The glossary as the content defines it. */
const TERMS = parse(readFileSync('content/glossary.yaml', 'utf8')) as {
  id: string;
  term: string;
  definition: string;
}[];

// A touch screen too: a tap opens a definition as a click does.
test.use({ hasTouch: true });

test('a marked term opens its meaning in place by keyboard and by tap, and /glossary/ lists and prints every term', async ({
  page,
  expectNoAxeViolations,
}) => {
  // The statistics step with its first two figures compared (their explanations mark terms).
  await seedProgress(page, {
    version: 1,
    cases: {
      'paramedics-walkout': {
        modules: {
          statistics: {
            status: 'in-progress',
            data: {
              version: 1,
              guesses: { '01-headline-paramedics': 40000, '04-category-1-target': 7 },
              revealed: ['01-headline-paramedics', '04-category-1-target'],
            },
          },
        },
      },
    },
  });
  await page.goto('/paramedics-walkout/statistics/');
  await waitForIslands(page);
  await page.getByRole('button', { name: /^“Nearly triple the national target”/ }).click();

  // Keyboard: Enter opens the definition, Escape closes it and focus stays on the term.
  const term = page.getByRole('button', { name: 'Category 1 (opens its meaning)' });
  await expect(term).toBeVisible();
  await term.focus();
  await page.keyboard.press('Enter');
  const definition = page.getByRole('definition').filter({ hasText: 'life-threatening' });
  await expect(definition).toBeVisible();
  await expect(definition).toContainText('Category 1 call: In England, the most urgent kind');
  await expectNoAxeViolations('statistics, a glossary definition open');
  await page.keyboard.press('Escape');
  await expect(definition).toBeHidden();
  await expect(term).toBeFocused();
  await page.keyboard.press('Space');
  await expect(definition).toBeVisible();
  await page.keyboard.press('Escape');

  // Touch: a tap opens another term's meaning; its Close button closes it.
  await page.getByRole('button', { name: 'average (opens its meaning)' }).tap();
  const average = page.getByRole('definition').filter({ hasText: 'add up every value' });
  await expect(average).toBeVisible();
  await average.getByRole('button', { name: 'Close' }).tap();
  await expect(average).toBeHidden();

  // The glossary page: every term with its definition, no script files, and all of it in print.
  await page.goto('/glossary/');
  const list = page.getByRole('term');
  await expect(list).toHaveText(
    [...TERMS]
      .sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }))
      .map((t) => t.term),
  );
  for (const t of TERMS)
    await expect(page.locator(`#${t.id}`).getByRole('definition')).toContainText(
      t.definition.slice(0, 40),
    );
  await expect(page.locator('script[src]')).toHaveCount(0);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('definition').last()).toBeVisible();
});
