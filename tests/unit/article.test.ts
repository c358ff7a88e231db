import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { blockText, isTitleCase, parseArticle } from '../../src/core/article';
import { splitSentences } from '../../src/core/sentences';

const text = readFileSync('content/cases/paramedics-walkout/article.txt', 'utf8');
const article = parseArticle(text);

describe('parseArticle on the paramedics article', () => {
  test('splits the headline from the site name', () => {
    expect(article.headline).toBe('40,000 Paramedics WALK OUT As 61 Zones Collapse');
    expect(article.site).toBe('News UK');
  });

  test('finds every subheading, including the sources heading and the comment form', () => {
    const headings = article.blocks.filter((b) => b.kind === 'heading').map((b) => blockText(b));
    expect(headings).toContain('The Breaking Point: When Routine Calls Became Combat Zones');
    expect(headings).toContain('The Migrant Housing Connection Nobody Will Acknowledge');
    expect(headings).toContain('Sources and References:');
    expect(headings).toContain('Leave a Reply');
    expect(headings).toHaveLength(14);
  });

  test('keeps questions and colons in body text as paragraphs', () => {
    const para = article.blocks.find((b) => blockText(b).startsWith('The most pressing questions'));
    expect(para?.kind).toBe('paragraph');
  });

  test('groups bullets into lists with item ids', () => {
    const lists = article.blocks.filter((b) => b.kind === 'list');
    expect(lists.map((l) => (l.kind === 'list' ? l.items.length : 0))).toEqual([3, 4, 4, 13]);
    const sources = lists[3];
    expect(sources?.kind === 'list' && sources.items[0]).toEqual({
      id: `${sources?.id}-1`,
      text: 'Nuffield Trust nursing workforce analysis',
    });
  });

  test('marks the "Related Post" line', () => {
    const related = article.blocks.filter((b) => b.kind === 'related');
    expect(related).toHaveLength(1);
    expect(blockText(related[0]!)).toMatch(/^Related Post: £40 Billion Tax Shock/);
  });

  test('numbers blocks p1, p2, … in reading order', () => {
    article.blocks.forEach((b, i) => expect(b.id).toBe(`p${i + 1}`));
  });

  test('loses no sentence of the source text', () => {
    const all = article.blocks.map(blockText).join('\n');
    const body = text.split('\n').slice(1).join('\n');
    for (const line of body.split('\n')) {
      const clean = line.replace(/^\s*•\s*/, '').trim();
      for (const s of splitSentences(clean)) expect(all).toContain(s.text);
    }
  });
});

describe('isTitleCase', () => {
  test.each([
    ['The Psychological Breaking Point', true],
    ['What “Hostile Perimeter” Actually Means', true],
    ['Sources and References:', true],
    ['The most pressing questions remain unanswered:', false],
    ['Dispatch supervisors were no longer asking how fast', false],
  ])('%s → %s', (line, expected) => expect(isTitleCase(line)).toBe(expected));
});

describe('parseArticle edge cases', () => {
  test('a title line without a site name keeps the whole line as headline', () => {
    expect(parseArticle('Just A Headline\n\nBody text here.').site).toBe('');
  });
  test('an empty text is an error, not an empty article', () => {
    expect(() => parseArticle('  \n ')).toThrow(/empty/);
  });
});
