/**
 * One figure's card: "Figure n of N", its heading (which takes focus when the student moves on
 * to it), the quote (static HTML, from its slot), then the card's body: the question, or the
 * result and the comparison.
 */
import type { ReactNode, Ref } from 'react';
import { useT } from '../../../ui/strings';
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
  children: ReactNode;
}

export default function FigureCard({
  figure,
  n,
  total,
  domId,
  headingRef,
  quote,
  children,
}: Props) {
  const t = useT<StatisticsMessages>();
  return (
    <section className="card stat-figure" aria-labelledby={`${domId}-heading`}>
      <p className="stat-figure__count">{t('statistics.figureOf', { n, total })}</p>
      <h2 id={`${domId}-heading`} ref={headingRef} tabIndex={-1}>
        {figure.title}
      </h2>
      {quote}
      {children}
    </section>
  );
}
