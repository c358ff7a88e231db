import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { citeIds, parseArticle, quoteInText } from '../../src/core/article';
import { readSources } from '../../src/content/case-files';
import { statisticsEntrySchema, type StatisticsEntry } from '../../src/modules/statistics/schema';
import { checkStatistics, type StatisticsFile } from '../../src/content/checks/statistics';
import { formatIssues } from '../../src/content/errors';

const CASE = 'content/cases/paramedics-walkout';
const DIR = join(CASE, 'statistics');
const article = parseArticle(readFileSync(join(CASE, 'article.txt'), 'utf8'));
const sourceIds = new Set(readSources('content/sources.yaml').map((s) => s.id));

function readMdx(file: string): { frontmatter: unknown; body: string } {
  const text = readFileSync(join(DIR, file), 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${file}: no frontmatter`);
  return { frontmatter: parseYaml(match[1] ?? ''), body: match[2] ?? '' };
}

const names = readdirSync(DIR)
  .filter((f) => f.endsWith('.mdx'))
  .sort();
const files = names.map((name) => ({ name, ...readMdx(name) }));
const results = files.map(({ name, frontmatter }) => ({
  name,
  result: statisticsEntrySchema.safeParse(frontmatter),
}));
const parsed: StatisticsFile[] = results.flatMap(({ name, result }) =>
  result.success ? [{ file: name, data: result.data }] : [],
);
const figures = parsed.filter((f) => f.data.kind !== 'drift');

/** A valid sourced figure to break one field at a time. */
function sample(): StatisticsEntry {
  const first = parsed.find((f) => f.data.kind === 'sourced');
  if (!first) throw new Error('no sourced figure');
  return structuredClone(first.data);
}

describe('statistics content', () => {
  test('every file matches the schema', () => {
    const problems = results.flatMap(({ name, result }) =>
      result.success ? [] : [`${name}: ${formatIssues(result.error.issues).join('; ')}`],
    );
    expect(problems).toEqual([]);
    expect(parsed.length).toBeGreaterThan(0);
  });

  test('covers the figures the issue asks for, in article order', () => {
    const quotes = figures
      .slice()
      .sort((a, b) => a.data.order - b.data.order)
      .map((f) => (f.data.kind === 'drift' ? '' : f.data.article.figure));
    expect(quotes).toEqual([
      '40,000',
      '40,000',
      '40,000',
      'nearly triple',
      'triple',
      '61',
      '5,700',
      'nearly triple',
      '17-hour',
      '11:42 a.m.',
    ]);
    expect(parsed.filter((f) => f.data.kind === 'drift')).toHaveLength(1);
  });

  test('every quote is in the article, every real figure has a registered source', () => {
    expect(checkStatistics(parsed, { article, sourceIds })).toEqual([]);
  });

  test.each(files.map((f) => [f.name, f.body] as const))(
    '%s cites only registered sources',
    (_name, body) => {
      expect(citeIds(body).filter((id) => !sourceIds.has(id))).toEqual([]);
    },
  );

  test('every comparison with real figures cites its sources in the explanation', () => {
    for (const { name, body } of files) {
      const data = parsed.find((p) => p.file === name)?.data;
      if (data?.kind !== 'sourced') continue;
      const cited = new Set(citeIds(body));
      const used = data.real.flatMap((r) => r.sources);
      expect(
        used.filter((id) => !cited.has(id)),
        name,
      ).toEqual([]);
    }
  });

  test('every sourced figure compares the claim with at least one real value', () => {
    for (const { data } of parsed) {
      if (data.kind !== 'sourced') continue;
      expect(data.real.filter((r) => r.kind === 'real').length).toBeGreaterThan(0);
    }
  });

  test('the drift starts at a source and ends at the headline', () => {
    const drift = parsed.find((f) => f.data.kind === 'drift')?.data;
    if (drift?.kind !== 'drift') throw new Error('no drift');
    expect(drift.steps[0]?.sources?.length).toBeGreaterThan(0);
    expect(drift.steps.at(-1)?.paragraph).toBe('headline');
  });
});

describe('checks that fail on bad content', () => {
  const ctx = { article, sourceIds };

  test('a quote that is not in the article fails, naming file and field', () => {
    const data = sample();
    if (data.kind === 'drift') throw new Error();
    data.quote = '45,000 Paramedics WALK OUT';
    expect(checkStatistics([{ file: 'x.mdx', data }], ctx)).toContain(
      'x.mdx: (top level).quote: "45,000 Paramedics WALK OUT" is not in headline of the article',
    );
  });

  test('a quote in the wrong paragraph fails', () => {
    const data = sample();
    if (data.kind === 'drift') throw new Error();
    data.paragraph = 'p4';
    expect(checkStatistics([{ file: 'x.mdx', data }], ctx)[0]).toMatch(/is not in p4/);
  });

  test('a figure that is not in its quote fails', () => {
    const data = sample();
    if (data.kind === 'drift') throw new Error();
    data.article.figure = '41,000';
    expect(checkStatistics([{ file: 'x.mdx', data }], ctx)).toEqual([
      'x.mdx: article.figure: "41,000" is not in the quote',
    ]);
  });

  test('a real figure citing an unregistered source fails', () => {
    const data = sample();
    if (data.kind !== 'sourced') throw new Error();
    data.real[0]!.sources = ['made-up-source'];
    expect(checkStatistics([{ file: 'x.mdx', data }], ctx)).toEqual([
      'x.mdx: real.0.sources.0: "made-up-source" is not a source in content/sources.yaml',
    ]);
  });

  test('a real figure with no source at all fails the schema', () => {
    const { frontmatter } = readMdx(names[0] ?? '');
    const broken = structuredClone(frontmatter) as { real: { sources: string[] }[] };
    broken.real[0]!.sources = [];
    const result = statisticsEntrySchema.safeParse(broken);
    expect(result.success).toBe(false);
    expect(formatIssues(result.error?.issues ?? []).join('\n')).toMatch(
      /real\.0\.sources: a real figure needs a source/,
    );
  });

  test('a real figure missing its sources field fails the schema', () => {
    const { frontmatter } = readMdx(names[0] ?? '');
    const broken = structuredClone(frontmatter) as { real: Record<string, unknown>[] };
    delete broken.real[0]!['sources'];
    expect(statisticsEntrySchema.safeParse(broken).success).toBe(false);
  });

  test('two figures with the same order fail', () => {
    const a = sample();
    const b = sample();
    expect(
      checkStatistics(
        [
          { file: 'a.mdx', data: a },
          { file: 'b.mdx', data: b },
        ],
        ctx,
      ),
    ).toContain('b.mdx: order: 1 is also used by a.mdx');
  });

  test.each([
    ['an answer outside the range', { answer: 2_000_000 }, /answer: must be between min and max/],
    ['a log scale from zero', { min: 0 }, /min: a log scale needs min above 0/],
    ['a half band narrower than the full band', { bands: { full: 1.5, half: 1.2 } }, /bands\.half/],
  ])('a number question with %s fails', (_what, patch, message) => {
    const { frontmatter } = readMdx(names[0] ?? '');
    const broken = structuredClone(frontmatter) as { question: Record<string, unknown> };
    Object.assign(broken.question, patch);
    const result = statisticsEntrySchema.safeParse(broken);
    expect(formatIssues(result.error?.issues ?? []).join('\n')).toMatch(message);
  });
});

describe('quoteInText', () => {
  test.each([
    ['exact words', '40,000 paramedics', 'Now 40,000 paramedics left', true],
    [
      'an ellipsis for left-out words',
      '61 emergency zones … downgraded',
      '61 emergency zones were downgraded',
      true,
    ],
    ['three dots as an ellipsis', '61 zones ... downgraded', '61 zones were downgraded', true],
    ['curly and straight quotes alike', "won't", 'ministers won’t acknowledge', true],
    ['pieces out of order', 'downgraded … 61', '61 zones were downgraded', false],
    ['a changed number', '41,000 paramedics', '40,000 paramedics', false],
    ['an empty quote', ' … ', 'anything', false],
  ])('%s', (_what, quote, text, expected) => {
    expect(quoteInText(quote, text)).toBe(expected);
  });
});
