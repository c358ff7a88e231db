/**
 * Class mode: a teacher leads the lesson from one projector screen, one slide at a time.
 *
 * Pure and small enough for the browser: the slide sequence and its navigation (a reducer), the
 * key map, the activity timer's arithmetic, and the build-time choice of red-flag passages.
 * Nothing here touches the DOM or storage: class mode keeps its state in memory only.
 */
import type { Difficulty } from '../red-flags/schema';

// ─── Navigation ──────────────────────────────────────────────────────────────────────────────

/**
 * Where the teacher is. A step ("module") is a run of slides, each shown as a prompt first and
 * then with its answer; after the last slide comes the step's closing card (`end`).
 */
export type ClassState =
  | {
      screen: 'modules';
      /** The step just left, so the list can put focus back on its button. */
      last: number | null;
    }
  | {
      screen: 'slide';
      module: number;
      slide: number;
      revealed: boolean;
      /** The second screen of an answer too long for one (see `TwoScreens`) is shown. */
      rest?: true;
      /** How many times "Another question" was asked on this slide. */
      extra: number;
    }
  | { screen: 'end'; module: number };

export type ClassAction =
  | { type: 'open'; module: number }
  | { type: 'next' }
  | { type: 'back' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'close' }
  | { type: 'another' };

/** The deck's shape: how many slides each step has, in lesson order. */
export type Deck = readonly number[];

/** Whether a slide's answer goes on to a second screen (by step and slide index). */
export type TwoScreens = (module: number, slide: number) => boolean;
const oneScreen: TwoScreens = () => false;

export const initialClassState: ClassState = { screen: 'modules', last: null };

const slideAt = (
  module: number,
  slide: number,
  revealed = false,
): Extract<ClassState, { screen: 'slide' }> => ({
  screen: 'slide',
  module,
  slide,
  revealed,
  extra: 0,
});

/**
 * The next state. `next` reveals the answer first, then advances; `back` undoes exactly one
 * `next` (it hides the answer first). Bounds hold: nothing goes before the first slide of a step
 * or past the closing card of the last step. An unknown step index changes nothing.
 *
 * @example classReducer([2], slideAt(0, 0), { type: 'next' }) // slide 0, revealed
 */
export function classReducer(
  deck: Deck,
  state: ClassState,
  action: ClassAction,
  twoScreens: TwoScreens = oneScreen,
): ClassState {
  const count = (m: number) => deck[m] ?? 0;
  const open = (m: number): ClassState =>
    count(m) > 0 ? slideAt(m, 0) : { screen: 'end', module: m };

  if (action.type === 'open')
    return Number.isInteger(action.module) && action.module >= 0 && action.module < deck.length
      ? open(action.module)
      : state;
  if (state.screen === 'modules') return state;

  const n = count(state.module);
  /** A slide with its answer shown: its last screen (coming back to it), or its first. */
  const answered = (m: number, slide: number, last: boolean): ClassState =>
    last && twoScreens(m, slide)
      ? { ...slideAt(m, slide, true), rest: true }
      : slideAt(m, slide, true);
  switch (action.type) {
    case 'close':
      return { screen: 'modules', last: state.module };
    case 'first':
      return n > 0 ? slideAt(state.module, 0) : state;
    case 'last':
      return n > 0 ? slideAt(state.module, n - 1) : state;
    case 'next':
      if (state.screen === 'end')
        return state.module + 1 < deck.length ? open(state.module + 1) : state;
      if (!state.revealed) return { ...state, revealed: true };
      if (!state.rest && twoScreens(state.module, state.slide)) return { ...state, rest: true };
      return state.slide + 1 < n
        ? slideAt(state.module, state.slide + 1)
        : { screen: 'end', module: state.module };
    case 'back':
      if (state.screen === 'end') return n > 0 ? answered(state.module, n - 1, true) : state;
      if (state.rest) return { ...slideAt(state.module, state.slide, true), extra: state.extra };
      if (state.revealed) return slideAt(state.module, state.slide);
      return state.slide > 0 ? answered(state.module, state.slide - 1, true) : state;
    case 'another':
      return state.screen === 'slide' && state.revealed
        ? { ...state, extra: state.extra + 1 }
        : state;
  }
}

