/** The list of sources at the top: where the student is, what is done, and a way to jump. */
import { useEffect, useRef } from 'react';
import { cardState, type ExpertsData } from '../scoring';
import { useT } from '../../../ui/strings';
import type { CardView, ExpertsMessages } from '../view-types';

export type View = number | 'summary';

interface Props {
  cards: CardView[];
  data: ExpertsData;
  view: View;
  complete: boolean;
  onSelect: (view: View) => void;
}

const STATE_MARK = { 'not-started': '', checked: '…', done: '✓' } as const;

export default function CardNav({ cards, data, view, complete, onSelect }: Props) {
  const t = useT<ExpertsMessages>();
  const list = useRef<HTMLOListElement>(null);
  // On a phone the list is one row that scrolls: the open source's chip is kept in view.
  // Sideways only: the page itself stays where the student is.
  useEffect(() => {
    const row = list.current;
    const chip = row?.querySelector('[aria-current]');
    if (!row || !chip) return;
    const [c, r] = [chip.getBoundingClientRect(), row.getBoundingClientRect()];
    if (c.left < r.left || c.right > r.right) row.scrollLeft += c.left - r.left - 8;
  }, [view]);
  return (
    <nav className="ex-nav no-print" aria-label={t('experts.navLabel')}>
      <ol ref={list}>
        {cards.map((card, i) => {
          const state = cardState(data.cards[card.id]);
          return (
            <li key={card.id}>
              <button
                type="button"
                className={`ex-nav__item ex-nav__item--${state}`}
                aria-current={view === i ? 'step' : undefined}
                onClick={() => onSelect(i)}
              >
                <span className="ex-nav__num" aria-hidden="true">
                  {STATE_MARK[state] || i + 1}
                </span>
                <span className="visually-hidden">{i + 1}. </span>
                <span className="ex-nav__name">{card.short}</span>
                {card.tier === 'extra' && (
                  <span className="ex-nav__extra">
                    <span className="visually-hidden">, </span>
                    {t('experts.extra')}
                  </span>
                )}
                <span className="visually-hidden"> ({t(`experts.state.${state}`)})</span>
              </button>
            </li>
          );
        })}
        {complete && (
          <li>
            <button
              type="button"
              className="ex-nav__item ex-nav__item--summary"
              aria-current={view === 'summary' ? 'step' : undefined}
              onClick={() => onSelect('summary')}
            >
              <span className="ex-nav__num" aria-hidden="true">
                Σ
              </span>
              <span className="ex-nav__name">{t('experts.navSummary')}</span>
            </button>
          </li>
        )}
      </ol>
    </nav>
  );
}
