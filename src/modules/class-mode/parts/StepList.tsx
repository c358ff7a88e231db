/** The list of steps, each a button that opens it, with a note for the teacher where useful. */
import type { RefObject } from 'react';
import { useT } from '../../../ui/strings';
import type { Messages, StepView } from '../view-types';

interface Props {
  steps: StepView[];
  /** Per step id, a note (e.g. how the red flags were chosen). */
  notes: Record<string, string>;
  /** Where the full answer key of the red flags is (the teacher's guide). */
  guideHref: string;
  onOpen: (module: number) => void;
  /** Each step's button, so focus can return to the step just left. */
  buttons: RefObject<(HTMLButtonElement | null)[]>;
}

export default function StepList({ steps, notes, guideHref, onOpen, buttons }: Props) {
  const t = useT<Messages>();
  return (
    <section className="cm-steps" aria-labelledby="cm-steps-heading">
      <h2 id="cm-steps-heading">{t('classMode.ui.stepsHeading')}</h2>
      <ol className="cm-step-list">
        {steps.map((s, i) => (
          <li key={s.id}>
            <button
              type="button"
              className="cm-step-button"
              ref={(el) => {
                buttons.current[i] = el;
              }}
              aria-describedby={notes[s.id] ? `cm-note-${s.id}` : undefined}
              onClick={() => onOpen(i)}
            >
              <span className="cm-step-button__n" aria-hidden="true">
                {i + 1}
              </span>
              <span className="cm-step-button__title">{s.title}</span>
              <span className="cm-step-button__meta">
                {t('classMode.ui.slides', { n: s.answers.length })} ·{' '}
                {t('classMode.ui.minutes', { n: s.minutes })}
              </span>
            </button>
            {notes[s.id] && (
              <p className="cm-step-note" id={`cm-note-${s.id}`}>
                {notes[s.id]}
                {s.id === 'red-flags' && (
                  <>
                    {' '}
                    <a href={guideHref}>{t('classMode.ui.fullKey')}</a>
                  </>
                )}
              </p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
