/** Small icons that always sit beside text: they add a shape to a colour, never replace words. */
import type { FindingResult } from '../schema';
import type { Outcome, Verdict } from '../scoring';

const VERDICT_ICON: Record<Verdict, string> = {
  'checkable-supports': '✓',
  'checkable-differs': '≠',
  'cannot-check': '?',
};

/** Also drawn by ../CardFindings.astro, in the prepared panels' static HTML. */
export const RESULT_ICON: Record<FindingResult, string> = {
  found: '✓',
  'not-found': '∅',
  'where-to-check': '→',
  'not-given': '–',
};

const OUTCOME_ICON: Record<Outcome, string> = { right: '✓', partly: '½', wrong: '✗' };

function Glyph({ char, className }: { char: string; className: string }) {
  return (
    // <i>, not <span>: the global `.choice span` style must not turn icons inside choices into pills.
    <i className={`ex-icon ${className}`} aria-hidden="true">
      {char}
    </i>
  );
}

export function VerdictIcon({ verdict }: { verdict: Verdict }) {
  return <Glyph char={VERDICT_ICON[verdict]} className={`ex-icon--${verdict}`} />;
}

export function ResultIcon({ result }: { result: FindingResult }) {
  return <Glyph char={RESULT_ICON[result]} className={`ex-icon--${result}`} />;
}

export function OutcomeIcon({ outcome }: { outcome: Outcome }) {
  return <Glyph char={OUTCOME_ICON[outcome]} className={`ex-icon--${outcome}`} />;
}

/** The "opens in a new tab" arrow after an external link's text. */
export function ExternalIcon() {
  return (
    <i className="ex-external" aria-hidden="true">
      ↗
    </i>
  );
}
