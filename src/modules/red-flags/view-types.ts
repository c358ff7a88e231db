/**
 * What the red-flags page hands the island: plain data, built and checked at build time
 * (see ./view.ts), and the island's slice of the UI strings.
 */
import type { Dictionary } from '../../i18n';
import type { Leaves, Translate as TranslateOf } from '../../i18n/translate';
import type { Difficulty } from './schema';

/**
 * Strings of the `redFlags` namespace that only the pages use (the static text around the
 * island, the answer key page, and the hints, which are finished at build time).
 */
export const PAGE_ONLY_KEYS = [
  'intro',
  'howHeading',
  'howPointer',
  'howTouch',
  'howKeyboard',
  'noscript',
  'noscriptArticle',
  'noscriptAnswers',
  'typesSummary',
  'typesIntro',
  'example',
  'idea',
  'answersLink',
  'answersWhen',
  'answersTitle',
  'answersIntro',
  'back',
  'hintWhereOne',
  'hintWhereMany',
  'and',
  'paragraph',
] as const satisfies readonly (keyof Dictionary['redFlags'])[];

/** The `article` strings the island shows (the specimen label above the article). */
export const ARTICLE_KEYS = ['specimenLabel', 'specimenText'] as const;

/**
 * The island's UI strings: its part of the dictionary and no more (see ./view.ts), so the
 * first visit carries no string the browser never shows.
 */
export interface RedFlagsMessages {
  redFlags: Omit<Dictionary['redFlags'], (typeof PAGE_ONLY_KEYS)[number]>;
  article: Pick<Dictionary['article'], (typeof ARTICLE_KEYS)[number]>;
  place: Dictionary['place'];
}
/** Every key the island may use, e.g. `redFlags.check`. */
export type RfKey = Leaves<RedFlagsMessages>;
export type Translate = TranslateOf<RedFlagsMessages>;

export interface TypeView {
  id: string;
  name: string;
  short: string;
  definition: string;
}

/**
 * A key passage, as the island needs it to score marks and draw its result card: where it is
 * (its quote is the article's text there), its types and difficulty, and what checks out. Its
 * explanation is not here: the results fetch it (see src/ui/deferred.tsx).
 */
export interface PassageView {
  /** The passage's key in the island and in explanations.json (see ./view.ts). */
  id: string;
  start: number;
  end: number;
  /** Best fit first, then defensible types. */
  types: string[];
  difficulty: Difficulty;
  checksOut?: string;
}

/** A section's hints, as finished sentences (see ./hints.ts). */
export interface HintLevels {
  /** Level 1: where the section's key passages are. */
  where: string;
  /** Level 2: one nudge per passage (empty when the section has none). */
  nudges: string[];
}

/** The island's props. */
export interface RedFlagsProps {
  caseId: string;
  messages: RedFlagsMessages;
  /** The article, the kinds of red flag and the key, packed (see ./packed.ts). */
  content: string;
  /** The build-time hints, loaded when the student first asks for one (see src/ui/deferred.tsx). */
  hintsHref: string;
  /** The static answer key page, for the results' fallback when an explanation cannot load. */
  answersHref: string;
  /** The build-time explanations, loaded when the results show (see src/ui/deferred.tsx). */
  explanationsHref: string;
}

/** `explanations.json`: passage id → its explanation as HTML (trusted: built from content). */
export type ExplanationsJson = Record<string, string>;

/** `hints.json`: section id → its hints, for each section that holds key passages. */
export type HintsJson = Record<string, HintLevels>;
