import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { readCases, readSources } from '../../src/content/case-files';
import { formatIssues } from '../../src/content/errors';
import { expertCardSchema, type ExpertCard } from '../../src/modules/experts/schema';
import { cardProblems } from '../../src/content/checks/experts';
import { citeIds, textOf } from '../../src/core/article';
import { summarise } from '../../src/modules/experts/scoring';

const CASE = 'paramedics-walkout';
const DIR = join('content/cases', CASE, 'experts');
const FACTS = '../shared/FACTS.md';

const article = readCases('content/cases').find((c) => c.id === CASE)!.data.article;
const sources = readSources('content/sources.yaml');
const sourceIds = new Set(sources.map((s) => s.id));

interface CardFile {
  file: string;
  raw: unknown;
  body: string;
}

function readCards(): CardFile[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => {
      const text = readFileSync(join(DIR, f), 'utf8');
      const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
      if (!match) throw new Error(`${f}: no frontmatter`);
      return { file: f, raw: parseYaml(match[1] ?? ''), body: match[2] ?? '' };
    });
}

const files = readCards();
const cards = files.map(({ file, raw, body }) => {
  const parsed = expertCardSchema.safeParse(raw);
  return { file, raw, body, parsed, card: parsed.success ? parsed.data : undefined };
});
const valid = cards.map((c) => c.card).filter((c): c is ExpertCard => c !== undefined);

function clone(card: ExpertCard): ExpertCard {
  return structuredClone(card);
}

describe('the source cards', () => {
  test.each(cards.map((c) => [c.file, c] as const))('%s matches the card schema', (_f, c) => {
    expect(c.parsed.success ? [] : formatIssues(c.parsed.error.issues)).toEqual([]);
  });

  test.each(cards.map((c) => [c.file, c] as const))(
    '%s quotes the article word for word, in the paragraph named, and cites registered sources',
    (_f, c) => {
      expect(cardProblems(c.card!, article, sourceIds)).toEqual([]);
    },
  );

  test('the cards cover every source the issue lists, in this order', () => {
    const ordered = [...valid].sort((a, b) => a.order - b.order);
    expect(ordered.map((c) => c.kind)).toEqual([
      'named-expert',
      'named-expert',
      'organisation',
      'documents',
      'anonymous',
      'publisher',
      'sources-list',
    ]);
    const quoted = ordered.flatMap((c) => c.quotes.map((q) => q.text)).join(' | ');
    for (const phrase of [
      'Dr. Michael Thornton, a veteran paramedic',
      'Dr. Sarah Hendricks, a sociologist',
      'University of Birmingham',
      'The Nuffield Trust analysis',
      'internal Home Office analysis',
      'leaked internal correspondence',
      'internal briefing',
      'body camera footage',
      'sources within Number 10',
      'One senior insider',
      'senior dispatcher',
      'senior emergency planners',
      'News UK',
      'Multiple UK news outlets',
    ])
      expect(quoted).toContain(phrase);
    expect(new Set(ordered.map((c) => c.order)).size).toBe(ordered.length);
  });

  test('"News UK" is quoted from the title line, as the page shows it', () => {
    const publisher = valid.find((c) => c.kind === 'publisher')!;
    expect(publisher.quotes[0]).toEqual({ text: 'News UK', paragraph: 'headline' });
    expect(article.site).toBe('News UK');
  });

  // "News UK" is a named organisation, so it is checkable (issue #13): 3 checkable, not 2.
  test('the summary reports 3 of 7 sources checkable, and none backs the article up', () => {
    expect(summarise(valid)).toEqual({
      total: 7,
      checkable: 3,
      supports: 0,
      differs: 3,
      cannotCheck: 4,
    });
  });

  test('every card has a strong first move and a weaker one, and an explained answer', () => {
    for (const c of cards) {
      expect(
        c.card!.checkChoices.some((o) => o.strong),
        c.file,
      ).toBe(true);
      expect(
        c.card!.checkChoices.some((o) => !o.strong),
        c.file,
      ).toBe(true);
      expect(c.body.trim().length, c.file).toBeGreaterThan(200);
    }
  });
});

