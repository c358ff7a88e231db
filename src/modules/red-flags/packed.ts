/**
 * The article, the kinds of red flag and the key, as the marking page hands them to the island:
 * one JSON string of tuples. Astro wraps every value of an island's props in its own array
 * (`[0,"text"]`) and escapes every quote; one string keeps the first visit about 1 KiB lighter
 * (gzip). Packed at build time (./view.ts), unpacked once in the island.
 */
import { packArticle, unpackArticle, type PackedArticle } from '../../core/article-pack';
import type { MarkableArticle } from '../../core/marking-doc';
import type { Difficulty } from './schema';
import type { PassageView, TypeView } from './view-types';

/** What the island marks, names and scores against. */
export interface MarkingContent {
  article: MarkableArticle;
  types: TypeView[];
  passages: PassageView[];
}

type PackedType = [id: string, name: string, short: string, definition: string];
type PackedPassage =
  | [start: number, end: number, difficulty: Difficulty, types: string[]]
  | [start: number, end: number, difficulty: Difficulty, types: string[], checksOut: string];
type Packed = [PackedArticle, PackedType[], PackedPassage[]];

/**
 * How the island and explanations.json name a passage: where it starts in the article (unique,
 * as passages never overlap), which is shorter than its file name in every first visit.
 */
export const passageKey = (p: { start: number }) => String(p.start);

export function packContent({ article, types, passages }: MarkingContent): string {
  const packed: Packed = [
    packArticle(article),
    types.map((t) => [t.id, t.name, t.short, t.definition]),
    passages.map((p) => {
      if (p.id !== passageKey(p)) throw new Error(`packContent: passage id "${p.id}"`);
      const { start, end, difficulty, types: ids, checksOut } = p;
      return checksOut === undefined
        ? [start, end, difficulty, ids]
        : [start, end, difficulty, ids, checksOut];
    }),
  ];
  return JSON.stringify(packed);
}

export function unpackContent(json: string): MarkingContent {
  const [article, types, passages] = JSON.parse(json) as Packed;
  return {
    article: unpackArticle(article),
    types: types.map(([id, name, short, definition]) => ({ id, name, short, definition })),
    passages: passages.map(([start, end, difficulty, ids, checksOut]) => ({
      id: passageKey({ start }),
      start,
      end,
      types: ids,
      difficulty,
      ...(checksOut === undefined ? {} : { checksOut }),
    })),
  };
}
