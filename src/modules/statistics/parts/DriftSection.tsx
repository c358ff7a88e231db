/** The closing "number drift" view, then the score and "Try again". */
import { useT } from '../messages';
import ConfirmTryAgain from '../../../ui/ConfirmTryAgain';
import type { DriftView } from '../view-types';

interface Props {
  drift: DriftView | undefined;
  opened: boolean;
  score: { earned: number; possible: number };
  onOpen: () => void;
  onTryAgain: () => void;
}

const points = (n: number) => n.toLocaleString('en-GB', { maximumFractionDigits: 1 });

export default function DriftSection({ drift, opened, score, onOpen, onTryAgain }: Props) {
  const t = useT();
  return (
    <>
      {drift && (
        <section className="stat-drift" aria-labelledby="stat-drift-heading">
          <p className="stat-figure__count">{t('statistics.driftHeading')}</p>
          <h2 id="stat-drift-heading" tabIndex={-1}>
            {drift.title}
          </h2>
          {opened ? (
            <div className="stat-drift__body" dangerouslySetInnerHTML={{ __html: drift.html }} />
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
      {opened && (
        <section className="card stat-summary" aria-labelledby="stat-summary-heading">
          <h2 id="stat-summary-heading">{t('statistics.scoreHeading')}</h2>
          <p>
            {t('statistics.score', {
              earned: points(score.earned),
              possible: points(score.possible),
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
            onConfirm={onTryAgain}
          />
        </section>
      )}
    </>
  );
}
