/**
 * The article laid out for marking and quoting: one string with sentence, unit and section
 * boundaries, so a passage or a mark is simply a character range in it. Pure: used at build time
 * (placing the answer key, hints) and in the browser (marking).
 */
import type { ArticleBlock } from './article';
import { splitSentences } from './sentences';

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

/** The unit a range starts in (for labels such as "paragraph 14"). */
export function unitOf(doc: MarkingDoc, range: Range): Unit | null {
  const s = sentenceAt(doc, range.start);
  return s ? (doc.units[s.unit] ?? null) : null;
}

/**
 * How a unit is named in hints: its paragraph number as shown in the article (`p45-2` is in
 * paragraph 45), or `site` / `headline`.
 */
export function paragraphLabel(unit: Pick<Unit, 'id' | 'kind' | 'listId'>): string {
  if (unit.kind === 'site' || unit.kind === 'headline') return unit.kind;
  return (unit.listId ?? unit.id).replace(/^p/, '');
}
