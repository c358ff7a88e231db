/**
 * One figure's card: "Figure n of N" (and an "extra" tag beyond the core), its heading (which
 * takes focus when the student moves on to it), the quote (static HTML, from its slot), then the
 * card's body: the question, or the result and the comparison.
 *
 * Once compared, the card can fold to its heading and result, so the page stays short: the
 * heading then holds a disclosure button (aria-expanded). Folded, the body stays in the page,
 * hidden on screen only: print shows every comparison.
 */
import type { ReactNode, Ref } from 'react';
import { useT } from '../../../ui/strings';
import ReadAloud from '../../../ui/ReadAloud';
import type { FigureView, StatisticsMessages } from '../view-types';

interface Props {
  figure: FigureView;
  n: number;
  total: number;
  /** DOM id prefix, unique in the page. */
  domId: string;
  headingRef: Ref<HTMLHeadingElement>;
  /** The quote and where the article repeats it (a slot). */
  quote: ReactNode;
  /** Once compared: the result in a few words ("Right: 1 point."), and the fold. */
  fold?: { result: string; open: boolean; onToggle: () => void } | undefined;
  children: ReactNode;
}

export default function FigureCard({
  figure,
  n,
  total,
  domId,
  headingRef,
  quote,
  fold,
  children,
}: Props) {
  const t = useT<StatisticsMessages>();
  const open = !fold || fold.open;
  return (
    <section
      className={open ? 'card stat-figure' : 'card stat-figure stat-figure--folded'}
      aria-labelledby={`${domId}-heading`}
      data-read-aloud-region
    >
      <p className="stat-figure__count">
        {t('statistics.figureOf', { n, total })}
        {figure.tier === 'extra' && (
          <span className="stat-tag">
            <span className="visually-hidden">, </span>
            {t('statistics.extra')}
          </span>
        )}
      </p>
      <h2 id={`${domId}-heading`} ref={headingRef} tabIndex={-1}>
        {fold ? (
          <button
            type="button"
            className="stat-figure__toggle"
            aria-expanded={fold.open}
            aria-controls={`${domId}-body`}
            onClick={fold.onToggle}
          >
            <span className="stat-figure__title">{figure.title}</span>{' '}
            <span className="stat-figure__short">{fold.result}</span>
          </button>
        ) : (
          figure.title
        )}
      </h2>
      {open && <ReadAloud what="figure" />}
      <div id={`${domId}-body`} className="stat-figure__body">
        {quote}
        {children}
      </div>
    </section>
  );
}
