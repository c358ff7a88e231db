/**
 * Scoring of the transfer test (issue #12): pure functions, no DOM, shipped to the browser.
 *
 * A student rates each post on a six-point scale, 1 = definitely not accurate … 6 = definitely
 * accurate. The ends (1, 6) are "sure", the middle pair (3, 4) "unsure"; a post counts as rated
 * accurate when its rating is 4 or more. From that:
 * - hit rate H: the share of accurate posts rated accurate; false-alarm rate F: the share of
 *   made-up posts rated accurate; H − F, the plain discernment;
 * - signal detection: sensitivity d′ = z(H) − z(F) (how well the student told the two kinds
 *   apart) and criterion c = −(z(H) + z(F)) / 2 (positive: leaning towards "not accurate";
 *   negative: leaning towards "accurate"), z being the inverse of the standard normal
 *   distribution. With 6 posts a side, rates of 0 and 1 are common and z(0), z(1) are infinite,
 *   so both rates use the log-linear correction: add 0.5 to each count and 1 to each number of
 *   posts, H = (hits + 0.5) / (accurate posts + 1), F = (false alarms + 0.5) / (made-up posts + 1),
 *   always, whether or not a rate is extreme. The formulas and the correction are checked against
 *   the pages quoted in content/transfer/VERIFICATION.md;
 * - the mean-rating discernment: mean rating of the accurate posts − mean rating of the made-up
 *   ones (−5 … 5);
 * - calibration: the share of "sure" answers that were right, against the share of "unsure"
 *   answers that were right (null when there were none).
 */

/** The rating scale. */
export const RATING_MIN = 1;
export const RATING_MAX = 6;
/** A rating of this or more counts as "rated accurate". */
export const RATED_ACCURATE_FROM = 4;

/** One post as the student answered it; a missing or invalid rating counts as unanswered. */
export interface RatedPost {
  accurate: boolean;
  rating?: number | null | undefined;
}

/** How many posts of one kind were answered, and how. */
export interface GroupScore {
  /** Posts of this kind with a valid rating. */
  answered: number;
  /** Of those, rated accurate (rating ≥ 4). */
  ratedAccurate: number;
  /** Mean rating, or null when none was answered. */
  meanRating: number | null;
}

/** How often answers given with one level of confidence were right. */
export interface ConfidenceShare {
  answers: number;
  right: number;
  /** right / answers, or null when there were no such answers. */
  share: number | null;
}

/** Which way a student leaned on one test (from c, see {@link BIAS_THRESHOLD}). */
export type BiasReading = 'leaned-accurate' | 'balanced' | 'leaned-not-accurate';

/** Everything one test gives. Every number is finite; null means "not enough answers". */
export interface TestScore {
  accurate: GroupScore;
  madeUp: GroupScore;
  /** Raw hit rate H (null when no accurate post was answered). */
  hitRate: number | null;
  /** Raw false-alarm rate F (null when no made-up post was answered). */
  falseAlarmRate: number | null;
  /** H − F, or null when either rate is. */
  hitMinusFalseAlarm: number | null;
  /** H and F after the log-linear correction: strictly between 0 and 1. */
  correctedHitRate: number;
  correctedFalseAlarmRate: number;
  /** Sensitivity d′ = z(H) − z(F), corrected rates. */
  dPrime: number;
  /** Criterion c = −(z(H) + z(F)) / 2, corrected rates. Positive leans "not accurate". */
  criterion: number;
  /** Mean rating of accurate posts − mean rating of made-up posts, or null. */
  meanRatingGap: number | null;
  calibration: { sure: ConfidenceShare; unsure: ConfidenceShare };
  bias: BiasReading;
}

/** The plain outcome of a before/after pair, for the messages. */
export type ChangeOutcome = 'improved' | 'same' | 'worse';

export interface TestComparison {
  dPrimeChange: number;
  hitMinusFalseAlarmChange: number | null;
  criterionChange: number;
  meanRatingGapChange: number | null;
  outcome: ChangeOutcome;
  /** c rose by more than chance gives while d′ did not improve: more doubt, not more skill. */
  moreDoubtful: boolean;
  biasBefore: BiasReading;
  biasAfter: BiasReading;
}

