/**
 * What the statistics page hands the island: plain, serialisable data; each figure's quote as a
 * named slot (static HTML, once in the page); and where to fetch the comparisons, which show
 * only once a guess is locked in (../../ui/deferred.tsx).
 */
import type { ReactNode } from 'react';
import type { Dictionary } from '../../i18n';
import type { ChoiceQuestion, NumberQuestion } from './scoring';

export type NumberQuestionView = NumberQuestion & {
  prompt: string;
  help?: string | undefined;
  unit: string;
  answerDisplay: string;
  /** The slider's values, in order (`sliderStops`, computed at build time). */
  stops: number[];
};

export type ChoiceQuestionView = ChoiceQuestion & {
  prompt: string;
  help?: string | undefined;
};

export type QuestionView = NumberQuestionView | ChoiceQuestionView;

export interface FigureView {
  /** Short, stable id (the file name), used in saved data and DOM ids. */
  id: string;
  title: string;
  question: QuestionView;
  /** 'extra': beyond the core every student does. */
  tier: 'core' | 'extra';
}

export interface DriftView {
  title: string;
}

/** The strings the island uses (the rest of `statistics` is for the page and its parts). */
export const ISLAND_KEYS = [
  'progress',
  'figureOf',
  'extra',
  'extrasHeading',
  'extrasProgress',
  'extrasLeft',
  'extrasGo',
  'sliderLabel',
  'typeLabel',
  'yourGuess',
  'noGuess',
  'needGuess',
  'needChoice',
  'outOfRange',
  'notANumber',
  'lockIn',
  'savedDraft',
  'resultHeading',
  'question',
  'guessWas',
  'choiceWas',
  'bestAnswer',
  'band',
  'choiceBand',
  'timesOff',
  'unitsOff',
  'higher',
  'lower',
  'exact',
  'next',
  'driftHeading',
  'driftReady',
  'driftOpen',
  'scoreHeading',
  'score',
  'done',
  'tryAgain',
  'tryAgainConfirm',
  'tryAgainYes',
  'tryAgainNo',
  'restarted',
  'invalid',
  'partLoading',
  'partFailed',
  'partRetry',
] as const satisfies readonly (keyof Dictionary['statistics'])[];

export type StatisticsMessages = {
  statistics: Pick<Dictionary['statistics'], (typeof ISLAND_KEYS)[number]>;
  readAloud: Dictionary['readAloud'];
};

/**
 * The named slot of figure `i`'s quote (0-based): `quote0`, `quote1`… Letters and digits only:
 * Astro passes a slot to React under the same name on the server and in the browser only then.
 */
export const quoteSlot = (i: number) => `quote${i}` as const;

/** The slots as the island receives them: each one a React element holding the static HTML. */
export type StatisticsSlots = Partial<Record<`quote${number}`, ReactNode>>;

/** `answers.json`: the HTML shown once a guess is locked in, and the drift. */
export interface StatisticsAnswers {
  /** Figure id → its comparison (chart, questions to ask, explanation). */
  figures: Record<string, string>;
  drift?: string | undefined;
}
