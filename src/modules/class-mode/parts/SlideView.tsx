/**
 * One slide on the stage: the prompt, then (on the teacher's cue) the answer with a discussion
 * question. The prompt and the answer's parts are the page's static HTML (the island's slots).
 */
import type { ReactNode, RefObject } from 'react';
import { useT } from '../../../ui/strings';
import type { Messages } from '../view-types';

interface Props {
  prompt: ReactNode;
  lead: ReactNode;
  more: ReactNode;
  revealed: boolean;
  /** The discussion question that goes with the answer, if the guide has one. */
  question: string | undefined;
  /** Whether "Another question" has another to give. */
  moreQuestions: boolean;
  onAnotherQuestion: () => void;
  answerRef: RefObject<HTMLElement | null>;
}

export default function SlideView(props: Props) {
  const t = useT<Messages>();
  const { prompt, lead, more, revealed, question } = props;
  return (
    <div className="cm-slide" data-revealed={revealed ? 'true' : 'false'}>
      <div className="cm-slide__prompt">{prompt}</div>
      {revealed && (
        <section
          className="cm-slide__answer"
          aria-labelledby="cm-answer-heading"
          ref={props.answerRef}
        >
          <h3 id="cm-answer-heading" className="cm-answer-label">
            {t('classMode.ui.answerHeading')}
          </h3>
          {lead !== undefined && <div className="cm-lead">{lead}</div>}
          {question && (
            <div className="cm-discuss">
              <p className="cm-discuss__label">{t('classMode.ui.discuss')}</p>
              <p className="cm-discuss__question">{question}</p>
              {props.moreQuestions && (
                <button
                  type="button"
                  className="button button--quiet cm-discuss__another"
                  onClick={props.onAnotherQuestion}
                >
                  {t('classMode.ui.anotherQuestion')}
                </button>
              )}
            </div>
          )}
          {more !== undefined && <div className="cm-more">{more}</div>}
        </section>
      )}
    </div>
  );
}
