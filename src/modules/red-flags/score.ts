/**
 * "Spot the red flags": checking the marks against the key (pure). Loaded with the results
 * (./parts/Results.tsx), not on the first visit: marking needs only ./scoring.ts.
 *
 * {@link scoreMarks} matches marks to key passages by overlap (never by exact offsets), gives
 * full or partial credit by type, subtracts hints, and shrinks the score when most marks are
 * outside the key, so marking everything does not pay.
 *
 * No DOM, no stores: everything here is tested in tests/unit/red-flags*.test.ts.
 */
import type { KeyPassage, Range } from '../../core/marking-doc';
import { MAX_HINT_LEVEL } from './hint-levels';
import type { Mark } from './scoring';

/**
 * How many characters two ranges share (as `overlap` in src/core/marking-doc.ts, which the
 * results' code does not load: it rides with the marking code).
 */
const shared = (a: Range, b: Range) =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** Share of a passage or of a mark that must overlap for the mark to count as finding it. */
export const MIN_SHARE = 0.5;

/**
 * Whether a mark finds a key passage: they overlap and the overlap covers at least half of
 * the passage (a whole sentence around a short phrase) or half of the mark (a few words
 * inside a long passage).
 */
export function marksPassage(mark: Range, passage: Range): boolean {
  const common = shared(mark, passage);
  if (common === 0) return false;
  return (
    common >= MIN_SHARE * (passage.end - passage.start) ||
    common >= MIN_SHARE * (mark.end - mark.start)
  );
}

export type Credit = 'full' | 'partial' | 'spotted';

/** Points per key passage: the best type, another defensible type, or found with another type. */
export const CREDIT_POINTS: Record<Credit, number> = { full: 1, partial: 0.5, spotted: 0.25 };

/** What naming a found passage with `type` earns. */
export function creditFor(passage: KeyPassage, type: string): Credit {
  if (passage.types[0] === type) return 'full';
  return passage.types.includes(type) ? 'partial' : 'spotted';
}

/** What each hint level costs. */
export const HINT_COST = 0.5;

/** Points the hints used cost: {@link HINT_COST} per level taken in any section. */
export function hintCost(hints: Readonly<Record<string, number>>): number {
  let levels = 0;
  for (const level of Object.values(hints)) {
    if (Number.isFinite(level)) levels += Math.min(MAX_HINT_LEVEL, Math.max(0, Math.floor(level)));
  }
  return levels * HINT_COST;
}

/**
 * Share of marks that must be in the key for the full score. Below it the score shrinks in
 * proportion, which is what makes marking every sentence a poor strategy.
 */
export const PRECISION_TARGET = 0.7;

/**
 * Marks outside the key that never count against precision: our key is not the only
 * reasonable reading, and a few extra marks are a careful reader's right.
 */
export const FREE_UNKEYED = 3;

export interface PassageResult {
  id: string;
  /** Null when no mark found it. */
  credit: Credit | null;
  /** The mark that earned the credit. */
  mark: number | null;
}

export interface MarkResult {
  /** Index in the marks given. */
  index: number;
  /** Key passages this mark found; empty means "not in our key". */
  passages: string[];
}

export interface RedFlagsScore {
  passages: PassageResult[];
  marks: MarkResult[];
  found: number;
  full: number;
  partial: number;
  spotted: number;
  missed: number;
  /** Marks that found no key passage. */
  unkeyed: number;
  /** Points before hints and precision. */
  raw: number;
  hintCost: number;
  /**
   * Share of marks that found a key passage, not counting the first {@link FREE_UNKEYED}
   * marks outside it (1 with no marks).
   */
  precision: number;
  /** What the score is multiplied by: 1 at or above {@link PRECISION_TARGET}. */
  factor: number;
  earned: number;
  possible: number;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * Checks marks against the key.
 *
 * Each key passage earns the best credit among the marks that find it; one mark may find
 * more than one passage (a sentence holding two). Earned points are
 * `(credit − hint cost) × precision factor`, never below zero; the factor is 1 unless fewer
 * than {@link PRECISION_TARGET} of the marks (after {@link FREE_UNKEYED} free ones) are in
 * the key.
 */
export function scoreMarks(
  marks: readonly Mark[],
  passages: readonly KeyPassage[],
  hints: Readonly<Record<string, number>> = {},
): RedFlagsScore {
  const markResults: MarkResult[] = marks.map((_m, index) => ({ index, passages: [] }));
  const passageResults: PassageResult[] = passages.map((passage) => {
    let best: { credit: Credit; mark: number } | null = null;
    marks.forEach((mark, index) => {
      if (!marksPassage(mark, passage)) return;
      markResults[index]?.passages.push(passage.id);
      const credit = creditFor(passage, mark.type);
      if (!best || CREDIT_POINTS[credit] > CREDIT_POINTS[best.credit])
        best = { credit, mark: index };
    });
    const found = best as { credit: Credit; mark: number } | null;
    return { id: passage.id, credit: found?.credit ?? null, mark: found?.mark ?? null };
  });
  const count = (c: Credit) => passageResults.filter((p) => p.credit === c).length;
  const full = count('full');
  const partial = count('partial');
  const spotted = count('spotted');
  const raw = passageResults.reduce((sum, p) => sum + (p.credit ? CREDIT_POINTS[p.credit] : 0), 0);
  const unkeyed = markResults.filter((m) => m.passages.length === 0).length;
  const keyed = marks.length - unkeyed;
  const counted = keyed + Math.max(0, unkeyed - FREE_UNKEYED);
  const precision = counted === 0 ? 1 : keyed / counted;
  const factor = Math.min(1, precision / PRECISION_TARGET);
  const cost = hintCost(hints);
  return {
    passages: passageResults,
    marks: markResults,
    found: full + partial + spotted,
    full,
    partial,
    spotted,
    missed: passages.length - (full + partial + spotted),
    unkeyed,
    raw,
    hintCost: cost,
    precision,
    factor,
    earned: round2(Math.max(0, raw - cost) * factor),
    possible: Math.max(1, passages.length),
  };
}

/** What one mark earns on its own: its best credit among the passages it finds, or null. */
export function markCredit(mark: Mark, passages: readonly KeyPassage[]): Credit | null {
  let best: Credit | null = null;
  for (const p of passages) {
    if (!marksPassage(mark, p)) continue;
    const credit = creditFor(p, mark.type);
    if (!best || CREDIT_POINTS[credit] > CREDIT_POINTS[best]) best = credit;
  }
  return best;
}
