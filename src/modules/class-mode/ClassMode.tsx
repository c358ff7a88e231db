/**
 * Class mode: one slide at a time, in large type, for a teacher leading the lesson from a
 * projector. The keys and a presenter clicker drive it (./model.ts holds the rules); the
 * on-screen buttons do the same for a mouse or touch.
 *
 * Every slide's content is the page's static HTML, handed over as named slots (see
 * ./view-types.ts). Each part is drawn in one place at a time: on the stage while its slide is
 * shown, otherwise in the static list (hidden on screen with JavaScript; what prints).
 *
 * Nothing about the class is stored: no progress store, no localStorage. State lives in memory
 * and the address only carries the open step (`#red-flags`), so a link can open it directly.
 */
import { useCallback, useState } from 'react';
import { StringsProvider, useT } from '../../ui/strings';
import { newTimer, type ClassTimer } from './model';
import StaticList from './parts/StaticList';
import Stage from './parts/Stage';
import StepList from './parts/StepList';
import { usePrinting } from './use-browser';
import { useClassDeck } from './use-class-deck';
import { partSlot, type Messages, type Part, type Slots, type StepView } from './view-types';

interface Props extends Slots {
  /** The island's strings (see ./view.ts). */
  messages: Messages;
  /** The lesson's steps, in order; each slide's content comes as slots. */
  steps: StepView[];
  /** Per step id, a note for the list of steps (e.g. how the red flags were chosen). */
  notes: Record<string, string>;
  /** Where the full answer key of the red flags is (the teacher's guide). */
  guideHref: string;
}

export default function ClassMode({ messages, ...props }: Props) {
  return (
    <StringsProvider messages={messages}>
      <ClassModeDeck {...props} />
    </StringsProvider>
  );
}

function ClassModeDeck({ steps, notes, guideHref, ...slots }: Omit<Props, 'messages'>) {
  const t = useT<Messages>();
  const deck = useClassDeck(steps, t);
  const { state, announce } = deck;
  const printing = usePrinting();
  const [timers, setTimers] = useState<Record<string, ClassTimer>>({});
  const step = state.screen === 'modules' ? undefined : steps[state.module];

  const setTimer = useCallback(
    (next: ClassTimer) => {
      if (step) setTimers((all) => ({ ...all, [step.id]: next }));
    },
    [step],
  );
  const timeUp = useCallback(() => {
    if (step) announce(t('classMode.ui.announceTimeUp', { step: step.title }));
  }, [step, t, announce]);

  // The slide on the stage takes its parts from the static list (unless the page is printing).
  const shown = state.screen === 'slide' && !printing ? state : null;
  const onStage = (i: number, j: number) => shown?.module === i && shown.slide === j;
  const listPart = (i: number, j: number, part: Part) =>
    onStage(i, j) ? null : slots[partSlot(i, j, part)];
  const stagePart = (part: Part) =>
    shown ? slots[partSlot(shown.module, shown.slide, part)] : null;

  // The live region stays in place whatever is shown, so every change is announced.
  return (
    <>
      <div className="cm-app">
        <div className="cm-island">
          {step ? (
            <Stage
              deck={deck}
              steps={steps}
              notes={notes}
              guideHref={guideHref}
              part={stagePart}
              timer={timers[step.id] ?? newTimer(step.minutes)}
              onTimer={setTimer}
              onTimeUp={timeUp}
            />
          ) : (
            <StepList
              steps={steps}
              notes={notes}
              guideHref={guideHref}
              onOpen={(module) => deck.dispatch({ type: 'open', module })}
              buttons={deck.stepButtons}
            />
          )}
          <p className="visually-hidden" role="status">
            {deck.announcement}
          </p>
        </div>
      </div>
      <StaticList steps={steps} slot={(name) => slots[name]} part={listPart} printing={printing} />
    </>
  );
}
