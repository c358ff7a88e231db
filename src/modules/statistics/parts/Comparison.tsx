/**
 * A figure once its guess is locked in: the guess beside the real figure, then the comparison
 * (chart, questions to ask, explanation; from `answers.json`), then "Next figure".
 */
import type { Ref } from 'react';
import { DeferredHtml, type Deferred, type DeferredLabels } from '../../../ui/deferred';
import { useT } from '../../../ui/strings';
import type { Translate } from '../../../i18n/translate';
import type { FigureView, StatisticsAnswers, StatisticsMessages } from '../view-types';
import Result from './Result';

interface Props {
  figure: FigureView;
  guess: number | string;
  /** DOM id prefix, unique in the page. */
  domId: string;
  headingRef: Ref<HTMLHeadingElement>;
  answers: Deferred<StatisticsAnswers>;
  /** Present when a next figure follows this one. */
  onNext?: (() => void) | undefined;
}

/** What shows while `answers.json` loads, or when it could not. */
export const answersLabels = (t: Translate<StatisticsMessages>): DeferredLabels => ({
  loading: t('statistics.partLoading'),
  failed: t('statistics.partFailed'),
  retry: t('statistics.partRetry'),
});

export default function Comparison({ figure, guess, domId, headingRef, answers, onNext }: Props) {
  const t = useT<StatisticsMessages>();
  return (
    <>
      <Result
        question={figure.question}
        guess={guess}
        headingId={`${domId}-result`}
        headingRef={headingRef}
      />
      <DeferredHtml
        state={answers}
        html={answers.data?.figures[figure.id]}
        labels={answersLabels(t)}
      />
      {onNext && (
        <div className="button-row">
          <button type="button" className="button button--secondary" onClick={onNext}>
            {t('statistics.next')} <span aria-hidden="true">↓</span>
          </button>
        </div>
      )}
    </>
  );
}
