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
