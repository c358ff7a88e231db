/** What the experts page hands the island: plain, serialisable, already checked at build time. */
import type { CheckChoice, FindingResult, SourceKind } from './schema';
import type { Verdict } from './scoring';

export interface SourceLink {
  id: string;
  title: string;
  publisher: string;
  url: string;
}

export interface QuoteView {
  text: string;
  /** Link to the paragraph in the reader, e.g. `/paramedics-walkout/article/#p22`. */
  href: string;
  /** Where it is, in words: "paragraph 22". */
  where: string;
}

export interface FindingView {
  title: string;
  result: FindingResult;
  paragraphs: string[];
  sources: SourceLink[];
  repeat?: string;
}

export interface CardView {
  id: string;
  title: string;
  short: string;
  kind: SourceKind;
  claim: string;
  quotes: QuoteView[];
  checkChoices: CheckChoice[];
  findings: FindingView[];
  verdict: Verdict;
  partialVerdicts: { verdict: Verdict; feedback: string }[];
  /** The MDX body rendered at build time (trusted content). */
  explanationHtml: string;
}
