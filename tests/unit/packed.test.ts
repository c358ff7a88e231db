import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseArticle } from '../../src/core/article';
import { packArticle, unpackArticle } from '../../src/core/article-pack';
import {
  packContent,
  packKinds,
  packResults,
  unpackContent,
  unpackKinds,
  unpackResults,
  withLoaded,
} from '../../src/modules/red-flags/packed';
import { pageMessages } from '../../src/modules/red-flags/messages';
import {
  KINDS_KEYS,
  RESULTS_KEYS,
  type KindsJson,
  type PassageView,
  type ResultsJson,
  type TypeView,
} from '../../src/modules/red-flags/view-types';

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
      kind: 'red-flag',
      tier: 'core',
      checksOut: 'Ok.',
    },
    {
      id: '9',
      start: 9,
      end: 56,
      types: ['emotive-language', 'x'],
      difficulty: 'easy',
      kind: 'red-flag',
      tier: 'extra',
    },
    {
      id: '60',
      start: 60,
      end: 70,
      types: [],
      difficulty: 'medium',
      kind: 'sound',
      tier: 'core',
      confirm: 'Look it up.',
    },
  ];
  const messages = pageMessages();

  test('the page round-trips the article, the sections with hints and its strings', () => {
    const content = { article, hintSections: [0, 3], messages };
    expect(unpackContent(packContent(content))).toEqual(content);
  });

  test('the page carries no string of the chooser, the marks or the results; their files do', () => {
    const page = Object.keys(messages.redFlags);
    for (const key of [...KINDS_KEYS, ...RESULTS_KEYS]) expect(page).not.toContain(key);
    expect(page).toContain('check');
    expect(messages).not.toHaveProperty('place');
    const place = { site: 's', headline: 'h', paragraph: 'p {n}', item: 'i' };
    const kinds = packKinds(types, {
      redFlags: { chooserHeading: 'Which?' },
      place,
    } as KindsJson['messages']);
    expect(unpackKinds(kinds)).toEqual(types);
    const all = withLoaded(messages, kinds);
    expect(all.redFlags).toMatchObject({ check: 'Check my answers', chooserHeading: 'Which?' });
    expect(all.place).toEqual(place);
    expect(all.article).toEqual(messages.article);
  });

  test('the key round-trips (with and without "what checks out"; tiers; a sound passage with how to confirm it), with the results\' strings', () => {
    const strings = { redFlags: { resultsHeading: 'Results' } } as ResultsJson['messages'];
    const results = packResults(passages, strings);
    expect(unpackResults(results)).toEqual(passages);
    const all = withLoaded(messages, null, results);
    expect(all.redFlags.resultsHeading).toBe('Results');
    expect(all.redFlags.check).toBe('Check my answers');
    // The page's strings are left as they were.
    expect(Object.keys(messages.redFlags)).not.toContain('resultsHeading');
  });

  test('a passage not named by where it starts is refused', () => {
    const wrong = [{ ...passages[1]!, id: 'p3-claim' }];
    expect(() => packResults(wrong, { redFlags: {} } as ResultsJson['messages'])).toThrow(
      /p3-claim/,
    );
  });
});
