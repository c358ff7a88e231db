import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { findMarks, replaceMarks, termLookup } from '../../src/core/glossary-marks';
import { readGlossary } from '../../src/content/glossary';

const terms = [
  { id: 'average', term: 'average (mean)', aliases: ['average', 'mean'] },
  { id: 'percentile', term: '90th percentile', aliases: ['9 in 10'] },
];

describe('glossary marks', () => {
  test('a mark shows its words and points at a term by name, alias or id, whatever the case', () => {
    const text = 'An [[Average]] is\nthe [[9 in 10]] or [[slowest tenth|percentile]].';
    expect(findMarks(text).map(({ shown, target, line }) => [shown, target, line])).toEqual([
      ['Average', 'Average', 1],
      ['9 in 10', '9 in 10', 2],
      ['slowest tenth', 'percentile', 2],
    ]);
    const lookup = termLookup(terms);
    expect(findMarks(text).map((m) => lookup(m.target))).toEqual([
      'average',
      'percentile',
      'percentile',
    ]);
    expect(lookup('mode')).toBeUndefined();
  });

  test('only the first mark of each term is rendered as a term; later ones are plain words', () => {
    const html = replaceMarks(
      'the [[mean]], a [[mean]] and an [[average]] of [[9 in 10]]',
      termLookup(terms),
      (id, shown, first) => (first ? `<${id}>${shown}</${id}>` : shown),
    );
    expect(html).toBe(
      'the <average>mean</average>, a mean and an average of <percentile>9 in 10</percentile>',
    );
  });
});

describe('the glossary content', () => {
  test('every mark in the lesson content resolves, and the glossary has the terms issue 17 asks for', () => {
    const glossary = readGlossary('content');
    const ids = glossary.map((t) => t.id);
    for (const id of [
      'active-service',
      'nhs-trust',
      'paramedic',
      'category-1',
      'category-2',
      'average',
      'percentile',
      'leaver-rate',
      'register',
      'premise',
      'credibility',
      'lateral-reading',
      'discernment',
      'source',
      'leak',
    ])
      expect(ids).toContain(id);
    // Every source a definition cites is in the registry.
    const registry = new Set(
      (parse(readFileSync('content/sources.yaml', 'utf8')) as { id: string }[]).map((s) => s.id),
    );
    for (const t of glossary) for (const id of t.sources) expect(registry, t.id).toContain(id);
  });

  test('a mark the glossary does not define stops the build, naming the file and the line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sl-glossary-'));
    try {
      writeFileSync(
        join(dir, 'glossary.yaml'),
        '- id: mean\n  term: mean\n  definition: Add up every value, then divide by how many.\n',
      );
      mkdirSync(join(dir, 'cases', 'c', 'statistics'), { recursive: true });
      writeFileSync(
        join(dir, 'cases', 'c', 'statistics', 'x.mdx'),
        '---\norder: 1\n---\n\nThe [[mean]] is fine.\nThe [[mode]] is not.\n',
      );
      expect(() => readGlossary(dir, dir)).toThrow(
        /Invalid content in cases\/c\/statistics\/x\.mdx:\n {2}- line 6: “\[\[mode\]\]” is not in the glossary/,
      );
      // In front matter or YAML a mark would reach the page as typed: that fails too.
      writeFileSync(
        join(dir, 'cases', 'c', 'statistics', 'x.mdx'),
        '---\ntitle: The [[mean]]\n---\n\nThe [[mean]] is fine.\n',
      );
      expect(() => readGlossary(dir, dir)).toThrow(
        /x\.mdx:\n {2}- line 2: “\[\[mean\]\]” would show as typed/,
      );
      rmSync(join(dir, 'cases', 'c', 'statistics', 'x.mdx'));
      writeFileSync(join(dir, 'cases', 'c', 'case.yaml'), 'summary: >-\n  The [[mean]].\n');
      expect(() => readGlossary(dir, dir)).toThrow(/cases\/c\/case\.yaml:\n {2}- line 2: /);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
