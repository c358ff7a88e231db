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
  'coreWhere',
  'coreTop',
  'coreSection',
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
  'answersTitle',
  'answersIntro',
  'back',
  'hintWhereOne',
  'hintWhereMany',
  'and',
  'paragraph',
  // "It checks out" goes into kinds.json as the first kind (see ./view.ts).
  'checksOutName',
  'checksOutShort',
  'checksOutDefinition',
] as const satisfies readonly (keyof Dictionary['redFlags'])[];

/** The `article` strings the island shows (the specimen label above the article). */
export const ARTICLE_KEYS = ['specimenLabel', 'specimenText'] as const;

/**
 * The type chooser's strings, and the marks': they come in kinds.json, with the kinds (see
 * ./view.ts). The island shows no mark before the kinds are there.
 */
export const KINDS_KEYS = [
  'chooserHeading',
  'chooserEditHeading',
  'chooserQuote',
  'chooserReplaces',
  'chooserLegend',
  'chooserMissing',
  'chooserShowMeanings',
  'chooserHideMeanings',
  'chooserRedFlags',
  'save',
  'remove',
  // Said or shown only once there are marks, which need the kinds' names anyway.
  'announceMarked',
  'announceRemoved',
  'change',
  'changeMark',
  'removeMark',
  'removeShort',
] as const satisfies readonly (keyof Dictionary['redFlags'])[];

/** The results' strings: they come in results.json, with the key (see ./view.ts). */
export const RESULTS_KEYS = [
  'articleResultsLabel',
  'resultsHeading',
  'score',
  'keyThorough',
  'summaryMarks',
  'summaryHints',
  'summaryNoHints',
  'summaryScaled',
  'summaryTime',
  'scoringHelp',
  'legendHeading',
  'legendFull',
  'legendPartial',
  'legendSpotted',
  'legendUnkeyed',
  'legendMissed',
  'foundHeading',
  'foundNone',
  'unkeyedHeading',
  'unkeyedNote',
  'missedHeading',
  'missedNone',
  'revealMissed',
  'missedIntro',
  'yourType',
  'ourType',
  'alsoFits',
  'credit',
  'checksOut',
  'explanation',
  'explanationLoading',
  'explanationFailed',
  'explanationOnKey',
  'explanationRetry',
  'difficulty',
  'keepMarking',
  'tryAgain',
  'tryAgainConfirm',
  'tryAgainYes',
  'tryAgainNo',
  'cleared',
  'headline',
  'headlineExtras',
  'success',
  'notYet',
  'summarySound',
  'summaryCalledSound',
  'soundHeading',
  'soundIntro',
  'soundConfirmed',
  'soundFalseAlarm',
  'soundNotMarked',
  'howToConfirm',
  'calledSoundHeading',
  'calledSound',
  'extraTag',
  'whyChecksOut',
  'legendConfirmed',
  'legendFalseAlarm',
  'legendCalledSound',
] as const satisfies readonly (keyof Dictionary['redFlags'])[];

type IslandStrings = Omit<Dictionary['redFlags'], (typeof PAGE_ONLY_KEYS)[number]>;
type KindsKey = (typeof KINDS_KEYS)[number];
type ResultsKey = (typeof RESULTS_KEYS)[number];

/**
 * The island's UI strings, once everything it may show is loaded: its part of the dictionary
 * and no more (see ./view.ts), so no visit carries a string the browser never shows.
 */
export interface RedFlagsMessages {
  redFlags: IslandStrings;
  article: Pick<Dictionary['article'], (typeof ARTICLE_KEYS)[number]>;
  place: Dictionary['place'];
  /** Read aloud on the explanations (with the results, in results.json). */
  readAloud: Dictionary['readAloud'];
}
/**
 * What the page itself hands the island: the strings for marking. The chooser's and the marks'
 * (with the words for places in the article) come with the kinds (kinds.json), the results'
 * with the key (results.json).
 */
export interface PageMessages {
  redFlags: Omit<IslandStrings, KindsKey | ResultsKey>;
  article: RedFlagsMessages['article'];
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
  /** A red flag, or a passage that checks out (issue #13). */
  kind: 'red-flag' | 'sound';
  /** Red flags: the headline core or an extra. Sound passages: 'core' (unused). */
  tier: 'core' | 'extra';
  checksOut?: string;
  /** Sound passages: how a reader would confirm it. */
  confirm?: string;
}

/** A section's hints, as finished sentences (see ./hints.ts). */
export interface HintLevels {
  /** Level 1: where the section's key passages are. */
  where: string;
  /** Level 2: one nudge per passage (empty when the section has none). */
  nudges: string[];
}

/**
 * Where a case's red-flags step is, and what the island loads when needed under it: the hints
 * when first asked for, the kinds with the type chooser, the key from the first mark on, the
 * explanations with the results (see src/ui/deferred.tsx); and the static answer key page, the
 * results' fallback when an explanation cannot load.
 */
export function stepFiles(caseId: string) {
  const page = `${import.meta.env.BASE_URL}${caseId}/red-flags/`;
  return {
    page,
    hints: `${page}hints.json`,
    kindsJson: `${page}kinds.json`,
    results: `${page}results.json`,
    explanations: `${page}explanations.json`,
    answers: `${page}answers/`,
  };
}

/** The island's props. */
export interface RedFlagsProps {
  caseId: string;
  /**
   * The article, the kinds' ids, the sections with hints and the page's strings, packed (see
   * ./packed.ts).
   */
  content: string;
}

/** `explanations.json`: passage id → its explanation as HTML (trusted: built from content). */
export type ExplanationsJson = Record<string, string>;

/** `hints.json`: section id → its hints, for each section that holds key passages. */
export type HintsJson = Record<string, HintLevels>;

/** `kinds.json`: the kinds of red flag (packed, see ./packed.ts) and the chooser's strings. */
export interface KindsJson {
  types: [id: string, name: string, short: string, definition: string][];
  messages: { redFlags: Pick<IslandStrings, KindsKey>; place: Dictionary['place'] };
}

/** A passage's tier, or "sound" for one that checks out. */
export type PassageGroup = 'core' | 'extra' | 'sound';

/** `results.json`: the key (packed, see ./packed.ts) and the results' strings. */
export interface ResultsJson {
  /**
   * Each passage; `group` is its tier for a red flag, or "sound"; `note` is what checks out (a
   * red flag) or how to confirm it (a sound passage).
   */
  passages: (
    | [start: number, end: number, difficulty: Difficulty, types: string[], group: PassageGroup]
    | [
        start: number,
        end: number,
        difficulty: Difficulty,
        types: string[],
        group: PassageGroup,
        note: string,
      ]
  )[];
  messages: { redFlags: Pick<IslandStrings, ResultsKey>; readAloud: Dictionary['readAloud'] };
}
