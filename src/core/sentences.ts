/** Abbreviations that end with a full stop but never end a sentence in our articles. */
const ABBREVIATIONS = [
  'Dr.',
  'Mr.',
  'Mrs.',
  'Ms.',
  'Prof.',
  'St.',
  'No.',
  'a.m.',
  'p.m.',
  'e.g.',
  'i.e.',
];

export interface SentenceSpan {
  /** Offset of the first character in the source string. */
  start: number;
  /** Offset just past the last character. */
  end: number;
  text: string;
}

/**
 * Splits prose into sentences, keeping closing quotes with their sentence and never breaking
 * after a title such as "Dr." or a time such as "a.m." followed by a lowercase word.
 *
 * @example splitSentences('Dr. Smith spoke. “Stop,” he said.').map(s => s.text)
 * // ['Dr. Smith spoke.', '“Stop,” he said.']
 */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  const boundary = /[.!?]+["”’)]*(?=\s+["“‘(]?[\p{Lu}\p{N}£$])|[.!?]+["”’)]*$/gu;
  let start = 0;
  for (const match of text.matchAll(boundary)) {
    const end = (match.index ?? 0) + match[0].length;
    const before = text.slice(start, end);
    if (ABBREVIATIONS.some((abbr) => before.endsWith(` ${abbr}`) || before === abbr)) continue;
    pushTrimmed(spans, text, start, end);
    start = end;
  }
  if (start < text.length) pushTrimmed(spans, text, start, text.length);
  return spans;
}

function pushTrimmed(spans: SentenceSpan[], text: string, start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  if (e > s) spans.push({ start: s, end: e, text: text.slice(s, e) });
}
