/**
 * One way to say where something is in the article: "the headline", "paragraph 14",
 * "paragraph 45, item 2". Places come from article anchors (`headline`, `p14`, `p45-2`) or from
 * the units of the marking document; the words come from the dictionary (`place.*`).
 */

/** A place in the article. `n` is the paragraph number as printed; `item` a list item in it. */
export type Place =
  { kind: 'site' } | { kind: 'headline' } | { kind: 'paragraph'; n: string; item?: string };

/** The words for places (`pick('place')` in islands, `t` at build time). */
export interface PlaceWords {
  site: string;
  headline: string;
  /** With `{n}`. */
  paragraph: string;
  /** With `{n}` and `{item}`. */
  item: string;
}

/**
 * Reads an article anchor.
 *
 * @example placeOfAnchor('p45-2') // { kind: 'paragraph', n: '45', item: '2' }
 * @example placeOfAnchor('headline') // { kind: 'headline' }
 */
export function placeOfAnchor(anchor: string): Place {
  if (anchor === 'site' || anchor === 'headline') return { kind: anchor };
  const [n = '', item] = anchor.replace(/^p/, '').split('-');
  return item ? { kind: 'paragraph', n, item } : { kind: 'paragraph', n };
}

/**
 * A place in words, for use inside a sentence ("paragraph 14") or, with `capital`, as a label
 * ("Paragraph 14").
 *
 * @example formatPlace({ kind: 'paragraph', n: '14' }, words) // "paragraph 14"
 */
export function formatPlace(place: Place, words: PlaceWords, capital = false): string {
  const text =
    place.kind === 'paragraph'
      ? (place.item ? words.item : words.paragraph)
          .replace('{n}', place.n)
          .replace('{item}', place.item ?? '')
      : words[place.kind];
  return capital ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}
