/**
 * The closing "number drift" view (its steps from `answers.json`), then the score, the way on to
 * the extras and "Try again".
 */
import type { Ref } from 'react';
import { DeferredHtml, type Deferred } from '../../../ui/deferred';
import { useT } from '../../../ui/strings';
import ConfirmTryAgain from '../../../ui/ConfirmTryAgain';
import ExtrasOffer from '../../../ui/ExtrasOffer';
import type { DriftView, StatisticsAnswers, StatisticsMessages } from '../view-types';
import { answersLabels } from './Comparison';

interface Props {
  drift: DriftView | undefined;
  /** The drift's steps and explanation are in `answers.json`. */
  answers: Deferred<StatisticsAnswers>;
  opened: boolean;
  headingRef: Ref<HTMLHeadingElement>;
  onOpen: () => void;
  score: { earned: number; possible: number };
  onTryAgain: () => void;
  /** The extras not compared yet: how many, the first one's title, and the way there. */
  extras: { left: number; title: string; go: () => void } | undefined;
}

const points = (n: number) => n.toLocaleString('en-GB', { maximumFractionDigits: 1 });

export default function DriftSection(props: Props) {
  const { drift, answers, opened, headingRef, onOpen, score, onTryAgain, extras } = props;
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
            <DeferredHtml
              state={answers}
              html={answers.data?.drift}
              className="stat-drift__body"
              labels={answersLabels(t)}
            />
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
          {extras && (
            <ExtrasOffer
              text={t('statistics.extrasLeft', { n: extras.left })}
              label={t('statistics.extrasGo', { title: extras.title })}
              onGo={extras.go}
            />
          )}
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
