/**
 * What the statistics page hands the island: plain, serialisable data, and the static HTML
 * (quotes, comparisons, the drift) as named slots, so that HTML is in the page once.
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
}

export interface DriftView {
  title: string;
}

/** The strings the island uses (the rest of `statistics` is for the page and its parts). */
export const ISLAND_KEYS = [
  'progress',
  'figureOf',
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
  'timesOff',
  'unitsOff',
  'higher',
  'lower',
  'exact',
  'next',
  'answerKey',
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
] as const satisfies readonly (keyof Dictionary['statistics'])[];

export type StatisticsMessages = {
  statistics: Pick<Dictionary['statistics'], (typeof ISLAND_KEYS)[number]>;
};

/**
 * The named slots of figure `i` (0-based): its quote (`quote0`) and its comparison (`reveal0`);
 * and the drift's (`numberDrift`; not `drift`, the island's prop). Letters and digits only: Astro passes a slot to React under the
 * same name on the server and in the browser only then.
 */
export const figureSlots = (i: number) => ({ quote: `quote${i}`, reveal: `reveal${i}` }) as const;
export const DRIFT_SLOT = 'numberDrift';

/** The slots as the island receives them: each one a React element holding the static HTML. */
export type StatisticsSlots = Partial<
  Record<`quote${number}` | `reveal${number}` | 'numberDrift', ReactNode>
>;
