/**
 * The slide player's behaviour in the browser: the navigation state (./model.ts holds the
 * rules), the keys and presenter clickers, the address (`#red-flags` opens that step), what the
 * live region says after each move, and where focus and scrolling go.
 *
 * Nothing is stored: the state lives in memory; a reload starts afresh.
 */
import { useEffect, useMemo, useReducer, useRef, useState, type Dispatch } from 'react';
import { announcementOf } from './announce';
import {
  actionForKey,
  classReducer,
  initialClassState,
  moduleFromHash,
  type ClassAction,
  type ClassState,
} from './model';
import type { StepView, T } from './view-types';

/** Keys on these keep their own meaning (Enter and Space press a button or follow a link). */
const ACTIVATES = 'a[href], button, summary, input, select, textarea, [role="button"]';
const EDITS = 'input, select, textarea, [contenteditable]';

const prefersReducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

export interface ClassDeck {
  state: ClassState;
  dispatch: Dispatch<ClassAction>;
  /** How many slides each step has, in lesson order. */
  deck: readonly number[];
  /** What the live region says now. */
  announcement: string;
  announce: (text: string) => void;
  /** The open step's title: focus goes there when a step opens. */
  headingRef: React.RefObject<HTMLHeadingElement | null>;
  /** The shown answer: scrolled into view when it starts low on the screen. */
  answerRef: React.RefObject<HTMLElement | null>;
  /** The buttons that open each step: focus returns to the one just left. */
  stepButtons: React.RefObject<(HTMLButtonElement | null)[]>;
}

export function useClassDeck(steps: StepView[], t: T): ClassDeck {
  const deck = useMemo(() => steps.map((s) => s.answers.length), [steps]);
  const [state, dispatch] = useReducer(
    (s: ClassState, a: ClassAction) => classReducer(deck, s, a),
    initialClassState,
  );
  const [announcement, announce] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const answerRef = useRef<HTMLElement>(null);
  const stepButtons = useRef<(HTMLButtonElement | null)[]>([]);
  const previous = useRef<ClassState>(state);

  // A link to `/teach/class/#experts` opens that step; so does editing the hash.
  useEffect(() => {
    const ids = steps.map((s) => s.id);
    const openFromHash = () => {
      const module = moduleFromHash(window.location.hash, ids);
      if (module !== null) dispatch({ type: 'open', module });
    };
    openFromHash();
    window.addEventListener('hashchange', openFromHash);
    return () => window.removeEventListener('hashchange', openFromHash);
  }, [steps]);

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
    announce(announcementOf(t, steps, before, state));

    if (state.screen === 'modules') {
      if (window.location.hash) history.replaceState(null, '', window.location.pathname);
      if (state.last !== null) stepButtons.current[state.last]?.focus();
      return;
    }
    const current = steps[state.module];
    if (!current) return;
    if (window.location.hash !== `#${current.id}`) history.replaceState(null, '', `#${current.id}`);

    const smooth = prefersReducedMotion() ? 'auto' : 'smooth';
    if (before.screen === 'modules' || before.module !== state.module) {
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

  return { state, dispatch, deck, announcement, announce, headingRef, answerRef, stepButtons };
}
