/** A choice prediction: big radio buttons (keyboard: arrow keys; pointer: tap anywhere on one). */
import { useId } from 'react';
import type { ChoiceQuestionView } from '../view-types';

interface Props {
  question: ChoiceQuestionView;
  choice: string | undefined;
  errorId: string;
  hasError: boolean;
  onChoose: (id: string) => void;
}

export default function ChoiceGuess({ question: q, choice, errorId, hasError, onChoose }: Props) {
  const uid = useId();
  const helpId = `${uid}-help`;
  const describedBy = [q.help ? helpId : '', hasError ? errorId : ''].filter(Boolean).join(' ');
  return (
    <fieldset className="stat-guess" aria-describedby={describedBy || undefined}>
      <legend>{q.prompt}</legend>
      {q.help && (
        <p className="muted stat-guess__help" id={helpId}>
          {q.help}
        </p>
      )}
      <div className="choices stat-choices">
        {q.options.map((o) => (
          <label className="choice" key={o.id}>
            <input
              type="radio"
              name={`${uid}-choice`}
              value={o.id}
              checked={choice === o.id}
              onChange={() => onChoose(o.id)}
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
