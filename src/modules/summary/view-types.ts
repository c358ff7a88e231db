/** What the results page hands the summary island (see ./view.ts). */
import type { StepKind } from '../../core/steps';
import type { Dictionary } from '../../i18n';

/** The UI strings the island uses. */
export type Messages = Pick<Dictionary, 'summary' | 'overview'>;

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
  /** Cards of Check the named experts, and the labels of verdicts and confidences. */
  experts?: ExpertsInfo | undefined;
}
