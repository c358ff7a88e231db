/**
 * What the experts page hands the island: plain, serialisable data, already checked at build
 * time, and the static HTML (quotes, prepared panels, feedback, explanations) as named slots, so
 * that HTML is in the page once.
 */
import type { ReactNode } from 'react';
import type { Dictionary } from '../../i18n';
import type { FindingResult, SourceKind } from './schema';
import type { Verdict } from './scoring';

export interface CheckChoiceView {
  id: string;
  label: string;
  strong: boolean;
}

export interface CardView {
  id: string;
  title: string;
  short: string;
  kind: SourceKind;
  claim: string;
  /** The choices for "what would you check first"; each one's feedback is a slot. */
  checkChoices: CheckChoiceView[];
  verdict: Verdict;
  partialVerdicts: { verdict: Verdict; feedback: string }[];
}

/** A quote from the article (build time: ../CardQuotes.astro draws them). */
export interface QuoteView {
  text: string;
  /** Link to the paragraph in the reader, e.g. `/paramedics-walkout/article/#p22`. */
  href: string;
  /** Where it is, in words: "paragraph 22". */
  where: string;
}

/** A prepared "what a check finds" panel (build time: ../CardFindings.astro draws them). */
export interface FindingView {
  title: string;
  result: FindingResult;
  paragraphs: string[];
  sources: { id: string; title: string; publisher: string; url: string }[];
  repeat?: string | undefined;
}

/** The strings the island uses (the rest of `experts` is for the page and its static parts). */
export const ISLAND_KEYS = [
  'navLabel',
  'navSummary',
  'state',
  'sourceOf',
  'kinds',
  'steps',
  'leansOn',
  'own',
  'ownLabel',
  'checkButton',
  'chooseFirst',
  'ownEmpty',
  'feedbackHeading',
  'yourChoice',
  'yourOwn',
  'strong',
  'weak',
  'ownFeedback',
  'otherOptions',
  'findsLocked',
  'verdictLocked',
  'verdictQuestion',
  'verdicts',
  'confidenceQuestion',
  'confidences',
  'pointsRule',
  'verdictButton',
  'chooseVerdict',
  'chooseConfidence',
  'outcomes',
  'youSaid',
  'answerIs',
  'points',
  'explained',
  'next',
  'nextUnfinished',
  'toSummary',
  'announceVerdict',
  'unreadable',
  'summary',
] as const satisfies readonly (keyof Dictionary['experts'])[];

export type ExpertsMessages = {
  experts: Pick<Dictionary['experts'], (typeof ISLAND_KEYS)[number]>;
};

/**
 * The named slots of card `i` (0-based): its quotes, its prepared panels, its explained answer
 * and the feedback on check-first choice `j`. Letters and digits only: Astro passes a slot to
 * React under the same name on the server and in the browser only then.
 */
export const cardSlots = (i: number) =>
  ({
    quotes: `quotes${i}`,
    finds: `finds${i}`,
    explain: `explain${i}`,
    feedback: (j: number) => `feedback${i}x${j}` as const,
  }) as const;

/** The slots as the island receives them: each one a React element holding the static HTML. */
export type ExpertsSlots = Partial<
  Record<
    `quotes${number}` | `finds${number}` | `explain${number}` | `feedback${number}x${number}`,
    ReactNode
  >
>;

/** One card's static parts, as its components place them. */
export interface CardParts {
  quotes: ReactNode;
  finds: ReactNode;
  explain: ReactNode;
  /** By the index of the check-first choice. */
  feedback: ReactNode[];
}