/*
 * How big a change counts as more than chance, with 6 accurate + 6 made-up posts per test.
 *
 * Method: a student answering at random (each rating drawn uniformly from 1–6, so each post is
 * "rated accurate" with probability 1/2, whatever the truth) takes both tests. Their hits and
 * false alarms on each test are then independent Binomial(6, 1/2) counts, so the change in d′
 * between the tests takes one of finitely many values, and its distribution can be enumerated
 * exactly over the 7⁴ combinations of (hits, false alarms) before and after. The threshold is the
 * 95th percentile of that change: a random student exceeds it in at most 5% of before/after pairs.
 * tests/unit/transfer-scoring.test.ts recomputes every threshold both by that enumeration and by
 * a seeded simulation of 100,000 random students through scoreTest and compareTests. With these
 * thresholds a student answering at random on both tests is told "improved" in 3.9% of pairs,
 * "worse" in 4.2% and "more doubtful" in 3.9% (exact).
 *
 * - d′: the 95th percentile of the change is 1.58328 (a random student stays at or below it
 *   95.8% of the time; it is exceeded 4.2% of the time). The next possible change above it is
 *   1.7727. Example: d′ 0 (3 hits, 3 false alarms) to 1.58 (5 hits, 1 false alarm) is still
 *   within chance; to 2.26 (5 hits, 0 false alarms) is an improvement.
 * - H − F: 95th percentile 2/3 (exceeded 3.2% of the time): an improvement needs H − F to rise by
 *   at least 5/6, e.g. from 0 to 5/6.
 * - c: the same distribution as d′ / 2 under this null (H and F play symmetric roles), so its
 *   95th percentile is 0.79164.
 * Each constant is the percentile rounded up in the 4th decimal, so that the percentile itself
 * (a change chance alone reaches more than 5% of the time) never counts; a change must be
 * strictly greater than the constant. The thresholds assume complete tests (12 answers each):
 * with fewer answers chance moves the scores further, so the messages should only compare
 * complete tests. A student who already discerns well before the lesson has less room to rise;
 * "same" then is no failure, and the messages should praise a strong "after" score on its own.
 */
export const D_PRIME_CHANGE_THRESHOLD = 1.5833;
export const HIT_MINUS_FALSE_ALARM_CHANGE_THRESHOLD = 0.6667;
export const CRITERION_CHANGE_THRESHOLD = 0.7917;

/*
 * Bias reading per test. c depends mostly on how many of the 12 posts the student called
 * accurate. With 6 + 6 posts and the log-linear correction, every way of calling at most 4 of
 * the 12 posts accurate gives c ≥ 0.366 (the smallest: 2 hits, 2 false alarms), and every way of
 * calling 5 to 7 of them accurate gives |c| ≤ 0.337 (the largest, e.g. 5 hits and no false alarm,
 * or 6 hits and 1 false alarm). So |c| ≥ 0.35 means exactly: the student called at most a third of the
 * posts accurate (leaned "not accurate"), or at least two thirds (leaned "accurate"), when in
 * truth half were. A careful student who misses one post either way reads "balanced"; one who
 * doubts everything (c = 1.465) reads "leaned not accurate". This is a description of one test,
 * not a claim about chance: whether the lean grew between tests is CRITERION_CHANGE_THRESHOLD's
 * job.
 */
export const BIAS_THRESHOLD = 0.35;

/** A rating on the scale, or null for anything else (missing, out of range, not a whole number). */
export function validRating(rating: unknown): number | null {
  return typeof rating === 'number' &&
    Number.isInteger(rating) &&
    rating >= RATING_MIN &&
    rating <= RATING_MAX
    ? rating
    : null;
}

/** True when a rating counts as "rated accurate". */
export function ratedAccurate(rating: number): boolean {
  return rating >= RATED_ACCURATE_FROM;
}

// Peter J. Acklam's rational approximation of the inverse normal CDF (relative error < 1.15e-9).
const A = [
  -3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2,
  -3.066479806614716e1, 2.506628277459239,
] as const;
const B = [
  -5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1,
  -1.328068155288572e1,
] as const;
const C = [
  -7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734,
  4.374664141464968, 2.938163982698783,
] as const;
const D = [
  7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416,
] as const;
const P_LOW = 0.02425;

function tail(q: number): number {
  return (
    (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5]) /
    ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1)
  );
}

/**
 * z(p): the inverse of the standard normal distribution function (the "probit").
 *
 * @example probit(0.975) // 1.959964…
 */
export function probit(p: number): number {
  if (Number.isNaN(p)) return NaN;
  if (p <= 0) return -Infinity;
  if (p >= 1) return Infinity;
  if (p < P_LOW) return tail(Math.sqrt(-2 * Math.log(p)));
  if (p > 1 - P_LOW) return -tail(Math.sqrt(-2 * Math.log(1 - p)));
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q) /
    (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1)
  );
}

