/** What the first-impressions and second-look pages hand the island (see ./view.ts). */
import type { Dictionary } from '../../i18n';

/** The form's strings. */
export type FormMessages = Pick<Dictionary, 'impressions' | 'readAloud'>;
/** First impressions: the form, and the link to the next step. */
export type FirstMessages = Pick<Dictionary, 'impressions' | 'readAloud'>;
/** Second look: the form, and the results beside the first impressions. */
export type SecondMessages = Pick<Dictionary, 'impressions' | 'results' | 'sources' | 'readAloud'>;

export interface ClaimView {
  id: string;
  text: string;
}

/** A claim with its answer: only the second look, where the answers are revealed, has these. */
export interface CheckedClaimView extends ClaimView {
  accurate: boolean;
  explanation: string;
  sources: { id: string; title: string; publisher: string; url: string }[];
}

/** A module step and what it taught (the second look's recap). */
export interface RecapView {
  id: string;
  title: string;
  recap: string;
}

/** The lesson's steps, to offer the next one (in the assignment's order, if any). */

export type ImpressionsProps =
  | {
      mode: 'first';
      messages: FirstMessages;
      caseId: string;
      claims: ClaimView[];
      /** The id of the questions' heading (and of what replaces them once saved), for in-page links. */
      headingId: string;
    }
  | {
      mode: 'second';
      messages: SecondMessages;
      caseId: string;
      claims: CheckedClaimView[];
      /** The module steps and what each taught. */
      recaps: RecapView[];
      /** First impressions, to point to while they are not given (absent: no such step). */
      firstUrl?: string;
      /** A heading above the results (the lesson's result screen) to focus once submitted. */
      doneFocusId?: string;
    };
