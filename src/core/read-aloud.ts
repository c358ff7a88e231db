/**
 * Read aloud, the pure part: a region's visible text (blocks of text pieces, each piece a text
 * node or a separator the reader adds) becomes an ordered list of utterances, one sentence each,
 * each remembering where it starts and ends in the pieces so the page can highlight it.
 */

/** A run of text in a block; `node` is whatever the caller maps back to (a DOM text node). */
export interface Piece<N> {
  text: string;
  /** Absent for separators the reader inserts (between table cells, after a label). */
  node?: N;
}

/** A point in a piece's own (raw, uncollapsed) text. */
export interface Point<N> {
  node: N;
  offset: number;
}

export interface Utterance<N> {
  /** What is spoken: whitespace collapsed, trimmed. */
  text: string;
  /** Which block (paragraph) it belongs to, in reading order. */
  block: number;
  start: Point<N>;
  end: Point<N>;
}

/** Titles and times that end with a full stop but never end a sentence (see ./sentences). */
const ABBREVIATION = /(?:^|\s)(?:Dr|Mr|Mrs|Ms|Prof|St|No|a\.m|p\.m|e\.g|i\.e)\.$/;

/**
 * Some voices (Chrome's online ones) stop speaking after about 15 seconds; a sentence longer than
 * this many characters is spoken in parts, split after a comma, semicolon or colon, or at a space.
 */
export const MAX_UTTERANCE = 220;

/** Sentence spans of `text` (offsets into it), by `Intl.Segmenter` where the runtime has it. */
export function sentenceSpans(text: string, locale = 'en'): [number, number][] {
  const raw: [number, number][] = [];
  if (typeof Intl !== 'undefined' && 'Segmenter' in Intl) {
    const segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' });
    for (const s of segmenter.segment(text)) raw.push([s.index, s.index + s.segment.length]);
  } else {
    for (const m of text.matchAll(/[^.!?]+(?:[.!?]+["”’)]*\s*|$)/g))
      raw.push([m.index, m.index + m[0].length]);
  }
  // ICU breaks after "Dr." and "a.m."; join those back to the sentence they belong to.
  const merged: [number, number][] = [];
  for (const span of raw) {
    const prev = merged.at(-1);
    if (prev && ABBREVIATION.test(text.slice(prev[0], prev[1]).trimEnd())) prev[1] = span[1];
    else merged.push([span[0], span[1]]);
  }
  return merged.flatMap(([s, e]) => splitLong(text, s, e));
}

/** Splits [start, end) into parts of at most MAX_UTTERANCE characters, at a pause where possible. */
function splitLong(text: string, start: number, end: number): [number, number][] {
  const parts: [number, number][] = [];
  let s = start;
  while (end - s > MAX_UTTERANCE) {
    const window = text.slice(s, s + MAX_UTTERANCE);
    const pause = Math.max(
      window.lastIndexOf(', '),
      window.lastIndexOf('; '),
      window.lastIndexOf(': '),
    );
    const space = window.lastIndexOf(' ');
    const cut = pause > MAX_UTTERANCE / 3 ? pause + 1 : space > 0 ? space : MAX_UTTERANCE;
    parts.push([s, s + cut]);
    s += cut;
  }
  parts.push([s, end]);
  return parts;
}

/**
 * The utterances of `blocks`, in order. Whitespace inside a block is collapsed as the page shows
 * it; empty blocks and whitespace-only sentences are dropped.
 *
 * @example utterancesOf([[{ text: 'One. Two', node: a }, { text: ' three.', node: b }]])
 * // [{ text: 'One.', start: {node: a, offset: 0}, … }, { text: 'Two three.', end: {node: b, offset: 7}, … }]
 */
export function utterancesOf<N>(
  blocks: readonly (readonly Piece<N>[])[],
  locale = 'en',
): Utterance<N>[] {
  const out: Utterance<N>[] = [];
  blocks.forEach((pieces, block) => {
    // The block's text with whitespace collapsed, and for each character where it came from.
    let text = '';
    const from: { piece: number; offset: number }[] = [];
    pieces.forEach((piece, p) => {
      for (let i = 0; i < piece.text.length; i++) {
        const ch = piece.text[i] ?? '';
        const space = /\s/.test(ch);
        if (space && (text === '' || text.endsWith(' '))) continue;
        text += space ? ' ' : ch;
        from.push({ piece: p, offset: i });
      }
    });
    for (const [s, e] of sentenceSpans(text, locale)) {
      let a = s;
      let b = e;
      while (a < b && text[a] === ' ') a++;
      while (b > a && text[b - 1] === ' ') b--;
      if (a === b) continue;
      const start = pointAt(pieces, from, a, 'start');
      const end = pointAt(pieces, from, b - 1, 'end');
      if (!start || !end) continue;
      out.push({ text: text.slice(a, b), block, start, end });
    }
  });
  return out;
}

/**
 * The node point of character `i` (its start, or just past it for `end`); a separator has no
 * node, so the nearest character from a node inside the span is used instead.
 */
function pointAt<N>(
  pieces: readonly Piece<N>[],
  from: readonly { piece: number; offset: number }[],
  i: number,
  side: 'start' | 'end',
): Point<N> | undefined {
  const step = side === 'start' ? 1 : -1;
  for (let j = i; j >= 0 && j < from.length; j += step) {
    const f = from[j];
    const node = f && pieces[f.piece]?.node;
    if (f && node !== undefined) return { node, offset: f.offset + (side === 'end' ? 1 : 0) };
  }
  return undefined;
}

/** The voice to read with: one for the page's language, then any English one, then the first. */
export function pickVoice<V extends { lang: string; default?: boolean; localService?: boolean }>(
  voices: readonly V[],
  lang = 'en',
): V | undefined {
  const base = lang.toLowerCase().split('-')[0] ?? 'en';
  const of = (l: string) => l.toLowerCase().replace('_', '-');
  return (
    voices.find((v) => of(v.lang) === lang.toLowerCase()) ??
    voices.find((v) => of(v.lang).split('-')[0] === base && v.localService) ??
    voices.find((v) => of(v.lang).split('-')[0] === base) ??
    voices.find((v) => v.default) ??
    voices[0]
  );
}
