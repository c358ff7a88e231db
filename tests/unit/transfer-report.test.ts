/**
 * What students are told about the before/after test, worked by hand. The truth by position is
 * the real one of forms A and B (accurate, made up, made up, accurate, …), so these are the
 * answers a student would give on the page.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  reportCheck,
  reportTests,
  summarizeTest,
  type MessageKey,
} from '../../src/modules/transfer/report';

const TRUTH = [true, false, false, true, false, true, true, false, true, false, false, true];
/** Ratings by position from ratings of the accurate posts and of the made-up ones, in order. */
function answers(accurate: number[], madeUp: number[]): number[] {
  const a = [...accurate];
  const m = [...madeUp];
  return TRUTH.map((isAccurate) => (isAccurate ? a.shift()! : m.shift()!));
}
const keys = (before: number[] | null, after: number[]): MessageKey[] =>
  reportTests(before && summarizeTest(TRUTH, before), summarizeTest(TRUTH, after)).messages.map(
    (m) => m.key,
  );

const careful = answers([6, 5, 6, 5, 6, 5], [1, 2, 1, 2, 1, 4]);
const perfect = answers([6, 6, 6, 6, 6, 6], [1, 1, 1, 1, 1, 1]);
const random = answers([3, 4, 2, 5, 1, 3], [2, 5, 1, 3, 4, 2]);
const doubter = answers([1, 1, 1, 1, 1, 1], [1, 1, 1, 1, 1, 1]);
const truster = answers([6, 6, 6, 6, 6, 6], [6, 6, 6, 6, 6, 6]);

describe('summarizeTest', () => {
  test('counts right answers and "called accurate" from the scale (4–6 = accurate)', () => {
    // careful: 6 hits, 1 false alarm → 11 right, 7 called accurate
    expect(summarizeTest(TRUTH, careful)).toMatchObject({
      right: 11,
      calledAccurate: 7,
      answered: 12,
      total: 12,
      accurate: 6,
    });
    expect(summarizeTest(TRUTH, careful).score.dPrime).toBeCloseTo(2.26, 2);
    expect(summarizeTest(TRUTH, doubter)).toMatchObject({ right: 6, calledAccurate: 0 });
  });
});

describe('reportTests: honest messages', () => {
  test('random, then careful: improved, balanced', () => {
    expect(keys(random, careful)).toEqual(['improved', 'balanced']);
  });

  test('careful, then doubting everything: never "improved"; said plainly', () => {
    // d′ falls from 2.26 to 0 (worse is more than chance) and c rises by 1.81: more doubtful.
    expect(keys(careful, doubter)).toEqual(['notYet', 'moreDoubtful']);
  });

  test('random, then doubting everything: no skill, more doubtful', () => {
    expect(keys(random, doubter)).toEqual(['notYet', 'moreDoubtful']);
  });

  test('doubting everything both times: no change in lean, but "every post not accurate"', () => {
    expect(keys(doubter, doubter)).toEqual(['notYet', 'doubtedAll']);
  });

  test('random both times: never told they got better', () => {
    expect(keys(random, random)).toEqual(['notYet', 'leanedNotAccurate']);
  });

  test('perfect both times: praised, not told "the same"', () => {
    expect(keys(perfect, perfect)).toEqual(['sameStrong', 'balanced']);
  });

  test('strong after a middling warm-up that is within chance: praised for the result', () => {
    // before: 4 hits, 2 false alarms (d′ 0.72); after: careful (2.26); change 1.54 < 1.58
    const middling = answers([6, 6, 6, 6, 1, 1], [6, 6, 1, 1, 1, 1]);
    expect(keys(middling, careful)[0]).toBe('strong');
  });

  test('trusting everything: named as a lean towards "accurate", not as skill', () => {
    expect(keys(null, truster)).toEqual(['notYet', 'trustedAll']);
  });

  test('no warm-up: only the second result, never a comparison', () => {
    const r = reportTests(null, summarizeTest(TRUTH, careful));
    expect(r.comparison).toBeNull();
    expect(r.messages.map((m) => m.key)).toEqual(['strong', 'balanced']);
    expect(r.messages[0]?.params).toMatchObject({ right: 11, total: 12 });
  });

  test('worse by more than chance: said, without blame', () => {
    expect(keys(perfect, answers([6, 6, 1, 6, 1, 6], [6, 1, 6, 1, 1, 1]))[0]).toBe('worse');
  });

  test('any answers give two messages and never claim an improvement at d′ ≤ 0', () => {
    const rating = fc.option(fc.integer({ min: 1, max: 6 }), { nil: null });
    const set = fc.array(rating, { minLength: 12, maxLength: 12 });
    fc.assert(
      fc.property(fc.option(set, { nil: null }), set, (before, after) => {
        const s = summarizeTest(TRUTH, after);
        const r = reportTests(before && summarizeTest(TRUTH, before), s);
        expect(r.messages).toHaveLength(2);
        for (const m of r.messages)
          for (const v of Object.values(m.params)) expect(Number.isFinite(v)).toBe(true);
        if (s.score.dPrime <= 0)
          expect(r.messages[0]?.key).not.toMatch(/improved|strong|sameStrong/);
      }),
    );
  });
});

describe('reportCheck: the retention check beside the second look', () => {
  const check = (after: number[] | null, c: number[]) => {
    const r = reportCheck(after && summarizeTest(TRUTH, after), summarizeTest(TRUTH, c));
    return [r.skill, r.lean.key];
  };
  test('about as well as a week before: kept', () => {
    expect(check(careful, careful)).toEqual(['kept', 'balanced']);
    expect(check(perfect, careful)).toEqual(['kept', 'balanced']);
  });
  test('past chance either way: higher or lower', () => {
    expect(check(random, perfect)).toEqual(['higher', 'balanced']);
    expect(check(perfect, random)).toEqual(['notYet', 'leanedNotAccurate']);
    expect(check(perfect, answers([6, 6, 6, 6, 2, 2], [1, 1, 1, 1, 5, 5]))).toEqual([
      'lower',
      'balanced',
    ]);
  });
  test('doubting or trusting every post is never kept skill, and is named', () => {
    expect(check(perfect, doubter)).toEqual(['notYet', 'moreDoubtful']);
    expect(check(doubter, doubter)).toEqual(['notYet', 'doubtedAll']);
    expect(check(perfect, truster)).toEqual(['notYet', 'trustedAll']);
  });
});
