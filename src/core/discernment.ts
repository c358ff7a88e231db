/**
 * Discernment: how much more a student believes the accurate claims than the inaccurate ones.
 *
 * A lesson that only makes students doubt everything has failed them. So we never score
 * "suspicion" (low ratings overall); we score the gap between the two groups. Ratings are 1–5,
 * so the gap runs from −4 (believes the wrong claims, doubts the right ones) to +4.
 */

export interface RatedClaim {
  id: string;
  accurate: boolean;
}

export interface Discernment {
  /** Mean rating of the accurate claims the student rated, or null if none rated. */
  accurateMean: number | null;
  /** Mean rating of the inaccurate claims the student rated, or null if none rated. */
  inaccurateMean: number | null;
  /** accurateMean − inaccurateMean, or null unless both groups have a rating. −4 … +4. */
  gap: number | null;
  /** How many claims were rated. */
  rated: number;
}

function mean(values: number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

/**
 * Whether one rating judged a claim rightly: "probably" or "definitely" true of an accurate
 * claim, false of an inaccurate one. "Not sure" (3) and no rating are not right; the results
 * open the explanation for those, as for a wrong one.
 */
export function judgedRightly(accurate: boolean, rating: number | undefined): boolean {
  if (rating === undefined) return false;
  return accurate ? rating >= 4 : rating <= 2;
}

/**
 * @example discernment([{id:'a',accurate:true},{id:'b',accurate:false}], {a:5,b:1}).gap // 4
 */
export function discernment(
  claims: readonly RatedClaim[],
  ratings: Readonly<Record<string, number>>,
): Discernment {
  const accurate: number[] = [];
  const inaccurate: number[] = [];
  for (const claim of claims) {
    const r = ratings[claim.id];
    if (r === undefined) continue;
    (claim.accurate ? accurate : inaccurate).push(r);
  }
  const a = mean(accurate);
  const i = mean(inaccurate);
  return {
    accurateMean: a,
    inaccurateMean: i,
    gap: a === null || i === null ? null : a - i,
    rated: accurate.length + inaccurate.length,
  };
}

export type Change = 'better' | 'same' | 'worse';

/**
 * Compares two gaps. Changes smaller than a quarter point count as "the same", so one
 * nudged slider is not reported as progress.
 */
export function compareDiscernment(before: number, after: number): Change {
  const d = after - before;
  if (d >= 0.25) return 'better';
  if (d <= -0.25) return 'worse';
  return 'same';
}

/** Formats a gap with its sign and up to one decimal, e.g. +1.5, −0.3, 0. */
export function formatGap(gap: number): string {
  const rounded = Math.round(gap * 10) / 10;
  if (rounded === 0) return '0';
  const text = Math.abs(rounded).toFixed(Number.isInteger(rounded) ? 0 : 1);
  return rounded > 0 ? `+${text}` : `−${text}`;
}

/** How one phase's gap reads in words: higher, lower, or the same, and by how much. */
export interface GapWords {
  key: 'higher' | 'lower' | 'same';
  /** The size of the gap, without its sign (formatted by the caller). */
  size: number;
}

/** What the six practice claims' results say (see {@link practiceMessages}). */
export type PracticeVerdict = 'doubtedAll' | 'trustedAll' | 'strong' | 'some' | 'notApart';

export interface PracticeMessages {
  before: GapWords | null;
  after: GapWords | null;
  /** Null when the second look has no gap to read (a group of claims left unrated). */
  verdict: PracticeVerdict | null;
}

/** An after gap from which the result is praised: e.g. accurate claims at 4.3, the others at 2.3. */
export const STRONG_GAP = 2;
/** Ratings at or below this are "false" (1 definitely, 2 probably); at or above TRUSTED_FROM "true". */
export const DOUBTED_UP_TO = 2;
export const TRUSTED_FROM = 4;

function gapWords(gap: number | null): GapWords | null {
  if (gap === null) return null;
  const size = Math.abs(gap);
  // The same rounding as formatGap: a gap that reads "0" is "the same".
  if (Math.round(size * 10) === 0) return { key: 'same', size: 0 };
  return { key: gap > 0 ? 'higher' : 'lower', size };
}

/**
 * The messages for the six claims of the first impressions and the second look. These claims are
 * lesson practice: the lesson explains them on the way, so the "after" shows what a student took
 * from it, not their skill (the before/after test of new posts measures that). So the messages
 * describe each gap in words, never claim an improvement, and:
 * - name it plainly when the student rated every claim false or probably false (1–2), the
 *   accurate ones too, or every claim true or probably true (4–5), whatever the gap;
 * - praise a strong "after" gap (≥ {@link STRONG_GAP});
 * - say "not yet apart" when the after gap is 0 or below, however much it rose.
 * `afterRatings` are the second look's claim ratings (1–5).
 */
export function practiceMessages(
  before: number | null,
  after: number | null,
  afterRatings: readonly number[],
): PracticeMessages {
  let verdict: PracticeVerdict | null = null;
  if (after !== null) {
    const all = (ok: (r: number) => boolean) => afterRatings.length > 0 && afterRatings.every(ok);
    if (all((r) => r <= DOUBTED_UP_TO)) verdict = 'doubtedAll';
    else if (all((r) => r >= TRUSTED_FROM)) verdict = 'trustedAll';
    else if (after >= STRONG_GAP) verdict = 'strong';
    else if (Math.round(after * 10) > 0) verdict = 'some';
    else verdict = 'notApart';
  }
  return { before: gapWords(before), after: gapWords(after), verdict };
}