/** The log-linear correction: (count + 0.5) / (trials + 1). */
export function logLinearRate(count: number, trials: number): number {
  return (count + 0.5) / (trials + 1);
}

/** Which way c leans (see {@link BIAS_THRESHOLD}). */
export function biasReading(criterion: number): BiasReading {
  if (criterion >= BIAS_THRESHOLD) return 'leaned-not-accurate';
  if (criterion <= -BIAS_THRESHOLD) return 'leaned-accurate';
  return 'balanced';
}

const share = (right: number, answers: number): ConfidenceShare => ({
  answers,
  right,
  share: answers > 0 ? right / answers : null,
});

/** Scores one test. Never throws; every number it returns is finite (or null). */
export function scoreTest(posts: readonly RatedPost[]): TestScore {
  const group = { acc: { n: 0, yes: 0, sum: 0 }, made: { n: 0, yes: 0, sum: 0 } };
  let sure = 0;
  let sureRight = 0;
  let unsure = 0;
  let unsureRight = 0;
  for (const post of posts) {
    const rating = validRating(post.rating);
    if (rating === null) continue;
    const g = post.accurate ? group.acc : group.made;
    const saidAccurate = ratedAccurate(rating);
    g.n += 1;
    g.sum += rating;
    if (saidAccurate) g.yes += 1;
    const right = saidAccurate === post.accurate;
    if (rating === RATING_MIN || rating === RATING_MAX) {
      sure += 1;
      if (right) sureRight += 1;
    } else if (rating === RATED_ACCURATE_FROM || rating === RATED_ACCURATE_FROM - 1) {
      unsure += 1;
      if (right) unsureRight += 1;
    }
  }
  const mean = (g: { n: number; sum: number }) => (g.n > 0 ? g.sum / g.n : null);
  const hitRate = group.acc.n > 0 ? group.acc.yes / group.acc.n : null;
  const falseAlarmRate = group.made.n > 0 ? group.made.yes / group.made.n : null;
  const correctedHitRate = logLinearRate(group.acc.yes, group.acc.n);
  const correctedFalseAlarmRate = logLinearRate(group.made.yes, group.made.n);
  const zH = probit(correctedHitRate);
  const zF = probit(correctedFalseAlarmRate);
  const criterion = -(zH + zF) / 2;
  const meanAcc = mean(group.acc);
  const meanMade = mean(group.made);
  return {
    accurate: { answered: group.acc.n, ratedAccurate: group.acc.yes, meanRating: meanAcc },
    madeUp: { answered: group.made.n, ratedAccurate: group.made.yes, meanRating: meanMade },
    hitRate,
    falseAlarmRate,
    hitMinusFalseAlarm:
      hitRate !== null && falseAlarmRate !== null ? hitRate - falseAlarmRate : null,
    correctedHitRate,
    correctedFalseAlarmRate,
    dPrime: zH - zF,
    criterion,
    meanRatingGap: meanAcc !== null && meanMade !== null ? meanAcc - meanMade : null,
    calibration: { sure: share(sureRight, sure), unsure: share(unsureRight, unsure) },
    bias: biasReading(criterion),
  };
}

/**
 * Compares a student's two tests. "improved" needs d′ to rise by more than chance gives
 * ({@link D_PRIME_CHANGE_THRESHOLD}) and to end above 0: a student who still cannot tell the
 * posts apart, or believes the made-up ones more, is never told they got better.
 */
export function compareTests(before: TestScore, after: TestScore): TestComparison {
  const dPrimeChange = after.dPrime - before.dPrime;
  const criterionChange = after.criterion - before.criterion;
  const outcome: ChangeOutcome =
    dPrimeChange > D_PRIME_CHANGE_THRESHOLD && after.dPrime > 0
      ? 'improved'
      : dPrimeChange < -D_PRIME_CHANGE_THRESHOLD
        ? 'worse'
        : 'same';
  const diff = (a: number | null, b: number | null) => (a !== null && b !== null ? a - b : null);
  return {
    dPrimeChange,
    hitMinusFalseAlarmChange: diff(after.hitMinusFalseAlarm, before.hitMinusFalseAlarm),
    criterionChange,
    meanRatingGapChange: diff(after.meanRatingGap, before.meanRatingGap),
    outcome,
    moreDoubtful: criterionChange > CRITERION_CHANGE_THRESHOLD && outcome !== 'improved',
    biasBefore: before.bias,
    biasAfter: after.bias,
  };
}