describe('wording the lesson may use (fact sheet rules)', () => {
  const allText = (c: (typeof cards)[number]) =>
    [JSON.stringify(c.raw), c.body].join('\n').replace(/\s+/g, ' ');

  test('panels where a search found nothing say "we could not find"', () => {
    for (const card of valid)
      for (const f of card.findings.filter((f) => f.result === 'not-found'))
        expect(f.text).toMatch(/[Ww]e could not find/);
  });

  test('nothing says a person or thing does not exist, or that a claim is false', () => {
    for (const c of cards) {
      const text = allText(c);
      for (const m of text.matchAll(/does not exist|doesn't exist|is false|is fake/g)) {
        const before = text.slice(Math.max(0, (m.index ?? 0) - 40), m.index);
        expect(before, `${c.file}: "…${before}${m[0]}"`).toMatch(
          /not (mean|prove|proof)[^.]*$|not proof that [^.]*$|not automatically/,
        );
      }
    }
  });

  test('the publisher card does not say who runs the site', () => {
    const publisher = cards.find((c) => c.card?.kind === 'publisher')!;
    expect(allText(publisher)).not.toMatch(/(is|are) (run|owned|published) by/i);
    expect(allText(publisher)).toMatch(/does not show which organisation runs the site/);
  });

  test('the HCPC is linked at its site root, and students are told to use "Check the Register"', () => {
    const thornton = valid.find((c) => c.short === 'Dr. Thornton')!;
    const register = thornton.findings.find((f) => f.sources.includes('hcpc-register'))!;
    expect(register.text).toContain('“Check the Register”');
    expect(sources.find((s) => s.id === 'hcpc-register')?.url).toBe('https://www.hcpc-uk.org');
  });

  test('the Nuffield Trust card says what the analysis measured, in its panels and its answer', () => {
    const nuffield = cards.find((c) => c.card?.kind === 'organisation')!;
    const panels = nuffield.card!.findings.map((f) => f.text).join(' ');
    const answer = nuffield.body.replace(/\s+/g, ' ');
    for (const fact of [
      'nurses',
      'NHS England',
      'year to June 2022',
      '40,365',
      '11.5%',
      '44,500',
    ]) {
      expect(panels).toContain(fact);
      expect(answer).toContain(fact);
    }
  });
});

describe('external addresses', () => {
  const used = new Set<string>();
  for (const c of cards) {
    c.card?.findings.forEach((f) => f.sources.forEach((id) => used.add(id)));
    citeIds(c.body).forEach((id) => used.add(id));
  }
  // The page cites the lateral-reading study in its introduction.
  used.add('lateral-reading-wineburg-mcgrew');

  test('every cited id is registered', () => {
    expect([...used].filter((id) => !sourceIds.has(id))).toEqual([]);
  });

  test('no mirror host is linked', () => {
    for (const id of used) {
      const url = sources.find((s) => s.id === id)?.url ?? '';
      expect(url, id).not.toMatch(/wikimili|prod\.hcpc-uk\.org\/check-the-register/);
    }
  });

  test.skipIf(!existsSync(FACTS))('every address the module links is in the fact sheet', () => {
    const facts = readFileSync(FACTS, 'utf8');
    for (const id of used) expect(facts, id).toContain(sources.find((s) => s.id === id)?.url);
  });
});

describe('a broken card is caught', () => {
  const base = valid.find((c) => c.kind === 'named-expert')!;

  test.each<[string, (c: ExpertCard) => void, RegExp]>([
    [
      'a quote that is not in the article',
      (c) => (c.quotes[0]!.text = 'Dr. Michael Thornton, a retired surgeon'),
      /quotes\.0\.text: not found word for word in p22 \(nor anywhere in the article\)/,
    ],
    [
      'a quote in another paragraph than named',
      (c) => (c.quotes[0]!.paragraph = 'p21'),
      /quotes\.0\.text: not found word for word in p21 \(it is in p22\)/,
    ],
    [
      'a paragraph id that points nowhere',
      (c) => (c.quotes[0]!.paragraph = 'p999'),
      /quotes\.0\.paragraph: "p999" is not a paragraph of the article/,
    ],
    [
      'a citation that points nowhere',
      (c) => (c.findings[0]!.sources = ['no-such-source']),
      /findings\.0\.sources\.0: "no-such-source" is not a registered source/,
    ],
  ])('%s', (_label, edit, problem) => {
    const card = clone(base);
    edit(card);
    const problems = cardProblems(card, article, sourceIds).join('\n');
    expect(problems).toMatch(problem);
  });

  test('quotes out of article order are refused', () => {
    const card = clone(base);
    card.quotes.reverse();
    card.quotes.push({ text: 'University of Birmingham', paragraph: 'p40' });
    card.quotes.unshift({ text: 'News UK', paragraph: 'headline' });
    card.quotes.splice(1, 0, { text: 'Dr. Sarah Hendricks', paragraph: 'p40' });
    expect(cardProblems(card, article, sourceIds).join('\n')).toMatch(
      /quotes\.2\.paragraph: quotes must follow the article's order/,
    );
  });

  test('a quote may leave words out with " … "', () => {
    const card = clone(base);
    card.quotes = [
      { text: 'Dr. Sarah Hendricks, a sociologist … at the University', paragraph: 'p40' },
    ];
    expect(cardProblems(card, article, sourceIds)).toEqual([]);
    card.quotes = [{ text: 'at the University … Dr. Sarah Hendricks', paragraph: 'p40' }];
    expect(cardProblems(card, article, sourceIds)).toHaveLength(1);
  });

  test.each<[string, (raw: Record<string, unknown>) => void, RegExp]>([
    [
      'no strong first move',
      (r) => (r['checkChoices'] as { strong: boolean }[]).forEach((o) => (o.strong = false)),
      /checkChoices: mark at least one choice as a strong first move/,
    ],
    [
      'a panel with nowhere to repeat the check',
      (r) => {
        const f = (r['findings'] as Record<string, unknown>[])[0]!;
        f['sources'] = [];
        delete f['repeat'];
      },
      /findings\.0\.sources: say where to repeat this check/,
    ],
    ['an unknown verdict', (r) => (r['verdict'] = 'probably-true'), /verdict: Invalid option/],
    [
      'the expected verdict listed as half right',
      (r) => (r['partialVerdicts'] = [{ verdict: r['verdict'], feedback: 'x'.repeat(30) }]),
      /partialVerdicts\.0\.verdict: the expected verdict cannot also be a half-right one/,
    ],
    [
      'a malformed paragraph id',
      (r) => ((r['quotes'] as { paragraph: string }[])[0]!.paragraph = 'paragraph 22'),
      /quotes\.0\.paragraph: use a paragraph id/,
    ],
  ])('the schema refuses %s, naming the field', (_label, edit, message) => {
    const raw = structuredClone(files.find((f) => f.file.includes('thornton'))!.raw) as Record<
      string,
      unknown
    >;
    edit(raw);
    const result = expertCardSchema.safeParse(raw);
    expect(result.success).toBe(false);
    expect(formatIssues(result.error!.issues).join('\n')).toMatch(message);
  });

  test('textOf finds list items and the title line', () => {
    expect(textOf(article, 'p87-10')).toContain('Multiple UK news outlets');
    expect(textOf(article, 'headline')).toBe(`${article.headline} | ${article.site}`);
    expect(textOf(article, 'p87-99')).toBeUndefined();
  });
});