/** Whether `back` would change anything (for the Back button's state). */
export function canGoBack(deck: Deck, state: ClassState, twoScreens?: TwoScreens): boolean {
  return classReducer(deck, state, { type: 'back' }, twoScreens) !== state;
}

/** Whether `next` would change anything. */
export function canGoNext(deck: Deck, state: ClassState, twoScreens?: TwoScreens): boolean {
  return classReducer(deck, state, { type: 'next' }, twoScreens) !== state;
}

/**
 * Which of a step's discussion questions goes with a slide's answer: slides take the questions
 * in turn, and "Another question" moves on from there.
 *
 * @example discussionIndex(4, 0, 3) // 1
 */
export function discussionIndex(slide: number, extra: number, count: number): number {
  if (count <= 0) return -1;
  return (((slide + extra) % count) + count) % count;
}

/**
 * The step a link's hash names (`#red-flags`), as an index into `ids`; null for anything else.
 *
 * @example moduleFromHash('#experts', ['red-flags', 'experts']) // 1
 */
export function moduleFromHash(hash: string, ids: readonly string[]): number | null {
  let id = hash.replace(/^#/, '').trim();
  try {
    id = decodeURIComponent(id);
  } catch {
    return null;
  }
  const i = ids.indexOf(id);
  return i === -1 ? null : i;
}

// ─── Keys ────────────────────────────────────────────────────────────────────────────────────

/**
 * What a key does in a step. Presenter clickers send PageDown/PageUp or the arrow keys.
 * Returns null for keys class mode leaves alone (ArrowUp/ArrowDown still scroll).
 */
export function actionForKey(key: string): ClassAction | null {
  switch (key) {
    case 'ArrowRight':
    case 'PageDown':
    case ' ':
    case 'Enter':
      return { type: 'next' };
    case 'ArrowLeft':
    case 'PageUp':
      return { type: 'back' };
    case 'Home':
      return { type: 'first' };
    case 'End':
      return { type: 'last' };
    case 'Escape':
      return { type: 'close' };
    default:
      return null;
  }
}

// ─── Timer ───────────────────────────────────────────────────────────────────────────────────

/**
 * A countdown for one activity. While running, `remainingMs` is what was left at `startedAt`;
 * the time left now is computed from the clock, so a slow or throttled tick never drifts.
 */
export interface ClassTimer {
  durationMs: number;
  remainingMs: number;
  /** `Date.now()` when it was last started; null while stopped. */
  startedAt: number | null;
}

export const MINUTE = 60_000;
export const MIN_TIMER_MINUTES = 1;
export const MAX_TIMER_MINUTES = 99;

const clampMinutes = (m: number) =>
  Math.min(MAX_TIMER_MINUTES, Math.max(MIN_TIMER_MINUTES, Math.round(m)));

/** A stopped timer, full, for an activity of `minutes` (kept between 1 and 99). */
export function newTimer(minutes: number): ClassTimer {
  const ms = clampMinutes(Number.isFinite(minutes) ? minutes : MIN_TIMER_MINUTES) * MINUTE;
  return { durationMs: ms, remainingMs: ms, startedAt: null };
}

/** Milliseconds left at `now` (never below zero). */
export function timeLeft(timer: ClassTimer, now: number): number {
  if (timer.startedAt === null) return timer.remainingMs;
  return Math.max(0, timer.remainingMs - Math.max(0, now - timer.startedAt));
}

export const isRunning = (timer: ClassTimer): boolean => timer.startedAt !== null;

/** Whether the countdown has reached zero. */
export const isTimeUp = (timer: ClassTimer, now: number): boolean => timeLeft(timer, now) === 0;

/** Starts (or resumes) the countdown; a timer that has run out starts again from full. */
export function startTimer(timer: ClassTimer, now: number): ClassTimer {
  if (isRunning(timer)) return timer;
  const remainingMs = timer.remainingMs > 0 ? timer.remainingMs : timer.durationMs;
  return { ...timer, remainingMs, startedAt: now };
}

/** Stops the countdown, keeping the time left. */
export function pauseTimer(timer: ClassTimer, now: number): ClassTimer {
  if (!isRunning(timer)) return timer;
  return { ...timer, remainingMs: timeLeft(timer, now), startedAt: null };
}

/** Back to full, stopped. */
export function resetTimer(timer: ClassTimer): ClassTimer {
  return { ...timer, remainingMs: timer.durationMs, startedAt: null };
}

/**
 * One minute more or less for the activity: the length and the time left move together (a
 * running timer keeps running). The length stays between 1 and 99 minutes.
 */
export function adjustTimer(timer: ClassTimer, minutes: number, now: number): ClassTimer {
  const durationMs = clampMinutes(timer.durationMs / MINUTE + minutes) * MINUTE;
  const delta = durationMs - timer.durationMs;
  const remainingMs = Math.min(durationMs, Math.max(0, timeLeft(timer, now) + delta));
  return { durationMs, remainingMs, startedAt: isRunning(timer) ? now : null };
}

/**
 * What one tick of the clock does: a running timer that has reached zero stops, and `ended`
 * says so exactly once (to announce "time is up").
 */
export function tickTimer(timer: ClassTimer, now: number): { timer: ClassTimer; ended: boolean } {
  if (!isRunning(timer) || timeLeft(timer, now) > 0) return { timer, ended: false };
  return { timer: { ...timer, remainingMs: 0, startedAt: null }, ended: true };
}

/** What the timer shows: the clock, its state (for colour), and what its main button does. */
export interface TimerFace {
  clock: string;
  state: 'idle' | 'running' | 'up';
  /** The main button: start a full timer, pause a running one, resume a paused one. */
  main: 'start' | 'pause' | 'resume';
}

/**
 * The timer as it looks at `now`. Time up shows once a countdown has stopped at zero.
 *
 * @example timerFace(newTimer(5), 0) // { clock: "5:00", state: "idle", main: "start" }
 */
export function timerFace(timer: ClassTimer, now: number): TimerFace {
  const running = isRunning(timer);
  const left = running ? timeLeft(timer, now) : timer.remainingMs;
  const started = left > 0 && left < timer.durationMs;
  return {
    clock: formatClock(left),
    state: running ? 'running' : left === 0 ? 'up' : 'idle',
    main: running ? 'pause' : started ? 'resume' : 'start',
  };
}

/**
 * Time left as a clock face, whole seconds rounded up (so "0:00" means the time is really up).
 *
 * @example formatClock(90_000) // "1:30"
 * @example formatClock(59_001) // "1:00"
 */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.ceil((Number.isFinite(ms) ? ms : 0) / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${minutes}:${String(seconds).padStart(2, '0')}`;
}

// ─── Red flags: a selection a class can go through ───────────────────────────────────────────

export interface PassageChoice {
  id: string;
  /** Best fit first. */
  types: readonly string[];
  difficulty: Difficulty;
  /** Position in the article (for article order). */
  start: number;
}

const DIFFICULTY_RANK: Readonly<Record<Difficulty, number>> = { easy: 0, medium: 1, hard: 2 };

/**
 * One key passage per red-flag type, for a class to go through together: for each type (in
 * `typeIds` order) the easiest passage whose best fit it is, the earliest in the article on a
 * tie; a type that is nobody's best fit takes the easiest unpicked passage it fits at all. No
 * passage is picked twice. Returned in article order.
 *
 * @example pickOnePerType(passages, ['emotive-language', 'anonymous-source'])
 */
export function pickOnePerType<P extends PassageChoice>(
  passages: readonly P[],
  typeIds: readonly string[],
): P[] {
  const picked = new Set<string>();
  const easiest = (candidates: P[]): P | undefined =>
    [...candidates].sort(
      (a, b) => DIFFICULTY_RANK[a.difficulty] - DIFFICULTY_RANK[b.difficulty] || a.start - b.start,
    )[0];
  const chosen: P[] = [];
  for (const type of typeIds) {
    const free = passages.filter((p) => !picked.has(p.id));
    const pick =
      easiest(free.filter((p) => p.types[0] === type)) ??
      easiest(free.filter((p) => p.types.includes(type)));
    if (pick) {
      picked.add(pick.id);
      chosen.push(pick);
    }
  }
  return chosen.sort((a, b) => a.start - b.start);
}
