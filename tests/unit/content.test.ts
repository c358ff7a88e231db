import {
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { citeIds } from '../../src/core/article';
import { readCases, readSources } from '../../src/content/case-files';
import { ContentError } from '../../src/content/errors';
import { parseContent } from '../../src/content/errors';
import { sourceSchema } from '../../src/content/schemas';
import { guideSchema, type Guide } from '../../src/content/guide-schema';

const temp = mkdtempSync(join(tmpdir(), 'sl-content-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** A copy of the tiny fixture case, changed by `edit`, in its own cases folder. */
function brokenCase(name: string, edit: (yaml: string) => string, file = 'case.yaml'): string {
  const dir = join(temp, name);
  cpSync('tests/fixtures/cases/tiny-case', join(dir, 'tiny-case'), { recursive: true });
  const path = join(dir, 'tiny-case', file);
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
  return dir;
}

function errorOf(run: () => unknown): ContentError {
  try {
    run();
  } catch (error) {
    if (error instanceof ContentError) return error;
    throw error;
  }
  throw new Error('expected a ContentError');
}

describe('cases', () => {
  test('the paramedics case loads with its article and six steps', () => {
    const [entry] = readCases('content/cases');
    expect(entry?.id).toBe('paramedics-walkout');
    expect(entry?.data.steps.map((s) => s.id)).toEqual([
      'warm-up',
      'first-impressions',
      'red-flags',
      'experts',
      'statistics',
      'second-look',
    ]);
    expect(entry?.data.article.headline).toBe('40,000 Paramedics WALK OUT As 61 Zones Collapse');
    expect(entry?.data.article.site).toBe('News UK');
  });

  test('the claims are balanced: half accurate, half not', () => {
    const claims = readCases('content/cases')[0]?.data.claims ?? [];
    expect(claims.length).toBeGreaterThanOrEqual(6);
    expect(claims.filter((c) => c.accurate).length * 2).toBe(claims.length);
  });

  test('a new case is just a new folder: the tiny fixture loads with no registration', () => {
    const [tiny] = readCases('tests/fixtures/cases');
    expect(tiny?.id).toBe('tiny-case');
    expect(tiny?.data.article.site).toBe('Test Times');
    expect(tiny?.data.article.blocks.map((b) => b.kind)).toEqual([
      'paragraph',
      'heading',
      'paragraph',
      'list',
      'related',
      'heading',
    ]);
  });

  test.each([
    [
      'a wrong type',
      (y: string) => y.replace('minutes: 2', 'minutes: two'),
      /tiny-case\/case\.yaml[\s\S]*steps\.0\.minutes/,
    ],
    [
      'a missing field',
      (y: string) => y.replace(/^summary:.*$/m, ''),
      /tiny-case\/case\.yaml[\s\S]*summary/,
    ],
    ['an unknown step', (y: string) => y.replace('id: second-look', 'id: quiz'), /steps\.1\.id/],
    [
      'claims all of one kind',
      (y: string) => y.replace('accurate: false', 'accurate: true'),
      /claims: rate at least one accurate and one inaccurate/,
    ],
    ['broken YAML', (y: string) => `${y}\n  : : :`, /tiny-case\/case\.yaml[\s\S]*not valid YAML/],
  ])('bad content fails with the file and field named: %s', (_label, edit, message) => {
    const dir = brokenCase(_label.replace(/\W+/g, '-'), edit);
    expect(errorOf(() => readCases(dir, temp)).message).toMatch(message);
  });

  test('a case folder without an article fails naming the missing file', () => {
    const dir = brokenCase('no-article', (y) => y);
    rmSync(join(dir, 'tiny-case', 'article.txt'));
    expect(errorOf(() => readCases(dir, temp)).message).toMatch(
      /tiny-case\/article\.txt[\s\S]*missing/,
    );
  });
});

describe('sources', () => {
  const sources = readSources('content/sources.yaml');
  const factsFile = '../shared/FACTS.md';

  // The fact sheet lives beside the repository on the team's machines and in CI.
  test.skipIf(!existsSync(factsFile))(
    'every registered address is one the fact sheet checked',
    () => {
      const facts = readFileSync(factsFile, 'utf8');
      for (const s of sources) expect(facts, s.id).toContain(s.url);
    },
  );

  test('a source without an https address is refused', () => {
    expect(() =>
      parseContent(
        sourceSchema,
        { id: 'x', title: 'Title', publisher: 'P', url: 'http://a.b' },
        'f',
      ),
    ).toThrow(/f[\s\S]*url/);
  });

  test('every citation in the lesson content points at a registered source', () => {
    const ids = new Set(sources.map((s) => s.id));
    const cited = collectCitations('content');
    expect(cited.length).toBeGreaterThan(0);
    const dangling = cited.filter((c) => !ids.has(c.id)).map((c) => `${c.file}: ${c.id}`);
    expect(dangling).toEqual([]);
  });

  test('the citation scan finds both citation forms (it would catch a dangling one)', () => {
    const dir = join(temp, 'cite-scan');
    cpSync('tests/fixtures/cases', join(dir, 'cases'), { recursive: true });
    writeFileSync(
      join(dir, 'x.mdx'),
      '---\nsources: [a-one]\n---\nText <Cite id="b-two" /> and <Cite id=\'c-three\'/>.',
    );
    expect(
      collectCitations(dir)
        .map((c) => c.id)
        .sort(),
    ).toEqual(['a-one', 'b-two', 'c-three', 'hcpc-register', 'hcpc-register']);
  });
});

/** Every `sources:` list (YAML files and MDX frontmatter) and every `<Cite id>` under `dir`. */
function collectCitations(dir: string): { file: string; id: string }[] {
  const found: { file: string; id: string }[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(ya?ml|mdx?)$/.test(entry.name)) scan(path);
    }
  };
  const fromData = (file: string, data: unknown) => {
    if (Array.isArray(data)) data.forEach((d) => fromData(file, d));
    else if (data && typeof data === 'object') {
      for (const [key, value] of Object.entries(data)) {
        if (key === 'sources' && Array.isArray(value))
          value.forEach((id) => found.push({ file, id: String(id) }));
        else fromData(file, value);
      }
    }
  };
  const scan = (file: string) => {
    const text = readFileSync(file, 'utf8');
    if (/\.ya?ml$/.test(file)) fromData(file, parseYaml(text));
    else {
      const front = /^---\n([\s\S]*?)\n---/.exec(text);
      if (front) fromData(file, parseYaml(front[1] ?? ''));
      for (const id of citeIds(text)) found.push({ file, id });
    }
  };
  walk(dir);
  return found;
}

describe('the teacher guide', () => {
  const guide = parseYaml(
    readFileSync('content/cases/paramedics-walkout/guide.yaml', 'utf8'),
  ) as Guide;

  test('a plan named for a class period fits it, and the 45-minute one practises every skill', () => {
    expect(guideSchema.safeParse(guide).success).toBe(true);
    const short = guide.plans.find((p) => p.id === 'lesson-45');
    const text = short?.steps.map((s) => s.text).join(' ') ?? '';
    for (const step of [
      'Warm-up',
      'First impressions',
      'red flags',
      'named experts',
      'statistics',
      'Second look',
    ])
      expect(text, `the 45-minute plan has "${step}"`).toContain(step);
  });

  test('a plan whose parts overrun its period is refused, naming the plan', () => {
    const plan = guide.plans[0]!;
    const long = { ...plan, steps: [...plan.steps, { minutes: 5, text: 'One more thing.' }] };
    const result = guideSchema.safeParse({ ...guide, plans: [long] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/names 45 minutes but its parts add up to 50/);
    expect(result.error?.issues[0]?.path).toEqual(['plans', 0, 'steps']);
  });
});
