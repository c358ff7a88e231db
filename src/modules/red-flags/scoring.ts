/**
 * "Spot the red flags": the pure logic behind marking the article and checking the marks.
 *
 * - {@link segmentArticle} lays the article out as one string with sentence and section
 *   boundaries, so a mark is simply a character range in it.
 * - {@link phraseRange} turns a text selection into a mark snapped to whole words.
 * - {@link scoreMarks} matches marks to key passages by overlap (never by exact offsets),
 *   gives full or partial credit by type, subtracts hints, and shrinks the score when most
 *   marks are outside the key, so marking everything does not pay.
 * - {@link decodeRedFlagsData} reads the module's saved `data` defensively (./shape.ts).
 *
 * No DOM, no stores: everything here is tested in tests/unit/red-flags*.test.ts.
 */
import * as v from '../../core/shape';
import type { ArticleBlock } from '../../core/article';
import { splitSentences } from '../../core/sentences';

/** The module's step id, also its key in saved progress. */
export const MODULE_ID = 'red-flags';

/** What gets marked: the article as the student sees it (site name, headline, blocks). */
export interface MarkableArticle {
  site: string;
  headline: string;
  blocks: ArticleBlock[];
}

/** One sentence: the smallest thing a click, a tap or the keyboard marks. */
export interface Sentence {
  index: number;
  /** Offset of its first character in {@link MarkingDoc.text}. */
  start: number;
  end: number;
  /** The unit (paragraph, heading, list item…) it belongs to. */
  unit: number;
}

export type UnitKind = 'site' | 'headline' | 'heading' | 'paragraph' | 'related' | 'item';

/** A paragraph, heading or list item, as laid out in {@link MarkingDoc.text}. */
export interface Unit {
  /** The article block id (`p12`), a list item id (`p45-2`), or `site` / `headline`. */
  id: string;
  kind: UnitKind;
  /** For list items, the id of their list (`p45`). */
  listId?: string;
  start: number;
  end: number;
  /** Sentence indexes, in order. */
  sentences: number[];
  section: number;
}

/** A stretch of the article from one subheading to the next; hints are given per section. */
export interface Section {
  index: number;
  /** `top` for the headline and opening, else the id of the subheading that starts it. */
  id: string;
  /** The subheading's text; empty for the opening section. */
  title: string;
  units: number[];
}

export interface MarkingDoc {
  /** Every unit's text, joined by blank lines. Marks and key passages are ranges in it. */
  text: string;
  units: Unit[];
  sentences: Sentence[];
  sections: Section[];
}

/** A range of {@link MarkingDoc.text}. */
export interface Range {
  start: number;
  end: number;
}

/** A student's mark: a range inside one sentence, with the red-flag type they chose. */
export interface Mark extends Range {
  type: string;
}

/** A passage of the answer key, located in the document. */
export interface KeyPassage extends Range {
  id: string;
  /** Type ids: the first is the best fit, the others are defensible (partial credit). */
  types: string[];
}

const SEPARATOR = '\n\n';

/**
 * Lays the article out for marking: site name, headline, then every block (each list item on
 * its own), split into sentences. Headings, the site name, the headline and the "Related Post"
 * line are one sentence each.
 *
 * @example segmentArticle({ site: 'S', headline: 'H', blocks: [] }).text // 'S\n\nH'
 */
export function segmentArticle(article: MarkableArticle): MarkingDoc {
  const units: Unit[] = [];
  const sentences: Sentence[] = [];
  const sections: Section[] = [{ index: 0, id: 'top', title: '', units: [] }];
  let text = '';

  const add = (id: string, kind: UnitKind, body: string, split: boolean, listId?: string): void => {
    if (body.trim() === '') return;
    if (text !== '') text += SEPARATOR;
    const start = text.length;
    text += body;
    if (kind === 'heading') {
      sections.push({ index: sections.length, id, title: body, units: [] });
    }
    const section = sections[sections.length - 1] as Section;
    const unit: Unit = {
      id,
      kind,
      start,
      end: text.length,
      sentences: [],
      section: section.index,
      ...(listId ? { listId } : {}),
    };
    const spans = split ? splitSentences(body) : [{ start: 0, end: body.length }];
    for (const span of spans) {
      unit.sentences.push(sentences.length);
      sentences.push({
        index: sentences.length,
        start: start + span.start,
        end: start + span.end,
        unit: units.length,
      });
    }
    section.units.push(units.length);
    units.push(unit);
  };

  add('site', 'site', article.site, false);
  add('headline', 'headline', article.headline, false);
  for (const block of article.blocks) {
    if (block.kind === 'list') {
      for (const item of block.items) add(item.id, 'item', item.text, true, block.id);
    } else if (block.kind === 'related') {
      add(block.id, 'related', `${block.label}: ${block.text}`, false);
    } else {
      add(block.id, block.kind, block.text, block.kind === 'paragraph');
    }
  }
  return { text, units, sentences, sections };
}

