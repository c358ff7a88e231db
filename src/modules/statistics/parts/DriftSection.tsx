/** The closing "number drift" view (static HTML, from its slot), then the score and "Try again". */
import type { ReactNode, Ref } from 'react';
import { useT } from '../../../ui/strings';
import ConfirmTryAgain from '../../../ui/ConfirmTryAgain';
import type { DriftView, StatisticsMessages } from '../view-types';

interface Props {
  drift: DriftView | undefined;
  /** The drift's steps and explanation (a slot). */
  body: ReactNode;
  opened: boolean;
  headingRef?: Ref<HTMLHeadingElement>;
  onOpen?: () => void;
  /** The score and "Try again" follow the drift once it is open (not in the page's static key). */
  finish?: { score: { earned: number; possible: number }; onTryAgain: () => void };
}

const points = (n: number) => n.toLocaleString('en-GB', { maximumFractionDigits: 1 });

export default function DriftSection({ drift, body, opened, headingRef, onOpen, finish }: Props) {
  const t = useT<StatisticsMessages>();
  return (
    <>
      {drift && (
        <section className="stat-drift" aria-labelledby="stat-drift-heading">
          <p className="stat-figure__count">{t('statistics.driftHeading')}</p>
          <h2 id="stat-drift-heading" ref={headingRef} tabIndex={-1}>
            {drift.title}
          </h2>
          {opened ? (
            <div className="stat-drift__body">{body}</div>
          ) : (
            <>
              <p>{t('statistics.driftReady')}</p>
              <div className="button-row">
                <button type="button" className="button" onClick={onOpen}>
                  {t('statistics.driftOpen')} <span aria-hidden="true">→</span>
                </button>
              </div>
            </>
          )}
        </section>
      )}
      {opened && finish && (
        <section className="card stat-summary" aria-labelledby="stat-summary-heading">
          <h2 id="stat-summary-heading">{t('statistics.scoreHeading')}</h2>
          <p>
            {t('statistics.score', {
              earned: points(finish.score.earned),
              possible: points(finish.score.possible),
            })}
          </p>
          <p className="notice notice--good">{t('statistics.done')}</p>
          <ConfirmTryAgain
            labels={{
              tryAgain: t('statistics.tryAgain'),
              question: t('statistics.tryAgainConfirm'),
              yes: t('statistics.tryAgainYes'),
              no: t('statistics.tryAgainNo'),
            }}
            onConfirm={finish.onTryAgain}
          />
        </section>
      )}
    </>
  );
}
