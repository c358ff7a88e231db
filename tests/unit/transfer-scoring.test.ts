import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  BIAS_THRESHOLD,
  CRITERION_CHANGE_THRESHOLD,
  D_PRIME_CHANGE_THRESHOLD,
  HIT_MINUS_FALSE_ALARM_CHANGE_THRESHOLD,
  compareTests,
  logLinearRate,
  probit,
  scoreTest,
  type RatedPost,
  type TestScore,
} from '../../src/modules/transfer/scoring';

/** Six accurate posts then six made-up ones, rated as given. */
function test12(accurate: number[], madeUp: number[]): RatedPost[] {
  return [
    ...accurate.map((rating) => ({ accurate: true, rating })),
    ...madeUp.map((rating) => ({ accurate: false, rating })),
  ];
}

/** A complete test with `hits` accurate and `falseAlarms` made-up posts rated 5, the rest 2. */
function counts(hits: number, falseAlarms: number): TestScore {
  const side = (yes: number) => Array.from({ length: 6 }, (_, i) => (i < yes ? 5 : 2));
  return scoreTest(test12(side(hits), side(falseAlarms)));
}

// Reference values from Python's statistics.NormalDist().inv_cdf, an independent implementation.
const Z_6_5_OF_7 = 1.4652337926855223; // z(6.5 / 7): the corrected rate for 6 of 6
const Z_2_5_OF_7 = -0.3661063568005697; // z(2.5 / 7): 2 of 6
const Z_5_5_OF_7 = 0.7916386077433746; // z(5.5 / 7): 5 of 6

describe('probit (the inverse normal distribution function)', () => {
  // Expected values: Python's statistics.NormalDist().inv_cdf.
  test.each([
    [0.5, 0],
    [0.975, 1.9599639845400536],
    [0.025, -1.9599639845400536],
    [0.95, 1.6448536269514715],
    [0.9, 1.2815515655446008],
    [0.999, 3.090232306167813],
    [0.01, -2.3263478740408408],
    [1e-9, -5.9978070150076865],
    [6.5 / 7, Z_6_5_OF_7],
    [2.5 / 7, Z_2_5_OF_7],
  ])('z(%d) = %d', (p, expected) => {
    expect(probit(p)).toBeCloseTo(expected, 7);
  });

  test('z(0.975) = 1.959964 to six decimals, and the function is odd about 0.5', () => {
    expect(probit(0.975).toFixed(6)).toBe('1.959964');
    for (const p of [0.001, 0.02, 0.0243, 0.1, 0.3, 0.49])
      expect(probit(p)).toBeCloseTo(-probit(1 - p), 9);
  });

  test('is infinite at 0 and 1, and NaN for NaN', () => {
    expect(probit(0)).toBe(-Infinity);
    expect(probit(1)).toBe(Infinity);
    expect(probit(NaN)).toBeNaN();
  });
});

describe('the log-linear correction', () => {
  test('adds 0.5 to the count and 1 to the number of posts', () => {
    expect(logLinearRate(6, 6)).toBe(6.5 / 7);
    expect(logLinearRate(0, 6)).toBe(0.5 / 7);
  });

  test('matches a published worked example (R package statpsych, signal(82, 46, 100, 100))', () => {
    // Its documentation: HR 0.8168317, FAR 0.460396, d-prime 1.002793, Bias -0.4019603, computed
    // "after adding .5 to the number of 'Yes' responses … and adding 1 to the number of … trials".
    const h = logLinearRate(82, 100);
    const f = logLinearRate(46, 100);
    expect(h).toBeCloseTo(0.8168317, 7);
    expect(f).toBeCloseTo(0.460396, 6);
    expect(probit(h) - probit(f)).toBeCloseTo(1.002793, 6);
    expect(-(probit(h) + probit(f)) / 2).toBeCloseTo(-0.4019603, 6);
  });
});

