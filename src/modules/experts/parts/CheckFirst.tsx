/** Step 2 of a card: "What would you check first, and where?", then feedback on the choice. */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useT } from '../../../ui/strings';
import { OWN_CHOICE, OWN_MAX, type CardAnswer } from '../scoring';
import type { CheckChoiceView, ExpertsMessages } from '../view-types';

interface Props {
  cardId: string;
  choices: CheckChoiceView[];
  /** The feedback on each choice, by index (undefined until `answers.json` is here). */
  feedback: string[] | undefined;
  /** What shows instead while it is not. */
  pending: ReactNode;
  answer: CardAnswer | undefined;
  onCheck: (check: string, own?: string) => void;
  /** Move focus to the feedback (right after the student checked, not on a restore). */
  focusFeedback: boolean;
}

function StrengthBadge({ strong }: { strong: boolean }) {
  const t = useT<ExpertsMessages>();
  return (
    <span className={`ex-badge ${strong ? 'ex-badge--strong' : 'ex-badge--weak'}`}>
      <span aria-hidden="true">{strong ? '✓' : '!'}</span>{' '}
      {t(strong ? 'experts.strong' : 'experts.weak')}
    </span>
  );
}

/** Each choice with its strength and feedback. */
function ChoiceFeedbackList({
  choices,
  feedback,
  except,
}: {
  choices: CheckChoiceView[];
  feedback: string[] | undefined;
  /** The choice already shown above the list. */
  except?: string | undefined;
}) {
  return (
    <ul className="ex-feedback-list">
      {choices.map(
        (c, i) =>
          c.id !== except && (
            <li key={c.id}>
              <p>
                <strong>{c.label}</strong> <StrengthBadge strong={c.strong} />
              </p>
              {feedback && <p>{feedback[i]}</p>}
            </li>
          ),
      )}
    </ul>
  );
}

export default function CheckFirst({
  cardId,
  choices,
  feedback,
  pending,
  answer,
  onCheck,
  focusFeedback,
}: Props) {
  const t = useT<ExpertsMessages>();
  const [choice, setChoice] = useState<string | undefined>(undefined);
  const [own, setOwn] = useState('');
  const [error, setError] = useState<string | null>(null);
  const firstRef = useRef<HTMLInputElement>(null);
  const ownRef = useRef<HTMLTextAreaElement>(null);
  const feedbackRef = useRef<HTMLHeadingElement>(null);
  const name = `${cardId}-check`;
  const errorId = `${cardId}-check-error`;
  const headingId = `${cardId}-check-heading`;

  useEffect(() => {
    if (answer?.check && focusFeedback) feedbackRef.current?.focus();
  }, [answer?.check, focusFeedback]);

  if (answer?.check) {
    const index = choices.findIndex((c) => c.id === answer.check);
    const picked = choices[index];
    return (
      <div className="ex-step">
        <h3 id={headingId}>{t('experts.steps.check')}</h3>
        <div
          className={`notice ${picked ? (picked.strong ? 'notice--good' : 'notice--warn') : ''}`}
        >
          <h4 ref={feedbackRef} tabIndex={-1} className="ex-feedback-heading">
            {t('experts.feedbackHeading')}
          </h4>
          {picked ? (
            <>
              <p>
                <strong>{t('experts.yourChoice')}</strong> {picked.label}
              </p>
              <p>
                <StrengthBadge strong={picked.strong} />
              </p>
              {feedback ? <p>{feedback[index]}</p> : pending}
            </>
          ) : (
            <>
              <p>
                <strong>{t('experts.yourOwn')}</strong> {answer.own}
              </p>
              <p>{t('experts.ownFeedback')}</p>
            </>
          )}
        </div>
        {picked ? (
          <details className="ex-details">
            <summary>{t('experts.otherOptions')}</summary>
            <ChoiceFeedbackList choices={choices} feedback={feedback} except={picked.id} />
          </details>
        ) : (
          <>
            {!feedback && pending}
            <ChoiceFeedbackList choices={choices} feedback={feedback} />
          </>
        )}
      </div>
    );
  }

  const submit = (event: React.SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!choice) {
      setError(t('experts.chooseFirst'));
      firstRef.current?.focus();
      return;
    }
    if (choice === OWN_CHOICE && own.trim().length < 3) {
      setError(t('experts.ownEmpty'));
      ownRef.current?.focus();
      return;
    }
    setError(null);
    onCheck(choice, choice === OWN_CHOICE ? own.trim() : undefined);
  };

  const options = [
    ...choices.map((c) => ({ id: c.id, label: c.label })),
    { id: OWN_CHOICE, label: t('experts.own') },
  ];

  return (
    <form className="ex-step" onSubmit={submit} noValidate>
      <fieldset aria-describedby={error ? errorId : undefined}>
        <legend>
          <h3 className="ex-legend-heading">{t('experts.steps.check')}</h3>
        </legend>
        <div className="choices ex-options">
          {options.map((o, i) => (
            <label className="choice" key={o.id}>
              <input
                ref={i === 0 ? firstRef : undefined}
                type="radio"
                name={name}
                value={o.id}
                checked={choice === o.id}
                onChange={() => {
                  setChoice(o.id);
                  setError(null);
                }}
              />
              <span>{o.label}</span>
            </label>
          ))}
        </div>
        {choice === OWN_CHOICE && (
          <div className="ex-own">
            <label className="block" htmlFor={`${cardId}-own`}>
              {t('experts.ownLabel')}
            </label>
            <textarea
              id={`${cardId}-own`}
              ref={ownRef}
              rows={2}
              maxLength={OWN_MAX}
              aria-invalid={error === t('experts.ownEmpty') ? true : undefined}
              aria-describedby={error === t('experts.ownEmpty') ? errorId : undefined}
              value={own}
              onChange={(e) => {
                setOwn(e.target.value);
                setError(null);
              }}
            />
          </div>
        )}
        {error && (
          <p id={errorId} className="field-error" role="alert">
            {error}
          </p>
        )}
      </fieldset>
      <div className="button-row">
        <button type="submit" className="button">
          {t('experts.checkButton')}
        </button>
      </div>
    </form>
  );
}
