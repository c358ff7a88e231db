/**
 * The second look's result screen: which band (and so which praise or encouragement) a student's
 * two tests give. Worked by hand on the real truth by position of forms A and B.
 */
import { describe, expect, test } from 'vitest';
import { lessonResult } from '../../src/modules/summary/lesson-result';
import { summarizeTest } from '../../src/modules/transfer/report';

const TRUTH = [true, false, false, true, false, true, true, false, true, false, false, true];
/** Ratings by position from ratings of the accurate posts and of the made-up ones, in order. */
function answers(accurate: number[], madeUp: number[]): number[] {
  const a = [...accurate];
  const m = [...madeUp];
  return TRUTH.map((isAccurate) => (isAccurate ? a.shift()! : m.shift()!));
}
const test12 = (ratings: (number | null)[] | null) => ratings && summarizeTest(TRUTH, ratings);
const band = (before: (number | null)[] | null, after: (number | null)[] | null) =>
  lessonResult(test12(before), test12(after)).band;

const perfect = answers([6, 6, 6, 6, 6, 6], [1, 1, 1, 1, 1, 1]);
const careful = answers([6, 5, 6, 5, 6, 5], [1, 2, 1, 2, 1, 4]);
/** Calls everything accurate: d′ 0. */
const truster = answers([4, 4, 4, 4, 4, 4], [4, 4, 4, 4, 4, 4]);
/** Calls everything not accurate: d′ 0, leaning hard towards "not accurate". */
const doubter = answers([1, 1, 1, 1, 1, 1], [1, 1, 1, 1, 1, 1]);
/** 4 of 6 accurate called accurate, 2 of 6 made up: some skill (d′ 0.73), 8 right. */
const middling = answers([5, 5, 5, 5, 2, 2], [5, 5, 2, 2, 2, 2]);
/** Half of each called accurate: no skill, no lean (d′ 0, c 0). */
const coinFlip = answers([5, 5, 5, 2, 2, 2], [5, 5, 5, 2, 2, 2]);

describe('lessonResult', () => {
  test('better skill: d′ rose by more than chance gives', () => {
    const words = lessonResult(test12(truster), test12(careful));
    expect(words.band).toBe('better');
    expect(words.params).toMatchObject({ before: 6, after: 11, total: 12, accurate: 6 });
  });

  test('more doubt without more skill: true posts called false too', () => {
    // Right before, but not surely; everything "not accurate" after.
    const words = lessonResult(
      test12(answers([5, 5, 5, 5, 5, 5], [2, 2, 2, 2, 2, 2])),
      test12(doubter),
    );
    expect(words.band).toBe('moreDoubt');
    expect(words.params).toMatchObject({ calledBefore: 6, calledAfter: 0, missed: 6 });
    // Trusting everything, then doubting everything: no skill either way, all doubt.
    expect(band(truster, doubter)).toBe('moreDoubt');
  });

  test('no change: about the same skill, not strong', () => {
    expect(band(middling, middling)).toBe('same');
    expect(band(coinFlip, middling)).toBe('same');
  });

  test('no change at a strong level is praised as steady', () => {
    expect(band(perfect, perfect)).toBe('steady');
    expect(band(careful, perfect)).toBe('steady');
  });

  test('worse: d′ fell by more than chance gives, with no rise in doubt', () => {
    expect(band(perfect, coinFlip)).toBe('worse');
  });

  test('incomplete data: a test missing or not fully answered', () => {
    expect(band(perfect, null)).toBe('noAfter');
    expect(band(perfect, [...perfect.slice(0, 11), null])).toBe('noAfter');
    expect(band(null, perfect)).toBe('noBefore');
    expect(band([null, ...perfect.slice(1)], perfect)).toBe('noBefore');
    expect(lessonResult(null, test12(careful)).params).toEqual({ after: 11, total: 12 });
  });
});