describe('scoring one test, worked by hand', () => {
  test('a perfect student: H = 1, F = 0, d′ = 2·z(6.5/7) = 2.93, c = 0, gap 5, every sure answer right', () => {
    const s = scoreTest(test12([6, 6, 6, 6, 6, 6], [1, 1, 1, 1, 1, 1]));
    expect(s.hitRate).toBe(1);
    expect(s.falseAlarmRate).toBe(0);
    expect(s.hitMinusFalseAlarm).toBe(1);
    expect(s.correctedHitRate).toBeCloseTo(6.5 / 7, 12);
    expect(s.correctedFalseAlarmRate).toBeCloseTo(0.5 / 7, 12);
    expect(s.dPrime).toBeCloseTo(2 * Z_6_5_OF_7, 7);
    expect(s.criterion).toBeCloseTo(0, 9);
    expect(s.meanRatingGap).toBe(5);
    expect(s.calibration.sure).toEqual({ answers: 12, right: 12, share: 1 });
    expect(s.calibration.unsure).toEqual({ answers: 0, right: 0, share: null });
    expect(s.bias).toBe('balanced');
  });

  test('all "not accurate": H = F = 0, d′ = 0, c = z(6.5/7) = 1.465, leaned "not accurate"', () => {
    const s = scoreTest(test12([1, 1, 1, 1, 1, 1], [1, 1, 1, 1, 1, 1]));
    expect(s.hitRate).toBe(0);
    expect(s.falseAlarmRate).toBe(0);
    expect(s.hitMinusFalseAlarm).toBe(0);
    expect(s.dPrime).toBeCloseTo(0, 9);
    expect(s.criterion).toBeCloseTo(Z_6_5_OF_7, 7);
    expect(s.meanRatingGap).toBe(0);
    expect(s.calibration.sure).toEqual({ answers: 12, right: 6, share: 0.5 });
    expect(s.bias).toBe('leaned-not-accurate');
  });

  test('all "accurate": H = F = 1, d′ = 0, c = −1.465, leaned "accurate"', () => {
    const s = scoreTest(test12([6, 6, 6, 6, 6, 6], [6, 6, 6, 6, 6, 6]));
    expect(s.hitRate).toBe(1);
    expect(s.falseAlarmRate).toBe(1);
    expect(s.dPrime).toBeCloseTo(0, 9);
    expect(s.criterion).toBeCloseTo(-Z_6_5_OF_7, 7);
    expect(s.bias).toBe('leaned-accurate');
  });

  test('a fixed random pattern (accurate 3 4 2 5 1 3, made up 2 5 1 3 4 2)', () => {
    const s = scoreTest(test12([3, 4, 2, 5, 1, 3], [2, 5, 1, 3, 4, 2]));
    // Rated accurate (≥ 4): 4 and 5 on each side, so 2 hits and 2 false alarms.
    expect(s.accurate).toEqual({ answered: 6, ratedAccurate: 2, meanRating: 3 });
    expect(s.madeUp).toEqual({ answered: 6, ratedAccurate: 2, meanRating: 17 / 6 });
    expect(s.hitMinusFalseAlarm).toBe(0);
    expect(s.dPrime).toBeCloseTo(0, 9);
    // H = F = 2.5/7, so c = −z(2.5/7) = 0.366: calling 4 of 12 posts accurate is a lean.
    expect(s.criterion).toBeCloseTo(-Z_2_5_OF_7, 7);
    expect(s.bias).toBe('leaned-not-accurate');
    expect(s.meanRatingGap).toBeCloseTo(1 / 6, 12);
    // Sure: the accurate post rated 1 (wrong), the made-up post rated 1 (right).
    expect(s.calibration.sure).toEqual({ answers: 2, right: 1, share: 0.5 });
    // Unsure: accurate 4 (right), 3, 3 (wrong); made up 3 (right), 4 (wrong).
    expect(s.calibration.unsure).toEqual({ answers: 5, right: 2, share: 0.4 });
  });

  test('a careful student right on all but one post: d′ = 2.26, c = −0.34, balanced', () => {
    const s = scoreTest(test12([6, 5, 6, 5, 6, 5], [1, 2, 1, 2, 1, 4]));
    expect(s.hitRate).toBe(1);
    expect(s.falseAlarmRate).toBeCloseTo(1 / 6, 12);
    expect(s.dPrime).toBeCloseTo(Z_6_5_OF_7 - -Z_5_5_OF_7, 7);
    expect(s.criterion).toBeCloseTo(-(Z_6_5_OF_7 - Z_5_5_OF_7) / 2, 7);
    expect(s.bias).toBe('balanced');
    expect(s.calibration.unsure).toEqual({ answers: 1, right: 0, share: 0 });
  });

  test('rates of 0 and 1 give finite, corrected scores, and H = 1, F = 0 is the largest d′', () => {
    for (const [h, f] of [
      [0, 0],
      [0, 6],
      [6, 0],
      [6, 6],
    ] as const) {
      const s = counts(h, f);
      expect(s.hitRate).toBe(h / 6);
      expect(s.falseAlarmRate).toBe(f / 6);
      expect(Number.isFinite(s.dPrime) && Number.isFinite(s.criterion)).toBe(true);
    }
    expect(counts(6, 0).dPrime).toBeCloseTo(2 * Z_6_5_OF_7, 7);
    expect(counts(0, 6).dPrime).toBeCloseTo(-2 * Z_6_5_OF_7, 7);
    for (let h = 0; h <= 6; h++)
      for (let f = 0; f <= 6; f++)
        expect(counts(h, f).dPrime).toBeLessThanOrEqual(counts(6, 0).dPrime + 1e-12);
  });

  test('no answers at all: rates and means are null, d′ and c are 0, nothing throws', () => {
    const s = scoreTest([]);
    expect(s.hitRate).toBeNull();
    expect(s.falseAlarmRate).toBeNull();
    expect(s.hitMinusFalseAlarm).toBeNull();
    expect(s.meanRatingGap).toBeNull();
    expect(s.dPrime).toBe(0);
    expect(s.criterion).toBeCloseTo(0, 12);
    expect(s.calibration.sure.share).toBeNull();
    expect(s.calibration.unsure.share).toBeNull();
  });

  test('only 2s and 5s: no sure and no unsure answers, so calibration has nothing to say', () => {
    const s = scoreTest(test12([5, 5, 5, 5, 5, 5], [2, 2, 2, 2, 2, 2]));
    expect(s.calibration.sure).toEqual({ answers: 0, right: 0, share: null });
    expect(s.calibration.unsure).toEqual({ answers: 0, right: 0, share: null });
  });

  test('ignores missing and invalid ratings', () => {
    const s = scoreTest([
      { accurate: true, rating: 6 },
      { accurate: true, rating: null },
      { accurate: true },
      { accurate: true, rating: 7 },
      { accurate: true, rating: 0 },
      { accurate: true, rating: 4.5 },
      { accurate: false, rating: NaN },
      { accurate: false, rating: 2 },
    ]);
    expect(s.accurate.answered).toBe(1);
    expect(s.madeUp.answered).toBe(1);
    expect(s.correctedHitRate).toBeCloseTo(1.5 / 2, 12);
  });
});

