/** The locked-in prediction beside the real answer, with its score in words. */
import { scorePrediction, type PredictionScore } from '../scoring';
import type { Ref } from 'react';
import { useT } from '../../../ui/strings';
import type { Translate } from '../../../i18n/translate';
import { describeValue } from './NumberGuess';
import type { QuestionView, StatisticsMessages } from '../view-types';

const NOTICE = { close: 'notice--good', near: 'notice--warn', far: 'notice--bad' } as const;

/** A picked answer is right or not; only a number can be near or far off. */
export const bandKey = (q: QuestionView) => (q.kind === 'choice' ? 'choiceBand' : 'band');

function offText(
  t: Translate<StatisticsMessages>,
  q: QuestionView,
  score: PredictionScore,
): string | null {
  if (q.kind !== 'number' || score.off === undefined || !score.direction) return null;
  if (score.direction === 'exact') return t('statistics.exact');
  const direction = t(score.direction === 'higher' ? 'statistics.higher' : 'statistics.lower');
  if (q.log) {
    // Within 5% the guess is simply right: "1.0 times too low" would say nothing.
    if (score.off < 1.05) return null;
    const factor = score.off.toLocaleString('en-GB', {
      maximumFractionDigits: score.off < 10 ? 1 : 0,
    });
    return t('statistics.timesOff', { factor, direction });
  }
  return t('statistics.unitsOff', { amount: describeValue(score.off, q), direction });
}

interface Props {
  question: QuestionView;
  guess: number | string;
  headingId: string;
  headingRef: Ref<HTMLHeadingElement>;
}

export default function Result({ question: q, guess, headingId, headingRef }: Props) {
  const t = useT<StatisticsMessages>();
  const score = scorePrediction(q, guess);
  const label = (id: string) =>
    q.kind === 'choice' ? q.options.find((o) => o.id === id)?.label : id;
  const off = offText(t, q, score);
  return (
    <div className={`notice ${NOTICE[score.band]} stat-result`}>
      <h3 id={headingId} ref={headingRef} tabIndex={-1}>
        {t('statistics.resultHeading')}
      </h3>
      <p className="muted">
        {t('statistics.question')} {q.prompt}
      </p>
      {q.kind === 'number' && typeof guess === 'number' ? (
        <p>
          {t('statistics.guessWas', { guess: describeValue(guess, q), answer: q.answerDisplay })}
        </p>
      ) : (
        <>
          <p>{t('statistics.choiceWas', { choice: `“${label(String(guess)) ?? ''}”` })}</p>
          {score.points < 1 && (
            <p>
              {t('statistics.bestAnswer', {
                answer: `“${label(q.kind === 'choice' ? q.answer : '') ?? ''}”`,
              })}
            </p>
          )}
        </>
      )}
      <p>
        <strong>{t(`statistics.${bandKey(q)}.${score.band}`)}</strong>
        {off && ` ${off}`}
      </p>
    </div>
  );
}
