/**
 * The open step, as the projector shows it: the step's title, the slide count and the timer,
 * then the slide (or the step's closing card), then the controls.
 */
import type { ReactNode } from 'react';
import { useT } from '../../../ui/strings';
import { canGoBack, canGoNext, discussionIndex, type ClassTimer } from '../model';
import type { ClassDeck } from '../use-class-deck';
import type { Messages, Part, StepView } from '../view-types';
import Controls from './Controls';
import EndCard from './EndCard';
import SlideView from './SlideView';
import Timer from './Timer';

interface Props {
  deck: ClassDeck;
  steps: StepView[];
  notes: Record<string, string>;
  guideHref: string;
  /** A part of the slide on show (the page's static HTML), or undefined if it has none. */
  part: (part: Part) => ReactNode;
  timer: ClassTimer;
  onTimer: (timer: ClassTimer) => void;
  onTimeUp: () => void;
}

export default function Stage({ deck, steps, notes, guideHref, part, ...timer }: Props) {
  const t = useT<Messages>();
  const { state, dispatch } = deck;
  if (state.screen === 'modules') return null;
  const step = steps[state.module];
  if (!step) return null;
  const nextStep = steps[state.module + 1];
  const count = step.answers.length;
  const canNext = canGoNext(deck.deck, state);

  let nextLabel: string;
  if (state.screen === 'end')
    nextLabel = nextStep
      ? t('classMode.ui.nextStep', { step: nextStep.title })
      : t('classMode.ui.lastStep');
  else if (!state.revealed) nextLabel = t('classMode.ui.showAnswer');
  else if (state.slide + 1 < count) nextLabel = t('classMode.ui.next');
  else nextLabel = t('classMode.ui.finish');

  return (
    <section className="cm-stage" aria-labelledby="cm-step-title">
      <header className="cm-stage__bar">
        <div className="cm-stage__titles">
          <p className="cm-eyebrow">{t('classMode.ui.eyebrow')}</p>
          <h1 id="cm-step-title" ref={deck.headingRef} tabIndex={-1}>
            {step.title}
          </h1>
        </div>
        <h2 className="cm-count">
          {state.screen === 'end'
            ? t('classMode.ui.endOfStep')
            : t('classMode.ui.slideOf', { n: state.slide + 1, total: count })}
        </h2>
        <Timer timer={timer.timer} onChange={timer.onTimer} onTimeUp={timer.onTimeUp} />
      </header>

      {state.screen === 'slide' ? (
        <SlideView
          key={`${state.module}-${state.slide}`}
          prompt={part('prompt')}
          lead={part('lead')}
          more={part('more')}
          revealed={state.revealed}
          question={
            step.discussion[discussionIndex(state.slide, state.extra, step.discussion.length)]
          }
          moreQuestions={step.discussion.length > 1}
          onAnotherQuestion={() => dispatch({ type: 'another' })}
          answerRef={deck.answerRef}
        />
      ) : (
        <EndCard step={step} nextStep={nextStep} note={notes[step.id]} guideHref={guideHref} />
      )}

      <Controls
        dispatch={dispatch}
        canBack={canGoBack(deck.deck, state)}
        canNext={canNext}
        nextLabel={nextLabel}
      />
    </section>
  );
}
