import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parseContent, ContentError } from '../../src/content/errors';
import { expertCardSchema } from '../../src/modules/experts/schema';
import { redFlagPassageSchema } from '../../src/modules/red-flags/schema';
import {
  checkSourceVerdicts,
  verdictProblems,
  type VerdictCardInput,
  type VerdictPassageInput,
} from '../../src/content/checks/verdicts';

const CASE = 'content/cases/paramedics-walkout';

function frontmatter(file: string): unknown {
  const text = readFileSync(file, 'utf8');
  return parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? '');
}

const mdx = (dir: string) =>
  readdirSync(join(CASE, dir))
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => join(CASE, dir, f));

const cards: VerdictCardInput[] = mdx('experts').map((file) => {
  const data = parseContent(expertCardSchema, frontmatter(file), file);
  return { file, source: data.source, verdict: data.verdict };
});
const passages: VerdictPassageInput[] = mdx('red-flags').map((file) => ({
  file,
  ...parseContent(redFlagPassageSchema, frontmatter(file), file),
}));

const cardOf = (source: string) => cards.find((c) => c.source === source)!;
const passageOf = (name: string) => passages.find((p) => p.file.endsWith(`/${name}.mdx`))!;

describe('one verdict per source', () => {
  test('the experts cards and the red-flag key agree on every source', () => {
    expect(verdictProblems(cards, passages)).toEqual([]);
  });

  test('every card names its source once, and each source the issue lists has its verdict', () => {
    expect(Object.fromEntries(cards.map((c) => [c.source, c.verdict]))).toEqual({
      thornton: 'cannot-check',
      hendricks: 'checkable-differs',
      'nuffield-trust': 'checkable-differs',
      'unseen-documents': 'cannot-check',
      'anonymous-voices': 'cannot-check',
      'news-uk': 'checkable-differs',
      'sources-list': 'cannot-check',
    });
  });

  test('the red-flag key judges Dr. Hendricks and "News UK" as checkable', () => {
    expect(passageOf('30-dr-hendricks')).toMatchObject({
      source: 'hendricks',
      verdict: 'checkable-differs',
    });
    expect(passageOf('01-site-name')).toMatchObject({
      source: 'news-uk',
      verdict: 'checkable-differs',
    });
    expect(passageOf('19-dr-thornton')).toMatchObject({
      source: 'thornton',
      verdict: 'cannot-check',
    });
  });

  test('a source with two verdicts fails, naming both files and the field', () => {
    const broken = passages.map((p) =>
      p.source === 'hendricks' ? { ...p, verdict: 'cannot-check' as const } : p,
    );
    const problems = verdictProblems(cards, broken);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.file).toBe(`${CASE}/red-flags/30-dr-hendricks.mdx`);
    expect(problems[0]!.problem).toContain(`${CASE}/experts/02-hendricks.mdx`);
    expect(problems[0]!.problem).toMatch(
      /^verdict: "cannot-check" here, but .* "checkable-differs"/,
    );
    expect(() => checkSourceVerdicts(cards, broken)).toThrow(ContentError);
    expect(() => checkSourceVerdicts(cards, broken)).toThrow(
      /30-dr-hendricks\.mdx[\s\S]*02-hendricks\.mdx/,
    );
  });

  test('two cards judging the same source with different verdicts fail, naming both files', () => {
    const twin = {
      ...cardOf('thornton'),
      file: 'experts/99-twin.mdx',
      verdict: 'checkable-differs' as const,
    };
    const problems = verdictProblems([...cards, twin], passages);
    expect(problems[0]).toEqual({
      file: 'experts/99-twin.mdx',
      problem: expect.stringMatching(
        /^source: "thornton" is also judged in .*01-thornton\.mdx \(verdict "cannot-check" there, "checkable-differs" here/,
      ) as unknown,
    });
  });

  test('a type that says "cannot be checked" cannot sit on a checkable source', () => {
    const broken = passages.map((p) =>
      p.source === 'news-uk' ? { ...p, types: ['unseen-document'] } : p,
    );
    expect(verdictProblems(cards, broken)).toEqual([
      {
        file: `${CASE}/red-flags/01-site-name.mdx`,
        problem: expect.stringMatching(
          /^types\.0: "unseen-document" fits only "cannot-check"/,
        ) as unknown,
      },
    ]);
  });

  test('a passage that judges a source must name it; a verdict needs a source', () => {
    const { source: _s, verdict: _v, ...bare } = passageOf('19-dr-thornton');
    const noVerdict = { ...passageOf('34-senior-insider'), verdict: undefined };
    const orphan = { ...passageOf('06-catastrophic'), verdict: 'cannot-check' as const };
    const unknown = { ...passageOf('34-senior-insider'), source: 'nobody' };
    const problems = verdictProblems(cards, [bare, noVerdict, orphan, unknown]).map((p) =>
      p.problem.slice(0, 30),
    );
    expect(problems).toEqual([
      expect.stringMatching(/^source: missing; "uncheckable-/),
      expect.stringMatching(/^verdict: missing; /),
      expect.stringMatching(/^source: give the source /),
      expect.stringMatching(/^source: "nobody" is on no e/),
    ]);
  });
});
