/**
 * A figure's prediction form: a number (slider and text box) or a choice. Every change is saved
 * as a draft; "Lock in" checks the typed text first, then compares.
 */
import { useState } from 'react';
import { useT } from '../../../ui/strings';
import { parseNumberInput } from '../scoring';
import type { StatisticsMessages, QuestionView } from '../view-types';
import NumberGuess, { describeValue, typedValue } from './NumberGuess';
import ChoiceGuess from './ChoiceGuess';
import { ignoreRestOfDoubleClick } from '../../../ui/double-click-guard';

interface Props {
  question: QuestionView;
  guess: number | string | undefined;
  /** DOM id prefix, unique in the page. */
  domId: string;
  onGuess: (value: number | string) => void;
  onLockIn: () => void;
}

export default function FigureQuestion({ question: q, guess, domId, onGuess, onLockIn }: Props) {
  const t = useT<StatisticsMessages>();
  const numberGuess = typeof guess === 'number' ? guess : undefined;
  const shown = (value: number | undefined) =>
    q.kind === 'number' && value !== undefined ? typedValue(value, q) : '';
  const [text, setText] = useState(() => shown(numberGuess));
  const [error, setError] = useState<string | undefined>();
  const errorId = `${domId}-error`;

  // Keep the text box in step with the slider and with a guess restored after loading: only
  // when the guess itself changes (`text` is what the student is typing), adjusted while
  // rendering rather than in an effect (https://react.dev/learn/you-might-not-need-an-effect).
  const [syncedGuess, setSyncedGuess] = useState(numberGuess);
  if (numberGuess !== syncedGuess) {
    setSyncedGuess(numberGuess);
    if (numberGuess !== undefined && parseNumberInput(text) !== numberGuess)
      setText(shown(numberGuess));
  }

  /**
   * Why the typed text is not a usable guess, or undefined when it is (or is empty). Checked on
   * submit only: a message shown on blur would push the button down between mousedown and
   * mouseup, and the click on it would be lost.
   */
  const typedProblem = (value: string): string | undefined => {
    if (q.kind !== 'number' || value.trim() === '') return undefined;
    const parsed = parseNumberInput(value);
    if (parsed === null)
      return t('statistics.notANumber', { example: typedValue(q.answer > 100 ? 25000 : 25, q) });
    if (parsed < q.min || parsed > q.max)
      return t('statistics.outOfRange', {
        min: describeValue(q.min, q),
        max: describeValue(q.max, q),
      });
    return undefined;
  };

  const onType = (value: string) => {
    setText(value);
    const parsed = parseNumberInput(value);
    if (q.kind === 'number' && parsed !== null && parsed >= q.min && parsed <= q.max) {
      setError(undefined);
      onGuess(parsed);
    }
  };

  const submit = (event: React.SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problem =
      typedProblem(text) ??
      (guess === undefined
        ? t(q.kind === 'number' ? 'statistics.needGuess' : 'statistics.needChoice')
        : undefined);
    setError(problem);
    if (problem) {
      event.currentTarget
        .querySelector<HTMLElement>(q.kind === 'number' ? 'input[type="text"]' : 'input')
        ?.focus();
      return;
    }
    // What replaces the form (the comparison, "Next") must not take the rest of a double-click.
    ignoreRestOfDoubleClick();
    onLockIn();
  };

  return (
    <form noValidate onSubmit={submit} className="stat-form">
      {q.kind === 'number' ? (
        <NumberGuess
          question={q}
          guess={numberGuess}
          text={text}
          error={error}
          errorId={errorId}
          onSlide={(value) => {
            setError(undefined);
            setText(typedValue(value, q));
            onGuess(value);
          }}
          onType={onType}
        />
      ) : (
        <ChoiceGuess
          question={q}
          choice={typeof guess === 'string' ? guess : undefined}
          errorId={errorId}
          hasError={error !== undefined}
          onChoose={(id) => {
            setError(undefined);
            onGuess(id);
          }}
        />
      )}
      {error && (
        <p className="field-error" id={errorId} role="alert">
          {error}
        </p>
      )}
      <p className="muted stat-form__note">{t('statistics.savedDraft')}</p>
      <div className="button-row">
        <button type="submit" className="button">
          {t('statistics.lockIn')}
        </button>
      </div>
    </form>
  );
}
