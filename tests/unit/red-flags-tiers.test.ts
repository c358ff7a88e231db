import { describe, expect, test } from 'vitest';
import { checkCoreSections, checkKeyTiers } from '../../src/content/checks/red-flags';
import { locateQuote, segmentArticle } from '../../src/core/marking-doc';
import { coreSections, inCore, misplacedTiers } from '../../src/core/key-sections';
import type { RedFlagPassageData } from '../../src/modules/red-flags/schema';

const base = {
  quote: 'x y z',
  difficulty: 'easy' as const,
  hint: 'A hint of ten or more.',
  sources: ['s'],
};
const flag = (i: number, tier: 'core' | 'extra') => ({
  id: `f${i}`,
  file: `red-flags/f${i}.mdx`,
  data: { ...base, kind: 'red-flag', tier, types: ['emotive'] } as RedFlagPassageData,
});
const sound = (
  extra: Partial<RedFlagPassageData> = {},
  body = 'It names its source, and the source says the same.',
) => ({
  id: 's1',
  file: 'red-flags/s1.mdx',
  body,
  data: {
    ...base,
    kind: 'sound',
    tier: 'core',
    types: [],
    confirm: 'Search for the report and compare.',
    ...extra,
  } as RedFlagPassageData,
});
const key = (core: number, extra: number) => [
  ...Array.from({ length: core }, (_, i) => flag(i, 'core')),
  ...Array.from({ length: extra }, (_, i) => flag(100 + i, 'extra')),
];

describe('the key’s tiers and kinds', () => {
  test('a full key with 15 core red flags, extras and a sound passage passes', () => {
    expect(() => checkKeyTiers('red-flags/', [...key(15, 30), sound()])).not.toThrow();
  });

  test.each([
    [7, 40],
    [16, 30],
  ])('fails on a core of %i (outside 8–15), naming the folder', (core, extra) => {
    expect(() => checkKeyTiers('red-flags/', key(core, extra))).toThrow(
      /red-flags\/[\s\S]*tier: \d+ of the \d+ red flags are "core"; a full key's core holds 8 to 15/,
    );
  });

  test('a small key is all core', () => {
    expect(() => checkKeyTiers('red-flags/', key(5, 0))).not.toThrow();
    expect(() => checkKeyTiers('red-flags/', key(5, 1))).toThrow(/f100\.mdx[\s\S]*all core/);
  });

  test('fails on a sound passage without an explanation or a way to confirm it', () => {
    expect(() => checkKeyTiers('red-flags/', [sound({}, '  ')])).toThrow(
      /s1\.mdx[\s\S]*body: explain why this passage holds up/,
    );
    expect(() => checkKeyTiers('red-flags/', [sound({ confirm: undefined })])).toThrow(
      /s1\.mdx[\s\S]*confirm: say how a reader would confirm/,
    );
    expect(() => checkKeyTiers('red-flags/', [sound({ types: ['emotive'] })])).toThrow(
      /types: a sound passage names no red-flag type/,
    );
  });

  test('fails on a red flag with no type', () => {
    const f = flag(1, 'core');
    expect(() => checkKeyTiers('red-flags/', [{ ...f, data: { ...f.data, types: [] } }])).toThrow(
      /f1\.mdx[\s\S]*types: a red flag names at least one type/,
    );
  });
});

describe('the core is whole sections of the article (issue #14)', () => {
  const doc = segmentArticle({
    site: 'Site',
    headline: 'A headline',
    blocks: [
      { kind: 'paragraph', id: 'p1', text: 'Opening words here. More opening words.' },
      { kind: 'heading', id: 'p2', text: 'Middle Part' },
      { kind: 'paragraph', id: 'p3', text: 'Middle words here.' },
      { kind: 'heading', id: 'p4', text: 'Sources' },
      { kind: 'paragraph', id: 'p5', text: 'A list of sources.' },
    ],
  });
  const at = (quote: string, tier: 'core' | 'extra', kind: 'red-flag' | 'sound' = 'red-flag') => {
    const range = locateQuote(doc, quote);
    if (!range) throw new Error(quote);
    return { ...range, tier, kind };
  };

  test('the sections holding a core red flag are the core; passages there of either kind are in it', () => {
    const key = [
      at('Opening words', 'core'),
      at('Middle words', 'extra'),
      at('A list', 'core'),
      at('sources.', 'extra', 'sound'),
    ];
    const sections = coreSections(doc, key);
    expect(sections.map((s) => s.title)).toEqual(['', 'Sources']);
    expect(key.map((p) => inCore(doc, sections, p))).toEqual([true, false, true, true]);
    expect(misplacedTiers(doc, key)).toEqual([]);
  });

  test('an extra red flag inside a core section is refused, naming its file', () => {
    const key = [at('Opening words', 'core'), at('More opening', 'extra')];
    expect(misplacedTiers(doc, key)).toEqual([key[1]]);
    const entry = (id: string, tier: 'core' | 'extra') => ({
      id,
      file: `red-flags/${id}.mdx`,
      data: { ...base, kind: 'red-flag', tier, types: ['emotive'] } as RedFlagPassageData,
    });
    expect(() =>
      checkCoreSections(doc, [
        { ...key[0]!, id: 'a', types: ['emotive'], entry: entry('a', 'core') },
        { ...key[1]!, id: 'b', types: ['emotive'], entry: entry('b', 'extra') },
      ]),
    ).toThrow(/red-flags\/b\.mdx[\s\S]*tier: "extra", but its section/);
  });
});