describe('the bias reading', () => {
  test('|c| ≥ 0.35 exactly when a complete test calls at most 4 or at least 8 of the 12 posts accurate', () => {
    for (let h = 0; h <= 6; h++)
      for (let f = 0; f <= 6; f++) {
        const said = h + f;
        const expected =
          said <= 4 ? 'leaned-not-accurate' : said >= 8 ? 'leaned-accurate' : 'balanced';
        expect(counts(h, f).bias, `${h} hits, ${f} false alarms`).toBe(expected);
        expect(Math.abs(Math.abs(counts(h, f).criterion) - BIAS_THRESHOLD)).toBeGreaterThan(0.01);
      }
  });
});

describe('comparing two tests', () => {
  const random = scoreTest(test12([3, 4, 2, 5, 1, 3], [2, 5, 1, 3, 4, 2]));
  const careful = scoreTest(test12([6, 5, 6, 5, 6, 5], [1, 2, 1, 2, 1, 4]));
  const perfect = counts(6, 0);
  const doubter = scoreTest(test12([2, 1, 2, 1, 2, 2], [1, 1, 2, 1, 2, 1]));

  test('random, then careful: improved', () => {
    const c = compareTests(random, careful);
    expect(c.dPrimeChange).toBeCloseTo(careful.dPrime - random.dPrime, 12);
    expect(c.dPrimeChange).toBeGreaterThan(D_PRIME_CHANGE_THRESHOLD);
    expect(c.outcome).toBe('improved');
    expect(c.moreDoubtful).toBe(false);
    expect(c.biasBefore).toBe('leaned-not-accurate');
    expect(c.biasAfter).toBe('balanced');
  });

  test('perfect twice: the same, and never "worse"', () => {
    expect(compareTests(perfect, perfect).outcome).toBe('same');
  });

  test('perfect, then random: worse', () => {
    expect(compareTests(perfect, random).outcome).toBe('worse');
  });

  test('random, then doubting everything: the same skill, but more doubtful', () => {
    const c = compareTests(random, doubter);
    expect(c.outcome).toBe('same');
    expect(c.criterionChange).toBeCloseTo(Z_6_5_OF_7 + Z_2_5_OF_7, 7);
    expect(c.moreDoubtful).toBe(true);
    expect(c.biasAfter).toBe('leaned-not-accurate');
  });

  test('a change within chance is "same": d′ 0 to 1.58 (3 + 3 to 5 + 1)', () => {
    const c = compareTests(counts(3, 3), counts(5, 1));
    expect(c.dPrimeChange).toBeCloseTo(2 * Z_5_5_OF_7, 7);
    expect(c.outcome).toBe('same');
    expect(compareTests(counts(3, 3), counts(5, 0)).outcome).toBe('improved');
  });

  test('never "improved" when d′ after is 0 or below, however large the rise', () => {
    const backwards = counts(0, 6);
    expect(compareTests(backwards, counts(3, 3)).dPrimeChange).toBeGreaterThan(2.9);
    expect(compareTests(backwards, counts(3, 3)).outcome).toBe('same');
    expect(compareTests(backwards, counts(2, 3)).outcome).toBe('same');
    expect(compareTests(backwards, counts(4, 3)).outcome).toBe('improved');
  });

  test('a student who doubts everything before and after is not "more doubtful": c did not rise', () => {
    expect(compareTests(doubter, doubter).moreDoubtful).toBe(false);
  });
});

