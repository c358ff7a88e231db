import { describe, expect, test } from 'vitest';
import {
  compareDiscernment,
  discernment,
  judgedRightly,
  formatGap,
  practiceMessages,
} from '../../src/core/discernment';

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

describe('practiceMessages: the six practice claims describe, never claim skill', () => {
  // Six claims, true/false/true/false/true/false, rated 1 (definitely false) … 5 (definitely true).
  const six = ['a', 'b', 'c', 'd', 'e', 'f'].map((id, i) => ({ id, accurate: i % 2 === 0 }));
  const run = (before: number[], after: number[]) => {
    const byId = (r: number[]) => Object.fromEntries(six.map((c, i) => [c.id, r[i]!]));
    return practiceMessages(
      discernment(six, byId(before)).gap,
      discernment(six, byId(after)).gap,
      after,
    );
  };

  test('random: gap −2 → −1 (it "rose") is told it does not yet tell them apart', () => {
    // Before: accurate (3 + 2 + 1) / 3 = 2, inaccurate (4 + 5 + 3) / 3 = 4: gap −2.
    // After: accurate (2 + 1 + 4) / 3 = 7/3, inaccurate (5 + 3 + 2) / 3 = 10/3: gap −1.
    const m = run([3, 4, 2, 5, 1, 3], [2, 5, 1, 3, 4, 2]);
    expect(m.before).toEqual({ key: 'lower', size: 2 });
    expect(m.after?.key).toBe('lower');
    expect(m.after?.size).toBeCloseTo(1, 10);
    expect(m.verdict).toBe('notApart');
  });

  test('perfect: gap +4 → +4 is praised', () => {
    const m = run([5, 1, 5, 1, 5, 1], [5, 1, 5, 1, 5, 1]);
    expect(m.before).toEqual({ key: 'higher', size: 4 });
    expect(m.after).toEqual({ key: 'higher', size: 4 });
    expect(m.verdict).toBe('strong');
  });

  test('"definitely false" to everything after: named plainly, not "the same"', () => {
    const m = run([5, 1, 5, 1, 5, 1], [1, 1, 1, 1, 1, 1]);
    expect(m.after).toEqual({ key: 'same', size: 0 });
    expect(m.verdict).toBe('doubtedAll');
  });

  test.each([
    // after gap, ratings → verdict
    [[4, 2, 4, 2, 4, 2], 'strong'], // gap +2 exactly
    [[4, 3, 4, 3, 4, 3], 'some'], // +1
    [[3, 3, 3, 3, 3, 3], 'notApart'], // 0
    [[5, 5, 5, 4, 5, 4], 'trustedAll'], // +0.67, every claim 4–5
    [[2, 1, 2, 1, 2, 1], 'doubtedAll'], // +1, every claim 1–2
  ] as const)('after %j → %s', (after, verdict) => {
    expect(run([3, 3, 3, 3, 3, 3], [...after]).verdict).toBe(verdict);
  });

  test('no first impressions: no "before" sentence; no after gap: no verdict', () => {
    expect(practiceMessages(null, 1, [4, 3]).before).toBeNull();
    expect(practiceMessages(1, null, [])).toEqual({
      before: { key: 'higher', size: 1 },
      after: null,
      verdict: null,
    });
  });
});

describe('judgedRightly', () => {
  test('counts "probably" and "definitely" on the right side, and nothing else', () => {
    expect([1, 2, 3, 4, 5].map((r) => judgedRightly(true, r))).toEqual([
      false,
      false,
      false,
      true,
      true,
    ]);
    expect([1, 2, 3, 4, 5].map((r) => judgedRightly(false, r))).toEqual([
      true,
      true,
      false,
      false,
      false,
    ]);
    expect(judgedRightly(true, undefined)).toBe(false);
  });
});
