/**
 * Red flags scored for discernment (issue #13), worked by hand on a small key laid out along a
 * line: 10 "sentences" of 10 characters each; 5 core red flags, 2 extras, 3 sound passages.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  CHECKS_OUT,
  markTone,
  scoreDiscernment,
  type TieredPassage,
} from '../../src/modules/red-flags/discernment';
import type { Mark } from '../../src/modules/red-flags/scoring';

const at = (i: number) => ({ start: i * 10, end: i * 10 + 9 });
const flag = (i: number, tier: 'core' | 'extra', type = 'emotive'): TieredPassage => ({
  id: `f${i}`,
  ...at(i),
  types: [type, 'other'],
  kind: 'red-flag',
  tier,
});
const sound = (i: number): TieredPassage => ({
  id: `s${i}`,
  ...at(i),
  types: [],
  kind: 'sound',
  tier: 'core',
});
const KEY = [
  flag(0, 'core'),
  flag(1, 'core'),
  flag(2, 'core'),
  flag(3, 'core'),
  flag(4, 'core'),
  flag(5, 'extra'),
  flag(6, 'extra'),
  sound(7),
  sound(8),
  sound(9),
];
const mark = (i: number, type: string): Mark => ({ ...at(i), type });

describe('scoreDiscernment', () => {
  test('a careful student: 4 of 5 core with the best type, 2 sound passages confirmed → success', () => {
    const s = scoreDiscernment(
      [0, 1, 2, 3]
        .map((i) => mark(i, 'emotive'))
        .concat([mark(7, CHECKS_OUT), mark(8, CHECKS_OUT)]),
      KEY,
    );
    expect(s.core).toEqual({ total: 5, found: 4, credit: 4 });
    expect(s.sound).toEqual({ total: 3, confirmed: 2, falseAlarms: 0 });
    // (4 + 2) of (5 + 3)
    expect([s.earned, s.possible, s.success]).toEqual([6, 8, true]);
  });

  test('marking everything with one type: every false alarm counts, and it never pays', () => {
    // 10 key sentences plus 20 sentences outside the key, all marked "other".
    const marks = Array.from({ length: 30 }, (_, i) => mark(i, 'other'));
    const s = scoreDiscernment(marks, KEY);
    expect(s.core.found).toBe(5);
    expect(s.core.credit).toBe(2.5); // partial credit each
    expect(s.sound.falseAlarms).toBe(3);
    expect(s.unkeyed).toBe(20);
    // raw 2.5 + 0.5 × 1 − 1.5 = 1.5; precision 10 / 27 → factor 0.529…
    expect(s.earned).toBeCloseTo(0.79, 2);
    expect(s.success).toBe(false);
    expect(s.earned).toBeLessThan(
      scoreDiscernment([mark(0, 'emotive'), mark(1, 'emotive')], KEY).earned,
    );
  });

  test('marking nothing: nothing earned, nothing claimed', () => {
    const s = scoreDiscernment([], KEY);
    expect([s.earned, s.success, s.core.found, s.sound.falseAlarms]).toEqual([0, false, 0, 0]);
    expect(Object.values(s.outcomes).map((o) => o.kind)).toEqual([
      ...Array(7).fill('missed'),
      'not-marked',
      'not-marked',
      'not-marked',
    ]);
  });

  test('a random-ish student: some core, a false alarm, a red flag called sound', () => {
    const s = scoreDiscernment(
      [
        mark(0, 'other'),
        mark(3, CHECKS_OUT),
        mark(7, 'emotive'),
        mark(8, CHECKS_OUT),
        mark(15, 'x'),
      ],
      KEY,
    );
    expect(s.outcomes['f3']).toEqual({ kind: 'called-sound', mark: 1 });
    expect(s.outcomes['s7']).toEqual({ kind: 'false-alarm', mark: 2, type: 'emotive' });
    expect(s.calledSound).toBe(1);
    // 0.5 + 1 − 0.5 = 1 of 8
    expect([s.earned, s.success]).toEqual([1, false]);
  });

  test('extras are a bonus at half credit, never above the possible', () => {
    const all = [0, 1, 2, 3, 4, 5, 6]
      .map((i) => mark(i, 'emotive'))
      .concat([7, 8, 9].map((i) => mark(i, CHECKS_OUT)));
    const s = scoreDiscernment(all, KEY);
    expect(s.extras).toEqual({ total: 2, found: 2, credit: 2 });
    expect([s.earned, s.possible]).toEqual([8, 8]);
  });

  test('any marks give finite points between 0 and the possible', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            start: fc.integer({ min: 0, max: 120 }),
            len: fc.integer({ min: 1, max: 30 }),
            type: fc.constantFrom('emotive', 'other', CHECKS_OUT, 'x'),
          }),
        ),
        (raw) => {
          const s = scoreDiscernment(
            raw.map((m) => ({ start: m.start, end: m.start + m.len, type: m.type })),
            KEY,
          );
          expect(Number.isFinite(s.earned)).toBe(true);
          expect(s.earned).toBeGreaterThanOrEqual(0);
          expect(s.earned).toBeLessThanOrEqual(s.possible);
        },
      ),
    );
  });
});

describe("markTone: how one mark reads in the results' article", () => {
  test('"checks out" on a sound passage is confirmed; on a red flag, called sound', () => {
    expect(markTone(mark(7, CHECKS_OUT), KEY)).toBe('confirmed');
    expect(markTone(mark(0, CHECKS_OUT), KEY)).toBe('called-sound');
  });
  test('a red-flag mark on a sound passage is a false alarm; on a red flag, its credit', () => {
    expect(markTone(mark(8, 'emotive'), KEY)).toBe('false-alarm');
    expect(markTone(mark(0, 'emotive'), KEY)).toBe('full');
    expect(markTone(mark(5, 'other'), KEY)).toBe('partial');
    expect(markTone(mark(1, 'unrelated'), KEY)).toBe('spotted');
  });
  test('a mark that finds no key passage is unkeyed, whatever its type', () => {
    expect(markTone(mark(12, 'emotive'), KEY)).toBe('unkeyed');
    expect(markTone(mark(12, CHECKS_OUT), KEY)).toBe('unkeyed');
  });
  test('a mark across a sound passage and a red flag reads as a false alarm', () => {
    expect(markTone({ start: 64, end: 76, type: 'emotive' }, KEY)).toBe('false-alarm');
  });
});
