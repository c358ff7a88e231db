/**
 * "Spot the red flags": the pure logic behind marking the article.
 *
 * - The article is laid out as one string (src/core/marking-doc.ts), so a mark is a range in it.
 * - Marks never overlap ({@link addMark}). Checking them against the key is ./score.ts, loaded
 *   with the results.
 * - {@link decodeRedFlagsData} reads the module's saved `data` defensively (./shape.ts).
 *
 * No DOM, no stores: everything here is tested in tests/unit/red-flags*.test.ts.
 */
import * as v from '../../core/shape';
import { MAX_HINT_LEVEL } from './hint-levels';
import {
  overlap,
  paragraphLabel,
  sentenceAt,
  sentenceOf,
  unitOf,
  type MarkingDoc,
  type Range,
} from '../../core/marking-doc';

/** The module's step id, also its key in saved progress. */
export const MODULE_ID = 'red-flags';

/** A student's mark: a range inside one sentence, with the red-flag type they chose. */
export interface Mark extends Range {
  type: string;
}

export { MAX_HINT_LEVEL } from './hint-levels';

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

/**
 * Whether saved `data` holds marks, before reading them (which needs the kinds of red flag:
 * the island loads them first).
 */
export function hasSavedMarks(raw: unknown): boolean {
  const marks = (raw as { marks?: unknown } | null | undefined)?.marks;
  return Array.isArray(marks) && marks.length > 0;
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
