/** What the statistics island receives from the page (plain, serialisable data). */
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
  kind: 'sourced' | 'unsourced';
  /** Count, heading (`${domId}-heading`), quote and repeats, rendered at build time. Trusted HTML. */
  headHtml: string;
  question: QuestionView;
  /** Chart, questions and explanation, rendered at build time. Trusted HTML. */
  revealHtml: string;
}

export interface DriftView {
  title: string;
  /** The drift steps and explanation, rendered at build time. Trusted HTML. */
  html: string;
}