/**
 * Where a key passage's quote sits in the document, or null when it is not there verbatim
 * (or runs across two paragraphs). `occurrence` is 1-based.
 */
export function locateQuote(doc: MarkingDoc, quote: string, occurrence = 1): Range | null {
  if (quote === '') return null;
  let from = 0;
  for (let n = 1; ; n++) {
    const at = doc.text.indexOf(quote, from);
    if (at === -1) return null;
    if (n === occurrence) {
      const range = { start: at, end: at + quote.length };
      return quote.includes(SEPARATOR) ? null : range;
    }
    from = at + 1;
  }
}

/** How many times `quote` appears in the document (a quote should be unique or numbered). */
export function countQuote(doc: MarkingDoc, quote: string): number {
  let count = 0;
  for (let at = doc.text.indexOf(quote); at !== -1; at = doc.text.indexOf(quote, at + 1)) count++;
  return count;
}

/** The sentence holding `offset` (an offset at a sentence's very end belongs to it), or null. */
export function sentenceAt(doc: MarkingDoc, offset: number): Sentence | null {
  let lo = 0;
  let hi = doc.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = doc.sentences[mid] as Sentence;
    if (offset < s.start) hi = mid - 1;
    else if (offset > s.end) lo = mid + 1;
    else return s;
  }
  return null;
}

/** The sentence a range lies in, or null when it is empty or crosses a sentence boundary. */
export function sentenceOf(doc: MarkingDoc, range: Range): Sentence | null {
  const s = sentenceAt(doc, range.start);
  return s && range.start < range.end && range.end <= s.end ? s : null;
}

function isWordChar(text: string, i: number): boolean {
  const c = text[i] ?? '';
  if (/[\p{L}\p{N}'’£%]/u.test(c)) return true;
  // "40,000" and "11.5" are one word: a comma or point between digits.
  return /[,.]/.test(c) && /\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? '');
}

/**
 * Turns a text selection (from `anchor`, where the drag began, to `focus`) into a mark range:
 * kept inside the sentence where the drag began and widened to whole words. Null when the
 * selection holds no word.
 *
 * @example phraseRange(doc, 10, 14) // the whole words around offsets 10–14 in that sentence
 */
export function phraseRange(doc: MarkingDoc, anchor: number, focus: number): Range | null {
  let sentence = sentenceAt(doc, anchor);
  if (!sentence) {
    // A drag that began between two sentences belongs to the one it moved into.
    sentence =
      focus >= anchor
        ? (doc.sentences.find((s) => s.start >= anchor) ?? null)
        : ([...doc.sentences].reverse().find((s) => s.end <= anchor) ?? null);
  }
  if (!sentence) return null;
  let start = Math.max(Math.min(anchor, focus), sentence.start);
  let end = Math.min(Math.max(anchor, focus), sentence.end);
  if (end <= start) return null;
  const text = doc.text;
  while (start > sentence.start && isWordChar(text, start - 1) && isWordChar(text, start)) start--;
  while (end < sentence.end && isWordChar(text, end - 1) && isWordChar(text, end)) end++;
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  if (end <= start) return null;
  let hasWord = false;
  for (let i = start; i < end && !hasWord; i++) hasWord = isWordChar(text, i);
  return hasWord ? { start, end } : null;
}

/** Characters two ranges share. */
export function overlap(a: Range, b: Range): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
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

/** The unit a range starts in (for labels such as "paragraph 14"). */
export function unitOf(doc: MarkingDoc, range: Range): Unit | null {
  const s = sentenceAt(doc, range.start);
  return s ? (doc.units[s.unit] ?? null) : null;
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

/**
 * How a unit is named in hints: its paragraph number as shown in the article (`p45-2` is in
 * paragraph 45), or `site` / `headline`.
 */
export function paragraphLabel(unit: Pick<Unit, 'id' | 'kind' | 'listId'>): string {
  if (unit.kind === 'site' || unit.kind === 'headline') return unit.kind;
  return (unit.listId ?? unit.id).replace(/^p/, '');
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
