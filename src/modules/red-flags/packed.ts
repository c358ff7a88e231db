/**
 * What the red-flags island gets, in as few bytes as it can, split by when it is needed:
 *
 * - the page (first visit): the article, the sections whose key holds passages (they get a
 *   hint) and the page's strings, as one JSON string of
 *   tuples. Astro wraps every value of an island's props in its own array (`[0,"text"]`) and
 *   escapes every quote; one string keeps the first visit lighter;
 * - kinds.json (with the type chooser, when the student first reaches for the article, or at
 *   once when there are saved marks to read): the kinds, and the chooser's and the marks'
 *   strings;
 * - results.json (from the first mark on, so it is there by "Check my answers"): the key and
 *   the results' strings.
 *
 * Packed at build time (./view.ts), unpacked in the island.
 */
import { packArticle, unpackArticle, type PackedArticle } from '../../core/article-pack';
import type { MarkableArticle } from '../../core/marking-doc';
import type {
  KindsJson,
  PageMessages,
  PassageGroup,
  PassageView,
  RedFlagsMessages,
  ResultsJson,
  TypeView,
} from './view-types';

/** What the island needs before the student does anything. */
export interface PageContent {
  article: MarkableArticle;
  /** The sections (by index) whose key holds passages: each gets a hint. */
  hintSections: number[];
  messages: PageMessages;
}

type Packed = [PackedArticle, number[], PageMessages];

/**
 * How the island and explanations.json name a passage: where it starts in the article (unique,
 * as passages never overlap), which is shorter than its file name.
 */
export const passageKey = (p: { start: number }) => String(p.start);

export function packContent({ article, hintSections, messages }: PageContent): string {
  const packed: Packed = [packArticle(article), hintSections, messages];
  return JSON.stringify(packed);
}

export function unpackContent(json: string): PageContent {
  const [article, hintSections, messages] = JSON.parse(json) as Packed;
  return { article: unpackArticle(article), hintSections, messages };
}

export function packKinds(types: TypeView[], messages: KindsJson['messages']): KindsJson {
  return { types: types.map((t) => [t.id, t.name, t.short, t.definition]), messages };
}

export function unpackKinds({ types }: KindsJson): TypeView[] {
  return types.map(([id, name, short, definition]) => ({ id, name, short, definition }));
}

export function packResults(
  passages: PassageView[],
  messages: ResultsJson['messages'],
): ResultsJson {
  return {
    passages: passages.map((p) => {
      if (p.id !== passageKey(p)) throw new Error(`packResults: passage id "${p.id}"`);
      const { start, end, difficulty, types: ids } = p;
      const group: PassageGroup = p.kind === 'sound' ? 'sound' : p.tier;
      const note = p.kind === 'sound' ? p.confirm : p.checksOut;
      return note === undefined
        ? [start, end, difficulty, ids, group]
        : [start, end, difficulty, ids, group, note];
    }),
    messages,
  };
}

export function unpackResults({ passages }: ResultsJson): PassageView[] {
  return passages.map(([start, end, difficulty, ids, group, note]) => ({
    id: passageKey({ start }),
    start,
    end,
    types: ids,
    difficulty,
    kind: group === 'sound' ? 'sound' : 'red-flag',
    tier: group === 'extra' ? 'extra' : 'core',
    ...(note === undefined ? {} : group === 'sound' ? { confirm: note } : { checksOut: note }),
  }));
}

/**
 * The island's strings so far: the page's, and the chooser's and the results' once their files
 * are there. Until then, a part that needs them does not show.
 */
export function withLoaded(
  page: PageMessages,
  ...loaded: ({ messages: Partial<Record<keyof RedFlagsMessages, object>> } | null)[]
): RedFlagsMessages {
  const all: Partial<Record<keyof RedFlagsMessages, object>> = { ...page };
  for (const file of loaded) {
    if (!file) continue;
    for (const [space, strings] of Object.entries(file.messages) as [
      keyof RedFlagsMessages,
      object,
    ][])
      all[space] = { ...all[space], ...strings };
  }
  return all as RedFlagsMessages;
}
