/** The locked-in prediction beside the real answer, with its score in words. */
import { scorePrediction, type PredictionScore } from '../../../lib/statistics';
import { t } from '../../../i18n';
import { describeValue } from './NumberGuess';
import type { QuestionView } from './types';

const NOTICE = { close: 'notice--good', near: 'notice--warn', far: 'notice--bad' } as const;

function offText(q: QuestionView, score: PredictionScore): string | null {
  if (q.kind !== 'number' || score.off === undefined || !score.direction) return null;
  if (score.direction === 'exact') return t('statistics.exact');
  const direction = t(score.direction === 'higher' ? 'statistics.higher' : 'statistics.lower');
  if (q.log) {
    // "1.1 times too low" says little: below that, the guess is simply right.
    if (score.off < 1.05) return null;
    const factor =
      score.off < 10 ? score.off.toFixed(1) : Math.round(score.off).toLocaleString('en-GB');
    return t('statistics.timesOff', { factor, direction });
  }
  return t('statistics.unitsOff', { amount: describeValue(score.off, q), direction });
}

interface Props {
  question: QuestionView;
  guess: number | string;
  headingId: string;
}

export default function Result({ question: q, guess, headingId }: Props) {
  const score = scorePrediction(q, guess);
  const label = (id: string) =>
    q.kind === 'choice' ? q.options.find((o) => o.id === id)?.label : id;
  const off = offText(q, score);
  return (
    <div className={`notice ${NOTICE[score.band]} stat-result`}>
      <h3 id={headingId} tabIndex={-1}>
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
        <strong>{t(`statistics.band.${score.band}`)}</strong>
        {off && ` ${off}`}
      </p>
    </div>
  );
}
