import { describe, expect, test } from 'vitest';
import { checkKeyTiers } from '../../src/content/checks/red-flags';
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
  test('a full key with 22 core red flags, extras and a sound passage passes', () => {
    expect(() => checkKeyTiers('red-flags/', [...key(22, 30), sound()])).not.toThrow();
  });

  test.each([
    [19, 40],
    [26, 30],
  ])('fails on a core of %i (outside 20–25), naming the folder', (core, extra) => {
    expect(() => checkKeyTiers('red-flags/', key(core, extra))).toThrow(
      /red-flags\/[\s\S]*tier: \d+ of the \d+ red flags are "core"; a full key's core holds 20 to 25/,
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