/** The 95th percentile of a weighted sample: the smallest value v with P(X ≤ v) ≥ 0.95. */
function percentile95(values: readonly (readonly [number, number])[]): number {
  const total = values.reduce((sum, [, w]) => sum + w, 0);
  const sorted = [...values].sort((a, b) => a[0] - b[0]);
  let cumulative = 0;
  for (const [v, w] of sorted) {
    cumulative += w;
    if (cumulative >= 0.95 * total - 1e-12) return v;
  }
  return NaN;
}

/** Mulberry32: a small seeded generator, so the simulation is the same on every run. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('the chance thresholds (6 + 6 posts, a student answering at random on both tests)', () => {
  type Change = 'dPrimeChange' | 'hitMinusFalseAlarmChange' | 'criterionChange';
  const thresholds: [Change, number][] = [
    ['dPrimeChange', D_PRIME_CHANGE_THRESHOLD],
    ['hitMinusFalseAlarmChange', HIT_MINUS_FALSE_ALARM_CHANGE_THRESHOLD],
    ['criterionChange', CRITERION_CHANGE_THRESHOLD],
  ];

  // Exact: hits and false alarms are independent Binomial(6, 1/2) on each test.
  const binomial = [1, 6, 15, 20, 15, 6, 1].map((c) => c / 64);
  const exact = new Map<Change, [number, number][]>(thresholds.map(([k]) => [k, []]));
  for (let h1 = 0; h1 <= 6; h1++)
    for (let f1 = 0; f1 <= 6; f1++)
      for (let h2 = 0; h2 <= 6; h2++)
        for (let f2 = 0; f2 <= 6; f2++) {
          const w = binomial[h1]! * binomial[f1]! * binomial[h2]! * binomial[f2]!;
          const c = compareTests(counts(h1, f1), counts(h2, f2));
          for (const [k] of thresholds) exact.get(k)!.push([c[k] ?? NaN, w]);
        }

  test.each(thresholds)(
    '%s: the constant is the exact 95th percentile, rounded up in the 4th decimal',
    (key, constant) => {
      const values = exact.get(key)!;
      const p95 = percentile95(values);
      expect(constant).toBe(Math.ceil(p95 * 1e4 - 1e-9) / 1e4);
      // Chance alone exceeds the constant at most 5% of the time…
      const above = values.filter(([v]) => v > constant).reduce((s, [, w]) => s + w, 0);
      expect(above).toBeLessThanOrEqual(0.05);
      // …and the constant sits below the next change that can happen, so rounding changed nothing.
      const next = Math.min(...values.map(([v]) => v).filter((v) => v > p95 + 1e-9));
      expect(constant).toBeLessThan(next);
    },
  );

  test(
    'a seeded simulation of 100,000 random students through scoreTest agrees',
    { timeout: 60_000 },
    () => {
      const rand = mulberry32(20260112);
      const rate = () => 1 + Math.floor(rand() * 6);
      const randomTest = () =>
        scoreTest(test12(Array.from({ length: 6 }, rate), Array.from({ length: 6 }, rate)));
      const n = 100_000;
      const simulated = new Map<Change, Float64Array>(
        thresholds.map(([k]) => [k, new Float64Array(n)]),
      );
      let improved = 0;
      let moreDoubtful = 0;
      for (let i = 0; i < n; i++) {
        const c = compareTests(randomTest(), randomTest());
        for (const [k] of thresholds) simulated.get(k)![i] = c[k] ?? NaN;
        if (c.outcome === 'improved') improved += 1;
        if (c.moreDoubtful) moreDoubtful += 1;
      }
      for (const [k, constant] of thresholds) {
        const sorted = simulated.get(k)!.sort();
        const p95 = sorted[Math.ceil(0.95 * n) - 1]!;
        expect(p95, k).toBeCloseTo(percentile95(exact.get(k)!), 9);
        expect(constant, k).toBe(Math.ceil(p95 * 1e4 - 1e-9) / 1e4);
      }
      // A student answering at random is told "improved" or "more doubtful" rarely.
      expect(improved / n).toBeLessThan(0.05);
      expect(moreDoubtful / n).toBeLessThan(0.05);
    },
  );
});

describe('property: any answers', () => {
  const anyRating = fc.oneof(
    fc.integer({ min: -2, max: 9 }),
    fc.double({ noNaN: false }),
    fc.constant(null),
    fc.constant(undefined),
  );
  const anyTest = fc.array(fc.record({ accurate: fc.boolean(), rating: anyRating }), {
    maxLength: 40,
  });
  const finiteOrNull = (v: number | null) => v === null || Number.isFinite(v);

  test('give finite numbers (or null) and never throw', () => {
    fc.assert(
      fc.property(anyTest, anyTest, (a, b) => {
        const before = scoreTest(a);
        const after = scoreTest(b);
        for (const s of [before, after]) {
          for (const v of [s.dPrime, s.criterion, s.correctedHitRate, s.correctedFalseAlarmRate])
            expect(Number.isFinite(v)).toBe(true);
          expect(s.correctedHitRate > 0 && s.correctedHitRate < 1).toBe(true);
          for (const v of [
            s.hitRate,
            s.falseAlarmRate,
            s.hitMinusFalseAlarm,
            s.meanRatingGap,
            s.accurate.meanRating,
            s.madeUp.meanRating,
            s.calibration.sure.share,
            s.calibration.unsure.share,
          ])
            expect(finiteOrNull(v)).toBe(true);
        }
        const c = compareTests(before, after);
        expect(Number.isFinite(c.dPrimeChange) && Number.isFinite(c.criterionChange)).toBe(true);
        if (c.outcome === 'improved') expect(after.dPrime).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });
});
