/** What the results page hands the summary island (see ./view.ts). */
import type { StepKind } from '../../core/steps';
import type { Dictionary } from '../../i18n';

/** The UI strings the island uses. */
export type Messages = Pick<Dictionary, 'summary' | 'overview'> & {
  retention: Pick<Dictionary['retention'], 'offer'>;
};

/** What the summary needs to show a student's answers in Check the named experts. */
export interface ExpertCardInfo {
  id: string;
  title: string;
  /** Check-first choice id → its label. */
  choices: Record<string, string>;
}

export interface ExpertsInfo {
  cards: ExpertCardInfo[];
  /** Verdict id → its label. */
  verdicts: Record<string, string>;
  /** Confidence id → its label. */
  confidences: Record<string, string>;
}

export interface SummaryProps {
  messages: Messages;
  caseId: string;
  caseCode: string;
  /** The case's base path, `/paramedics-walkout/`. */
  base: string;
  steps: { id: StepKind; title: string }[];
  claims: { id: string; accurate: boolean }[];
  /** The before/after test: post ids by position in each form, and the truth by position. */
  test: { forms: Record<'A' | 'B', string[]>; truth: boolean[] };
  /** The retention check (form C's post ids by position) and its page. */
  check: { form: string[]; url: string };
  /** The site's locale, for the check's date. */
  locale: string;
  /** Cards of Check the named experts, and the labels of verdicts and confidences. */
  experts?: ExpertsInfo | undefined;
}

/** The second look's result screen (./LessonResult.tsx): all its strings, in its data file. */
export type ResultMessages = Pick<Dictionary, 'lessonResult'>;
/** The strings the screen needs before its data file arrives. */
export type ResultShellMessages = {
  lessonResult: Pick<Dictionary['lessonResult'], 'heading' | 'loading' | 'failed' | 'retry'>;
};

/** A module step and how to count what the student found in it. */
export type FoundStep =
  | { id: 'red-flags'; title: string }
  | { id: 'experts'; title: string; cards: { id: string; choiceIds: string[] }[] }
  | { id: 'statistics'; title: string; figureIds: string[] };

/** `/<case>/second-look/result.json`: what the screen shows only once the lesson is done. */
export interface LessonResultData {
  messages: ResultMessages;
  /** The module steps of the case, in lesson order. */
  found: FoundStep[];
  claims: { id: string; accurate: boolean }[];
}

export interface LessonResultProps {
  messages: ResultShellMessages;
  caseId: string;
  /** The screen's data file (./view.ts lessonResultData). */
  resultUrl: string;
  /** The before/after test's answers file (`/<case>/second-look/posts.json`). */
  answersUrl: string;
  /** The heading's id: the second look's form moves focus to it once submitted. */
  headingId: string;
}
