/** The closing summary: how many load-bearing sources anyone can check, and the student's score. */
import { forwardRef } from 'react';
import ConfirmTryAgain from '../../../ui/ConfirmTryAgain';
import ExtrasOffer from '../../../ui/ExtrasOffer';
import {
  POINTS_PER_CARD,
  formatPoints,
  summarise,
  type ExpertsData,
  type ModuleScore,
} from '../scoring';
import { scorePercent } from '../../../core/progress';
import { useT } from '../../../ui/strings';
import type { CardView, ExpertsMessages } from '../view-types';
import { OutcomeIcon, VerdictIcon } from './Icons';

interface Props {
  cards: CardView[];
  data: ExpertsData;
  score: ModuleScore;
  /** What the step teaches, in one or two sentences (the case's recap for this step). */
  takeaway?: string | undefined;
  onTryAgain: () => void;
  /** The first extra source not yet checked, and the way there (null: none left). */
  extra: { short: string; go: () => void } | null;
}

const Summary = forwardRef<HTMLHeadingElement, Props>(function Summary(
  { cards, data, score, takeaway, onTryAgain, extra },
  headingRef,
) {
  const t = useT<ExpertsMessages>();
  /** The student's verdict and confidence, with the outcome, as the table and the list show it. */
  const yourVerdict = (
    answer: (typeof data.cards)[string] | undefined,
    result: (typeof score.cards)[string] | undefined,
  ) =>
    answer?.verdict && answer.confidence && result ? (
      <>
        <OutcomeIcon outcome={result.outcome} />{' '}
        <span className="visually-hidden">{t(`experts.outcomes.${result.outcome}`)}: </span>
        {t(`experts.verdicts.${answer.verdict}.short`)} (
        {t(`experts.confidences.${answer.confidence}`).toLowerCase()})
      </>
    ) : (
      '—'
    );
  const counts = summarise(cards);
  return (
    <section className="ex-summary" aria-labelledby="ex-summary-heading">
      <h2 id="ex-summary-heading" ref={headingRef} tabIndex={-1}>
        {t('experts.summary.heading')}
      </h2>
      <p className="ex-summary__headline">
        <strong>
          {t('experts.summary.checkable', { checkable: counts.checkable, total: counts.total })}
        </strong>{' '}
        {counts.checkable > 0 &&
          (counts.supports === 0
            ? t('experts.summary.noneSupports')
            : t('experts.summary.someSupport', { supports: counts.supports }))}{' '}
        {t('experts.summary.rest', { cannotCheck: counts.cannotCheck })}
      </p>
      <ul className="ex-chips" aria-label={t('experts.summary.chipsLabel')}>
        {cards.map((card) => (
          <li key={card.id} className={`ex-chip ex-chip--${card.verdict}`}>
            <VerdictIcon verdict={card.verdict} />
            <span className="ex-chip__name">{card.short}</span>
            <span className="ex-chip__verdict">{t(`experts.verdicts.${card.verdict}.short`)}</span>
          </li>
        ))}
      </ul>

      {/* Wide screens: a table. Narrow screens: the same rows as a list (one shows at a time). */}
      {takeaway && <p className="notice ex-takeaway">{takeaway}</p>}

      <div className="table-wrap ex-wide">
        <table className="ex-table">
          <caption>{t('experts.summary.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('experts.summary.colSource')}</th>
              <th scope="col">{t('experts.summary.colCheck')}</th>
              <th scope="col">{t('experts.summary.colYours')}</th>
              <th scope="col">{t('experts.summary.colPoints')}</th>
            </tr>
          </thead>
          <tbody>
            {cards.map((card) => {
              const answer = data.cards[card.id];
              const result = score.cards[card.id];
              return (
                <tr key={card.id}>
                  <th scope="row">
                    {card.short}
                    <span className="ex-table__claim">{card.claim}</span>
                  </th>
                  <td>{t(`experts.verdicts.${card.verdict}.short`)}</td>
                  <td>{yourVerdict(answer, result)}</td>
                  <td className="ex-table__points">
                    {result ? `${formatPoints(result.points)} / ${POINTS_PER_CARD}` : '—'}
                  </td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={3}>
                {t('experts.summary.total')}
              </th>
              <td className="ex-table__points">
                {formatPoints(score.earned)} / {score.possible}
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
      <div className="ex-narrow">
        <h3 className="ex-narrow__heading">{t('experts.summary.tableCaption')}</h3>
        <ol className="ex-results">
          {cards.map((card) => {
            const answer = data.cards[card.id];
            const result = score.cards[card.id];
            return (
              <li key={card.id}>
                <p className="ex-results__name">{card.short}</p>
                <p className="ex-table__claim">{card.claim}</p>
                <dl>
                  <div>
                    <dt>{t('experts.summary.colCheck')}:</dt>
                    <dd>{t(`experts.verdicts.${card.verdict}.short`)}</dd>
                  </div>
                  <div>
                    <dt>{t('experts.summary.colYours')}:</dt>
                    <dd>{yourVerdict(answer, result)}</dd>
                  </div>
                  <div>
                    <dt>{t('experts.summary.colPoints')}:</dt>
                    <dd>{result ? `${formatPoints(result.points)} / ${POINTS_PER_CARD}` : '—'}</dd>
                  </div>
                </dl>
              </li>
            );
          })}
        </ol>
      </div>
      <p className="ex-summary__score">
        <strong>
          {t('experts.summary.score', {
            earned: formatPoints(score.earned),
            possible: score.possible,
            percent: scorePercent({ earned: score.earned, possible: score.possible }),
          })}
        </strong>
      </p>
      {extra && (
        <ExtrasOffer
          text={t('experts.summary.extrasLeft', { n: score.extrasLeft })}
          label={t('experts.summary.extrasGo', { title: extra.short })}
          onGo={extra.go}
        />
      )}
      <p className="muted">{t('experts.summary.review')}</p>

      <div className="no-print">
        <ConfirmTryAgain
          labels={{
            tryAgain: t('experts.summary.tryAgain'),
            question: t('experts.summary.tryAgainConfirm'),
            yes: t('experts.summary.tryAgainYes'),
            no: t('experts.summary.cancel'),
          }}
          onConfirm={onTryAgain}
        />
      </div>
    </section>
  );
});

export default Summary;
