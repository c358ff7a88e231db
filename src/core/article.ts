/**
 * Turns an article's plain text (as published, copied into `content/cases/<id>/article.txt`)
 * into structured blocks with stable ids, so the reader, the modules and deep links all agree
 * on what "paragraph 12" is. Nothing here is retyped by hand: the text decides the structure.
 */

export interface ArticleListItem {
  /** Stable anchor, e.g. `p40-2` (second item of the list `p40`). */
  id: string;
  text: string;
}

export type ArticleBlock =
  | { kind: 'heading'; id: string; text: string }
  | { kind: 'paragraph'; id: string; text: string }
  | { kind: 'related'; id: string; label: string; text: string }
  | { kind: 'list'; id: string; items: ArticleListItem[] };

export interface ParsedArticle {
  /** The headline as published, without the site name that follows ` | `. */
  headline: string;
  /** The site name shown after the headline (the "publisher as displayed"). */
  site: string;
  blocks: ArticleBlock[];
}

const BULLET = /^\s*[•*-]\s+/;
const MINOR_WORDS = new Set([
  'a',
  'an',
  'and',
  'as',
  'at',
  'but',
  'by',
  'for',
  'from',
  'in',
  'into',
  'nor',
  'of',
  'on',
  'or',
  'the',
  'to',
  'via',
  'with',
]);

/**
 * A line reads as a subheading when it is short and written in Title Case: every word that is
 * not a minor word starts with a capital, a digit or a symbol. Sentences in this genre never do.
 *
 * @example isTitleCase('The Psychological Breaking Point') // true
 * @example isTitleCase('The most pressing questions remain unanswered:') // false
 */
export function isTitleCase(line: string): boolean {
  const words = line.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 24) return false;
  return words.every((word) => {
    const letters = word.replace(/^[^\p{L}\p{N}£$]+/u, '');
    if (letters === '') return true;
    if (MINOR_WORDS.has(letters.toLowerCase().replace(/[^a-z]/g, ''))) return true;
    return !/^\p{Ll}/u.test(letters);
  });
}

/**
 * Parses the plain text of an article.
 *
 * - The first line is `Headline | Site`.
 * - Blocks are separated by blank lines; a run of lines starting with `•` is a list.
 * - `Related Post: …` is a link to another article on the same site.
 * - A short Title Case line is a subheading.
 *
 * Every block gets an id `p1`, `p2`, … in reading order (list items `p7-1`, `p7-2`, …).
 */
export function parseArticle(text: string): ParsedArticle {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const firstIndex = lines.findIndex((l) => l.trim() !== '');
  if (firstIndex === -1) throw new Error('The article is empty.');
  const titleLine = (lines[firstIndex] ?? '').trim();
  const bar = titleLine.lastIndexOf(' | ');
  const headline = bar === -1 ? titleLine : titleLine.slice(0, bar).trim();
  const site = bar === -1 ? '' : titleLine.slice(bar + 3).trim();

  // Group the remaining lines into raw blocks: paragraphs split by blank lines, bullets grouped.
  const raw: { bullets: boolean; lines: string[] }[] = [];
  let current: { bullets: boolean; lines: string[] } | null = null;
  for (const line of lines.slice(firstIndex + 1)) {
    if (line.trim() === '') {
      current = null;
      continue;
    }
    const bullet = BULLET.test(line);
    if (!current || current.bullets !== bullet || !bullet) {
      current = { bullets: bullet, lines: [] };
      raw.push(current);
    }
    current.lines.push(bullet ? line.replace(BULLET, '').trim() : line.trim());
  }

  const blocks: ArticleBlock[] = raw.map((block, index) => {
    const id = `p${index + 1}`;
    if (block.bullets) {
      return {
        kind: 'list',
        id,
        items: block.lines.map((item, i) => ({ id: `${id}-${i + 1}`, text: item })),
      };
    }
    const body = block.lines.join(' ');
    const related = /^Related Post:\s*(.+)$/.exec(body);
    if (related) return { kind: 'related', id, label: 'Related Post', text: related[1] ?? '' };
    const endsSentence = /[.!?]["”’)]*$/.test(body) || /\.\s/.test(body);
    if (!endsSentence && isTitleCase(body)) return { kind: 'heading', id, text: body };
    return { kind: 'paragraph', id, text: body };
  });

  return { headline, site, blocks };
}

/** All the text of a block, in reading order (list items joined by spaces). */
export function blockText(block: ArticleBlock): string {
  if (block.kind === 'list') return block.items.map((i) => i.text).join(' ');
  if (block.kind === 'related') return `${block.label}: ${block.text}`;
  return block.text;
}

/** A paragraph id as content names it: "headline", "p12", or "p87-10" for a list item. */
export const PARAGRAPH_ID = /^(headline|p\d+(-\d+)?)$/;

/**
 * The text a paragraph id points at, or `undefined` when it points nowhere. "headline" is the
 * title line: the headline with the site name, as the article prints it.
 */
export function textOf(article: ParsedArticle, id: string): string | undefined {
  if (id === 'headline') return `${article.headline} | ${article.site}`;
  for (const block of article.blocks) {
    if (block.id === id) return blockText(block);
    if (block.kind === 'list') {
      const item = block.items.find((i) => i.id === id);
      if (item) return item.text;
    }
  }
  return undefined;
}

/** Straight quotes for curly ones, one space for any run of spaces. */
export function normaliseQuoteText(s: string): string {
  return s
    .normalize('NFC')
    .replace(/[‘’‛′]/g, "'")
    .replace(/[“”‟″]/g, '"')
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim();
}

/**
 * Whether `quote` appears in `text`. "…" (or "...") in the quote stands for words left out: the
 * pieces must appear in order.
 *
 * @example quoteInText('61 emergency zones … downgraded', '61 emergency zones were downgraded') // true
 */
export function quoteInText(quote: string, text: string): boolean {
  const haystack = normaliseQuoteText(text);
  const pieces = normaliseQuoteText(quote)
    .split(/\s*(?:…|\.\.\.)\s*/)
    .filter(Boolean);
  if (pieces.length === 0) return false;
  let from = 0;
  for (const piece of pieces) {
    const at = haystack.indexOf(piece, from);
    if (at === -1) return false;
    from = at + piece.length;
  }
  return true;
}

/** The source ids of every `<Cite id="…">` in an MDX body. */
export function citeIds(body: string): string[] {
  return [...body.matchAll(/<Cite\s+id=["']([^"']+)["']/g)].map((m) => m[1] ?? '');
}
