/**
 * "Spot the red flags": the pure logic behind marking the article and checking the marks.
 *
 * - The article is laid out as one string (src/core/marking-doc.ts), so a mark is a range in it.
 * - {@link scoreMarks} matches marks to key passages by overlap (never by exact offsets),
 *   gives full or partial credit by type, subtracts hints, and shrinks the score when most
 *   marks are outside the key, so marking everything does not pay.
 * - {@link decodeRedFlagsData} reads the module's saved `data` defensively (./shape.ts).
 *
 * No DOM, no stores: everything here is tested in tests/unit/red-flags*.test.ts.
 */
import * as v from '../../core/shape';
import {
  overlap,
  paragraphLabel,
  sentenceAt,
  sentenceOf,
  unitOf,
  type KeyPassage,
  type MarkingDoc,
  type Range,
} from '../../core/marking-doc';

/** The module's step id, also its key in saved progress. */
export const MODULE_ID = 'red-flags';

/** A student's mark: a range inside one sentence, with the red-flag type they chose. */
export interface Mark extends Range {
  type: string;
}

/** Share of a passage or of a mark that must overlap for the mark to count as finding it. */
export const MIN_SHARE = 0.5;

/**
 * Whether a mark finds a key passage: they overlap and the overlap covers at least half of
 * the passage (a whole sentence around a short phrase) or half of the mark (a few words
 * inside a long passage).
 */
export function marksPassage(mark: Range, passage: Range): boolean {
  const shared = overlap(mark, passage);
  if (shared === 0) return false;
  return (
    shared >= MIN_SHARE * (passage.end - passage.start) ||
    shared >= MIN_SHARE * (mark.end - mark.start)
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

/** Hint levels per section, and what each level costs. */
export const MAX_HINT_LEVEL = 2;
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

/**
 * Adds a mark; any mark it overlaps is replaced (marks never overlap). Marks stay in
 * reading order.
 */
export function addMark<M extends Mark>(
  marks: readonly M[],
  mark: M,
): { marks: M[]; replaced: number } {
  const kept = marks.filter((m) => overlap(m, mark) === 0);
  const next = [...kept, mark].sort((a, b) => a.start - b.start);
  return { marks: next, replaced: marks.length - kept.length };
}

/** Marks that touch a sentence, in reading order. */
export function marksIn<M extends Range>(marks: readonly M[], range: Range): M[] {
  return marks.filter((m) => overlap(m, range) > 0);
}

/** The key passages in one section, in reading order. */
export function passagesInSection<P extends Range>(
  doc: MarkingDoc,
  passages: readonly P[],
  section: number,
): P[] {
  return passages
    .filter((p) => doc.units[sentenceAt(doc, p.start)?.unit ?? -1]?.section === section)
    .sort((a, b) => a.start - b.start);
}

/**
 * Where a section's key passages are, for its first hint: paragraph labels in reading order,
 * without repeats (see {@link paragraphLabel}).
 */
export function hintPlaces(doc: MarkingDoc, passages: readonly Range[], section: number): string[] {
  const labels: string[] = [];
  for (const p of passagesInSection(doc, passages, section)) {
    const unit = unitOf(doc, p);
    const label = unit ? paragraphLabel(unit) : null;
    if (label && !labels.includes(label)) labels.push(label);
  }
  return labels;
}

// ---------------------------------------------------------------------------------------------
// Saved data (checked with ./shape.ts, like src/core/progress.ts: it ships to the browser)

const nonNegativeInt = v.pipe(v.number(), v.integer(), v.minValue(0));

export const savedMarkSchema = v.object({
  start: nonNegativeInt,
  end: nonNegativeInt,
  type: v.pipe(v.string(), v.maxLength(60)),
  /** The marked text, to recognise a mark whose offsets no longer fit the article. */
  text: v.pipe(v.string(), v.maxLength(2000)),
});
export type SavedMark = v.InferOutput<typeof savedMarkSchema>;

/** The module's `data` in saved progress. */
export const redFlagsDataSchema = v.object({
  v: v.literal(1),
  marks: v.pipe(v.array(savedMarkSchema), v.maxLength(1000)),
  /** Section id → hint levels taken there. */
  hints: v.record(v.string(), v.pipe(nonNegativeInt, v.maxValue(MAX_HINT_LEVEL))),
  /** The student checked their answers and the results are showing. */
  checked: v.optional(v.boolean()),
  /** The missed passages were revealed. */
  revealed: v.optional(v.boolean()),
});
export type RedFlagsData = v.InferOutput<typeof redFlagsDataSchema>;

export function emptyRedFlagsData(): RedFlagsData {
  return { v: 1, marks: [], hints: {} };
}

export type DecodedRedFlags =
  | { status: 'fresh' | 'ok'; data: RedFlagsData; dropped: number }
  | { status: 'invalid'; data: RedFlagsData; dropped: 0 };

/**
 * Reads saved `data` against the article as it is now. Never throws.
 *
 * - nothing saved → `fresh`;
 * - not the right shape → `invalid` with an empty start (tell the student once);
 * - otherwise `ok`, keeping only marks that still fit the article (same text, inside one
 *   sentence, a known type, not overlapping), and hints for sections that exist; `dropped`
 *   counts the marks left out.
 */
export function decodeRedFlagsData(
  raw: unknown,
  doc: MarkingDoc,
  typeIds: readonly string[],
): DecodedRedFlags {
  if (raw === undefined || raw === null)
    return { status: 'fresh', data: emptyRedFlagsData(), dropped: 0 };
  const parsed = v.safeParse(redFlagsDataSchema, raw);
  if (!parsed.success) return { status: 'invalid', data: emptyRedFlagsData(), dropped: 0 };
  const known = new Set(typeIds);
  const sections = new Set(doc.sections.map((s) => s.id));
  const kept: SavedMark[] = [];
  const sorted = [...parsed.output.marks].sort((a, b) => a.start - b.start);
  for (const m of sorted) {
    const fits =
      m.end > m.start &&
      m.end <= doc.text.length &&
      doc.text.slice(m.start, m.end) === m.text &&
      known.has(m.type) &&
      sentenceOf(doc, m) !== null &&
      !kept.some((k) => overlap(k, m) > 0);
    if (fits) kept.push(m);
  }
  const hints: Record<string, number> = {};
  for (const [id, level] of Object.entries(parsed.output.hints))
    if (sections.has(id)) hints[id] = level;
  const data: RedFlagsData = { ...parsed.output, marks: kept, hints };
  return { status: 'ok', data, dropped: parsed.output.marks.length - kept.length };
}
