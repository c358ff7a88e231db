/**
 * Class mode: one slide at a time, in large type, for a teacher leading the lesson from a
 * projector. The keys and a presenter clicker drive it (src/modules/class-mode/model.ts holds the rules);
 * the on-screen buttons do the same for a mouse or touch.
 *
 * Nothing about the class is stored: no progress store, no localStorage. State lives in memory
 * and the address only carries the open step (`#red-flags`), so a link can open it directly.
 */
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import { translator } from '../../i18n/translate';
import {
  actionForKey,
  canGoBack,
  canGoNext,
  classReducer,
  discussionIndex,
  initialClassState,
  moduleFromHash,
  newTimer,
  type ClassAction,
  type ClassState,
  type ClassTimer,
} from './model';
import Timer from './parts/Timer';
import {
  KEY_PREFIX,
  LIVE_PREFIX,
  partId,
  type Messages,
  type Part,
  type StepView,
} from './view-types';

interface Props {
  /** The island's strings: `{ classMode: { ui } }`. */
  messages: Messages;
  /** The lesson's steps, in order; each slide's content is in the page's static HTML. */
  steps: StepView[];
  /** Per step id, a note for the list of steps (e.g. how the red flags were chosen). */
  notes: Record<string, string>;
  /** Where the full answer key of the red flags is (the teacher's guide). */
  guideHref: string;
}

/** A slide part's HTML, copied from the page (built from trusted content at build time). */
function partHtml(step: string, slide: number, part: Part): string {
  if (typeof document === 'undefined') return '';
  const html = document.getElementById(partId(step, slide, part))?.innerHTML ?? '';
  // Ids inside the copy must not repeat those of the original.
  return html.replaceAll(KEY_PREFIX, LIVE_PREFIX).trim();
}

const prefersReducedMotion = () =>
  typeof window !== 'undefined' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Keys on these keep their own meaning (Enter and Space press a button or follow a link). */
const ACTIVATES = 'a[href], button, summary, input, select, textarea, [role="button"]';
const EDITS = 'input, select, textarea, [contenteditable]';

