import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../../src/core/article';
import { packArticle, unpackArticle } from '../../src/core/article-pack';
import { packContent, unpackContent } from '../../src/modules/red-flags/packed';
import type { PassageView, TypeView } from '../../src/modules/red-flags/view-types';

const article = parseArticle(readFileSync('content/cases/paramedics-walkout/article.txt', 'utf8'));

describe('the packed article (island props)', () => {
  test('unpacks to the very article it was packed from: every kind of block, every id', () => {
    const kinds = new Set(article.blocks.map((b) => b.kind));
    expect([...kinds].sort()).toEqual(['heading', 'list', 'paragraph', 'related']);
    expect(unpackArticle(packArticle(article))).toEqual(article);
  });

  test('an article whose ids do not follow its order is refused at build time', () => {
    const [first, ...rest] = article.blocks;
    if (!first) throw new Error('empty article');
    expect(() => packArticle({ ...article, blocks: [{ ...first, id: 'p9' }, ...rest] })).toThrow(
      /block 1 has the id "p9"/,
    );
  });
});

describe('the packed red-flags content', () => {
  const types: TypeView[] = [
    { id: 'emotive-language', name: 'Emotive language', short: 'Emotive', definition: 'Words.' },
  ];
  const passages: PassageView[] = [
    {
      id: '0',
      start: 0,
      end: 7,
      types: ['emotive-language'],
      difficulty: 'hard',
      checksOut: 'Ok.',
    },
    { id: '9', start: 9, end: 56, types: ['emotive-language', 'x'], difficulty: 'easy' },
  ];

  test('round-trips the article, the types and the key (with and without "what checks out")', () => {
    const content = { article, types, passages };
    expect(unpackContent(packContent(content))).toEqual(content);
  });

  test('a passage not named by where it starts is refused', () => {
    const wrong = [{ ...passages[1]!, id: 'p3-claim' }];
    expect(() => packContent({ article, types, passages: wrong })).toThrow(/p3-claim/);
  });
});
