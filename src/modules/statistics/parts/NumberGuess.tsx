/**
 * A number prediction: a slider (round values, on a log scale where magnitudes differ, so one
 * arrow key press is one clear step) and a text box for an exact number. Both edit one guess.
 */
import { useId } from 'react';
import { formatValue, nearestStop } from '../scoring';
import { useT } from '../../../ui/strings';
import type { NumberQuestionView, StatisticsMessages } from '../view-types';

/** A value with its unit, e.g. "40,000 paramedics" or "1 h 33 min". */
export function describeValue(value: number, q: NumberQuestionView): string {
  const formatted = formatValue(value, q.format);
  return q.format === 'minutes' ? formatted : `${formatted} ${q.unit}`;
}

/** A value as typed into the box: "40,000" for counts, "93" for minutes. */
export function typedValue(value: number, q: NumberQuestionView): string {
  return q.format === 'count' ? value.toLocaleString('en-GB') : String(value);
}

interface Props {
  question: NumberQuestionView;
  guess: number | undefined;
  text: string;
  error: string | undefined;
  errorId: string;
  onSlide: (value: number) => void;
  onType: (text: string) => void;
}

export default function NumberGuess({
  question: q,
  guess,
  text,
  error,
  errorId,
  onSlide,
  onType,
}: Props) {
  const t = useT<StatisticsMessages>();
  const uid = useId();
  const stops = q.stops;
  // Before any guess the thumb rests mid-way (the geometric middle on a log scale).
  const middle = q.log ? Math.sqrt(q.min * q.max) : (q.min + q.max) / 2;
  const index = nearestStop(stops, guess ?? middle, q.log);
  const shown = stops[index] ?? q.min;
  const helpId = `${uid}-help`;

  return (
    <fieldset className="stat-guess">
      <legend>{q.prompt}</legend>
      {q.help && (
        <p className="muted stat-guess__help" id={helpId}>
          {q.help}
        </p>
      )}
      <div className="stat-slider">
        <label className="block" htmlFor={`${uid}-slider`}>
          {t('statistics.sliderLabel')}
        </label>
        <input
          id={`${uid}-slider`}
          type="range"
          min={0}
          max={stops.length - 1}
          step={1}
          value={index}
          aria-valuetext={describeValue(guess ?? shown, q)}
          aria-describedby={q.help ? helpId : undefined}
          onChange={(e) => onSlide(stops[Number(e.target.value)] ?? q.min)}
        />
        <div className="stat-slider__ends" aria-hidden="true">
          <span>{formatValue(q.min, q.format)}</span>
          <span>{formatValue(q.max, q.format)}</span>
        </div>
      </div>
      <div className="stat-typed">
        <label className="block" htmlFor={`${uid}-typed`}>
          {t('statistics.typeLabel', { unit: q.unit })}
        </label>
        <input
          id={`${uid}-typed`}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          value={text}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onChange={(e) => onType(e.target.value)}
        />
      </div>
      <p className="stat-guess__current" aria-live="off">
        {t('statistics.yourGuess')}{' '}
        <strong>{guess !== undefined ? describeValue(guess, q) : t('statistics.noGuess')}</strong>
      </p>
    </fieldset>
  );
}