export default function ClassMode({ messages, steps, notes, guideHref }: Props) {
  const t = useMemo(() => translator(messages), [messages]);
  const deck = useMemo(() => steps.map((s) => s.answers.length), [steps]);
  const [state, dispatch] = useReducer(
    (s: ClassState, a: ClassAction) => classReducer(deck, s, a),
    initialClassState,
  );
  const [announcement, setAnnouncement] = useState('');
  const [timers, setTimers] = useState<Record<string, ClassTimer>>({});
  const [fullScreen, setFullScreen] = useState<boolean | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const answerRef = useRef<HTMLElement>(null);
  const previous = useRef<ClassState>(state);

  const step = state.screen === 'modules' ? undefined : steps[state.module];
  const count = step?.answers.length ?? 0;

  // A link to `/teach/class/#experts` opens that step; so does editing the hash.
  useEffect(() => {
    const openFromHash = () => {
      const module = moduleFromHash(
        window.location.hash,
        steps.map((s) => s.id),
      );
      if (module !== null) dispatch({ type: 'open', module });
    };
    openFromHash();
    window.addEventListener('hashchange', openFromHash);
    return () => window.removeEventListener('hashchange', openFromHash);
  }, [steps]);

  // Full screen, where the browser offers it.
  useEffect(() => {
    if (!document.fullscreenEnabled) return undefined;
    const update = () => setFullScreen(document.fullscreenElement !== null);
    update();
    document.addEventListener('fullscreenchange', update);
    return () => document.removeEventListener('fullscreenchange', update);
  }, []);

  // Printing shows every slide with its answer (the static list), so open every answer.
  useEffect(() => {
    let opened: HTMLDetailsElement[] = [];
    const before = () => {
      opened = [...document.querySelectorAll<HTMLDetailsElement>('.cm-static details')].filter(
        (d) => !d.open,
      );
      opened.forEach((d) => (d.open = true));
    };
    const after = () => opened.forEach((d) => (d.open = false));
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);

  // The keys (and presenter clickers) while a step is open.
  useEffect(() => {
    if (state.screen === 'modules') return undefined;
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      const action = actionForKey(event.key);
      if (!action) return;
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest(EDITS)) return;
      if ((event.key === 'Enter' || event.key === ' ') && target?.closest(ACTIVATES)) return;
      if (event.key === ' ' && event.shiftKey) return;
      event.preventDefault();
      dispatch(action);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [state.screen]);

  // After each move: say what happened, keep the address in step, and keep focus sensible.
  useEffect(() => {
    const before = previous.current;
    previous.current = state;
    if (before === state) return;
    const at = (s: ClassState) => (s.screen === 'modules' ? null : s.module);

    if (state.screen === 'modules') {
      setAnnouncement('');
      if (window.location.hash) history.replaceState(null, '', window.location.pathname);
      const last = state.last === null ? undefined : steps[state.last];
      if (last) document.getElementById(`cm-open-${last.id}`)?.focus();
      return;
    }
    const current = steps[state.module];
    if (!current) return;
    if (window.location.hash !== `#${current.id}`) history.replaceState(null, '', `#${current.id}`);

    if (state.screen === 'end') {
      setAnnouncement(t('classMode.ui.announceEnd', { step: current.title }));
    } else if (state.revealed) {
      const q =
        current.discussion[discussionIndex(state.slide, state.extra, current.discussion.length)];
      const shown =
        before.screen === 'slide' && before.revealed && before.slide === state.slide
          ? ''
          : t('classMode.ui.announceAnswer', { answer: current.answers[state.slide] ?? '' });
      setAnnouncement(
        [shown, q ? t('classMode.ui.announceDiscuss', { question: q }) : ''].join(' ').trim(),
      );
    } else {
      setAnnouncement(
        t('classMode.ui.announceSlide', {
          step: current.title,
          n: state.slide + 1,
          total: current.answers.length,
        }),
      );
    }

    const smooth = prefersReducedMotion() ? 'auto' : 'smooth';
    if (at(before) !== state.module) {
      // A step was opened: start at its top, with focus on its title.
      window.scrollTo({ top: 0 });
      headingRef.current?.focus({ preventScroll: true });
      return;
    }
    if (state.screen === 'slide' && state.revealed) {
      const answer = answerRef.current;
      if (answer && answer.getBoundingClientRect().top > window.innerHeight * 0.6)
        answer.scrollIntoView({ block: 'start', behavior: smooth });
    } else {
      window.scrollTo({ top: 0, behavior: smooth });
    }
    // A button or link that had focus may be gone with the old slide: never drop the teacher's
    // place on the page.
    if (document.activeElement === null || document.activeElement === document.body)
      headingRef.current?.focus({ preventScroll: true });
  }, [state, steps, t]);

  const timer = step ? (timers[step.id] ?? newTimer(step.minutes)) : undefined;
  const setTimer = useCallback(
    (next: ClassTimer) => {
      if (step) setTimers((all) => ({ ...all, [step.id]: next }));
    },
    [step],
  );
  const timeUp = useCallback(() => {
    if (step) setAnnouncement(t('classMode.ui.announceTimeUp', { step: step.title }));
  }, [step, t]);

  const slideParts = useMemo(() => {
    if (state.screen !== 'slide' || !step) return null;
    return {
      prompt: partHtml(step.id, state.slide, 'prompt'),
      lead: partHtml(step.id, state.slide, 'lead'),
      more: partHtml(step.id, state.slide, 'more'),
    };
  }, [state, step]);

  // The live region stays in place whatever is shown, so every change is announced.
  const status = (
    <p className="visually-hidden" role="status">
      {announcement}
    </p>
  );

  if (state.screen === 'modules' || !step) {
    return (
      <div className="cm-island">
        <section className="cm-steps" aria-labelledby="cm-steps-heading">
          <h2 id="cm-steps-heading">{t('classMode.ui.stepsHeading')}</h2>
          <ol className="cm-step-list">
            {steps.map((s, i) => (
              <li key={s.id}>
                <button
                  type="button"
                  className="cm-step-button"
                  id={`cm-open-${s.id}`}
                  aria-describedby={notes[s.id] ? `cm-note-${s.id}` : undefined}
                  onClick={() => dispatch({ type: 'open', module: i })}
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
        {status}
      </div>
    );
  }

  const nextStep = steps[state.module + 1];
  const back = canGoBack(deck, state);
  const next = canGoNext(deck, state);
  let nextLabel: string;
  if (state.screen === 'end')
    nextLabel = nextStep
      ? t('classMode.ui.nextStep', { step: nextStep.title })
      : t('classMode.ui.lastStep');
  else if (!state.revealed) nextLabel = t('classMode.ui.showAnswer');
  else if (state.slide + 1 < count) nextLabel = t('classMode.ui.next');
  else nextLabel = t('classMode.ui.finish');
  const question =
    state.screen === 'slide'
      ? step.discussion[discussionIndex(state.slide, state.extra, step.discussion.length)]
      : undefined;

  return (
    <div className="cm-island">
      <section className="cm-stage" aria-labelledby="cm-step-title">
        <header className="cm-stage__bar">
          <div className="cm-stage__titles">
            <p className="cm-eyebrow">{t('classMode.ui.eyebrow')}</p>
            <h1 id="cm-step-title" ref={headingRef} tabIndex={-1}>
              {step.title}
            </h1>
          </div>
          <h2 className="cm-count">
            {state.screen === 'end'
              ? t('classMode.ui.endOfStep')
              : t('classMode.ui.slideOf', { n: state.slide + 1, total: count })}
          </h2>
          {timer && <Timer t={t} timer={timer} onChange={setTimer} onTimeUp={timeUp} />}
        </header>

        {state.screen === 'slide' && slideParts ? (
          <div
            className="cm-slide"
            data-revealed={state.revealed ? 'true' : 'false'}
            key={`${state.module}-${state.slide}`}
          >
            <div
              className="cm-slide__prompt"
              dangerouslySetInnerHTML={{ __html: slideParts.prompt }}
            />
            {state.revealed && (
              <section
                className="cm-slide__answer"
                aria-labelledby="cm-answer-heading"
                ref={answerRef}
              >
                <h3 id="cm-answer-heading" className="cm-answer-label">
                  {t('classMode.ui.answerHeading')}
                </h3>
                {slideParts.lead && (
                  <div className="cm-lead" dangerouslySetInnerHTML={{ __html: slideParts.lead }} />
                )}
                {question && (
                  <div className="cm-discuss">
                    <p className="cm-discuss__label">{t('classMode.ui.discuss')}</p>
                    <p className="cm-discuss__question">{question}</p>
                    {step.discussion.length > 1 && (
                      <button
                        type="button"
                        className="button button--quiet cm-discuss__another"
                        onClick={() => dispatch({ type: 'another' })}
                      >
                        {t('classMode.ui.anotherQuestion')}
                      </button>
                    )}
                  </div>
                )}
                {slideParts.more && (
                  <div className="cm-more" dangerouslySetInnerHTML={{ __html: slideParts.more }} />
                )}
              </section>
            )}
          </div>
        ) : (
          <div className="cm-slide cm-end">
            <p className="cm-statement">{t('classMode.ui.endHeading', { step: step.title })}</p>
            {step.recap && (
              <div className="cm-discuss">
                <p className="cm-discuss__label">{t('classMode.ui.takeaway')}</p>
                <p className="cm-discuss__question">{step.recap}</p>
              </div>
            )}
            {notes[step.id] && step.id === 'red-flags' && (
              <p>
                {notes[step.id]} <a href={guideHref}>{t('classMode.ui.fullKey')}</a>
              </p>
            )}
            <p className="cm-end__next">
              {nextStep
                ? t('classMode.ui.endNext', { step: nextStep.title })
                : t('classMode.ui.endLast')}
            </p>
          </div>
        )}

        <nav className="cm-controls" aria-label={t('classMode.ui.eyebrow')}>
          <button
            type="button"
            className="button button--secondary cm-controls__back"
            aria-disabled={!back}
            onClick={() => dispatch({ type: 'back' })}
          >
            <span aria-hidden="true">← </span>
            {t('classMode.ui.back')}
          </button>
          <button
            type="button"
            className="button cm-controls__next"
            aria-disabled={!next}
            onClick={() => dispatch({ type: 'next' })}
          >
            {nextLabel}
            {next && <span aria-hidden="true"> →</span>}
          </button>
          <span className="cm-controls__more">
            <button
              type="button"
              className="button button--quiet"
              onClick={() => dispatch({ type: 'close' })}
            >
              {t('classMode.ui.allSteps')}
            </button>
            {fullScreen !== null && (
              <button
                type="button"
                className="button button--quiet cm-fullscreen"
                aria-pressed={fullScreen}
                onClick={() => {
                  const request = fullScreen
                    ? document.exitFullscreen()
                    : document.documentElement.requestFullscreen();
                  request.catch(() => setFullScreen(document.fullscreenElement !== null));
                }}
              >
                {t('classMode.ui.fullScreen')}
              </button>
            )}
          </span>
        </nav>
      </section>
      {status}
    </div>
  );
}
