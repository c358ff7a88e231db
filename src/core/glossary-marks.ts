/**
 * Glossary marks in lesson text: `[[leaver rate]]` marks a glossary term where it stands;
 * `[[90% of calls|percentile]]` shows the words before the bar and points at the term after it.
 * The content layer resolves every mark against the glossary at build time, and the renderer
 * turns the first mark of each term in a text into a button that opens its definition.
 */

/** One `[[…]]` mark found in a text. */
export interface GlossaryMark {
  /** Where the mark starts in the text (the first `[`), and its whole length. */
  index: number;
  length: number;
  /** The words the reader sees. */
  shown: string;
  /** The term it points at: the part after `|`, or the shown words. */
  target: string;
  /** 1-based line of the text the mark starts on. */
  line: number;
}

/** A glossary term as marks resolve it: the id, the term and other words for it. */
export interface TermNames {
  id: string;
  term: string;
  aliases: readonly string[];
}

// No brackets, bars or line breaks inside: a mark is short and on one line.
const MARK = /\[\[([^[\]|\n]+)(?:\|([^[\]|\n]+))?\]\]/g;

/**
 * Every mark in `text`, in order.
 *
 * @example findMarks('a [[mean]] b')[0] // { index: 2, length: 8, shown: 'mean', target: 'mean', line: 1 }
 */
export function findMarks(text: string): GlossaryMark[] {
  return [...text.matchAll(MARK)].map((m) => {
    const shown = (m[1] ?? '').trim();
    return {
      index: m.index,
      length: m[0].length,
      shown,
      target: (m[2] ?? shown).trim(),
      line: text.slice(0, m.index).split('\n').length,
    };
  });
}

const key = (name: string) => name.trim().toLowerCase().replace(/\s+/g, ' ');

/** Looks up a mark's target by term, alias or id, ignoring case; `undefined` when unknown. */
export function termLookup(terms: readonly TermNames[]): (target: string) => string | undefined {
  const byName = new Map<string, string>();
  for (const t of terms)
    for (const name of [t.id, t.term, ...t.aliases]) byName.set(key(name), t.id);
  return (target) => byName.get(key(target));
}

/**
 * Replaces each mark in `text` by `render(termId, shown, first)`, `first` being true for the
 * first mark of a term in this text.
 * An unknown term throws: the content layer has already failed the build on it.
 */
export function replaceMarks(
  text: string,
  lookup: (target: string) => string | undefined,
  render: (termId: string, shown: string, first: boolean) => string,
): string {
  const seen = new Set<string>();
  let out = '';
  let at = 0;
  for (const mark of findMarks(text)) {
    const id = lookup(mark.target);
    if (!id) throw new Error(`unknown glossary term “${mark.target}” (line ${mark.line})`);
    out += text.slice(at, mark.index) + render(id, mark.shown, !seen.has(id));
    seen.add(id);
    at = mark.index + mark.length;
  }
  return out + text.slice(at);
}
