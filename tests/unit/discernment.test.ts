import { describe, expect, test } from 'vitest';
import { compareDiscernment, discernment, formatGap } from '../../src/core/discernment';

const claims = [
  { id: 't1', accurate: true },
  { id: 't2', accurate: true },
  { id: 'f1', accurate: false },
  { id: 'f2', accurate: false },
];

describe('discernment', () => {
  test.each([
    ['tells them apart perfectly', { t1: 5, t2: 5, f1: 1, f2: 1 }, 4],
    ['believes everything', { t1: 5, t2: 5, f1: 5, f2: 5 }, 0],
    ['doubts everything: more cynical, not more discerning', { t1: 1, t2: 1, f1: 1, f2: 1 }, 0],
    ['gets it backwards', { t1: 1, t2: 2, f1: 5, f2: 4 }, -3],
    ['partly discerning', { t1: 4, t2: 3, f1: 2, f2: 3 }, 1],
  ])('%s → %d', (_label, ratings, gap) => {
    expect(discernment(claims, ratings).gap).toBe(gap);
  });

  test('needs a rating in both groups to give a gap', () => {
    expect(discernment(claims, { t1: 5 })).toEqual({
      accurateMean: 5,
      inaccurateMean: null,
      gap: null,
      rated: 1,
    });
  });

  test('ignores ratings for claims it does not know', () => {
    expect(discernment(claims, { t1: 4, f1: 2, other: 5 }).rated).toBe(2);
  });
});

describe('compareDiscernment', () => {
  test.each([
    [0, 2, 'better'],
    [1, 1.1, 'same'],
    [2, 0.5, 'worse'],
    [-1, -0.75, 'better'],
  ] as const)('%d → %d is %s', (before, after, expected) => {
    expect(compareDiscernment(before, after)).toBe(expected);
  });
});

describe('formatGap', () => {
  test.each([
    [2, '+2'],
    [-1.5, '−1.5'],
    [0, '0'],
    [0.333, '+0.3'],
    [0.04, '0'],
  ])('%d → %s', (gap, text) => expect(formatGap(gap)).toBe(text));
});
