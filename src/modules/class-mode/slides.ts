/**
 * The slides of class mode as the page builds them at build time, one kind per kind of
 * question. Rendered by SlideParts.astro into static HTML; never shipped to the browser as data.
 */
import type { Drift, Figure } from '../statistics/schema';

export interface QuoteView {
  text: string;
  /** "paragraph 22", "the headline". */
  where: string;
  href: string;
}

export type Slide =
  /** First impressions opens on the article itself: how believable, would you share it? */
  | { kind: 'article'; site: string; headline: string; standfirst: string }
  /** A claim from case.yaml, rated before (first impressions) or after (second look). */
  | {
      kind: 'claim';
      n: number;
      total: number;
      text: string;
      accurate: boolean;
      explanation: string;
      sources: string[];
      again: boolean;
    }
  /** A key passage of Spot the red flags. */
  | {
      kind: 'passage';
      n: number;
      total: number;
      place: string;
      difficulty: string;
      quote: string;
      typeName: string;
      definition: string;
      also: string[];
      checksOut?: string | undefined;
      html: string;
    }
  /** A source card of Check the named experts. */
  | {
      kind: 'expert';
      n: number;
      total: number;
      kindLabel: string;
      title: string;
      quotes: QuoteView[];
      claim: string;
      verdict: string;
      verdictHint: string;
      strongChecks: string[];
      html: string;
    }
  /** A figure of Compare the statistics. */
  | {
      kind: 'figure';
      id: string;
      n: number;
      total: number;
      figure: Figure;
      answer: string;
      html: string;
    }
  /** The number drift that closes Compare the statistics. */
  | { kind: 'drift'; drift: Drift; html: string }
  /** The second look closes on discernment: accurate and inaccurate claims side by side. */
  | { kind: 'discernment'; supported: string[]; notSupported: string[] };
