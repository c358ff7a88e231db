import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { citationProblems } from '../../src/content/checks/citations';

describe('citations in MDX explanations', () => {
  test('a citation inside a line of prose is fine, wherever the line breaks', () => {
    const body = [
      'Category 1 averages, which were quoted in Parliament <Cite id="a" /> and in the news',
      'early 2021 <Cite id="b" />: the problem is real.',
      '',
      '- **The other side.** More nurses joined <Cite id="c" />.',
    ].join('\n');
    expect(citationProblems(body)).toEqual([]);
  });

  test('a citation starting a line is found, after a blank line or after prose, indented or not', () => {
    const body = [
      'Category 1 averages, which were quoted in Parliament',
      '',
      '<Cite id="a" /> and in the news',
      '<Cite id="b" />. The targets have been missed',
      '- About 44,500 nurses joined NHS England',
      '  <Cite id="c" />.',
      '<Citation />', // another component is not a citation
    ].join('\n');
    const problems = citationProblems(body);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^line 3 starts with a citation \(“<Cite id="a" \/>/);
    expect(problems[1]).toMatch(/^line 4 /);
    expect(problems[2]).toMatch(/^line 6 .*splits its sentence into a new paragraph$/);
    // Numbered as in the file when the body starts after a frontmatter.
    expect(citationProblems(body, 12)[0]).toMatch(/^line 14 /);
  });

  test('no explanation of any case starts a line with a citation', () => {
    const mdx = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
        d.isDirectory()
          ? mdx(join(dir, d.name))
          : d.name.endsWith('.mdx')
            ? [join(dir, d.name)]
            : [],
      );
    const files = [...mdx('content/cases'), ...mdx('tests/fixtures')];
    expect(files.length).toBeGreaterThan(10);
    const found = files.flatMap((file) =>
      citationProblems(readFileSync(file, 'utf8')).map((p) => `${file}: ${p}`),
    );
    expect(found).toEqual([]);
  });
});
