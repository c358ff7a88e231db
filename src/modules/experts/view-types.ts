/**
 * What the experts page hands the island: plain, serialisable data, already checked at build
 * time; each card's quotes as a named slot (static HTML, once in the page); and where to fetch
 * what shows only after the student answers (feedback, prepared panels, explanations).
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
  /** The choices for "what would you check first" (their feedback is in `answers.json`). */
  checkChoices: CheckChoiceView[];
  verdict: Verdict;
  partialVerdicts: { verdict: Verdict; feedback: string }[];
  /** 'extra': beyond the core every student does. */
  tier: 'core' | 'extra';
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
  'extra',
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
  'partLoading',
  'partFailed',
  'partRetry',
] as const satisfies readonly (keyof Dictionary['experts'])[];

export type ExpertsMessages = {
  experts: Pick<Dictionary['experts'], (typeof ISLAND_KEYS)[number]>;
  readAloud: Dictionary['readAloud'];
};

/**
 * The named slot of card `i`'s quotes (0-based): `quotes0`, `quotes1`… Letters and digits only:
 * Astro passes a slot to React under the same name on the server and in the browser only then.
 */
export const quotesSlot = (i: number) => `quotes${i}` as const;

/** The slots as the island receives them: each one a React element holding the static HTML. */
export type ExpertsSlots = Partial<Record<`quotes${number}`, ReactNode>>;

/** `answers.json`: what each card shows once the student answers. */
export interface ExpertsAnswers {
  cards: Record<string, CardAnswers>;
}

export interface CardAnswers {
  /** The feedback on each check-first choice, in the choices' order. */
  feedback: string[];
  /** The prepared "what a check finds" panels (../CardFindings.astro), as HTML. */
  finds: string;
  /** The explained answer (the card's MDX body), as HTML. */
  explain: string;
}

/** One card's static parts, as its components place them. */
export interface CardParts {
  quotes: ReactNode;
  /** The feedback on each choice, once `answers.json` is here. */
  feedback: string[] | undefined;
  /** What shows while it is not (loading, or could not load). */
  pending: ReactNode;
  finds: ReactNode;
  explain: ReactNode;
}
