import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  actionForKey,
  adjustTimer,
  canGoBack,
  canGoNext,
  classReducer,
  discussionIndex,
  formatClock,
  initialClassState,
  isRunning,
  isTimeUp,
  moduleFromHash,
  newTimer,
  pauseTimer,
  pickOnePerType,
  resetTimer,
  startTimer,
  tickTimer,
  timeLeft,
  timerFace,
  MINUTE,
  type ClassAction,
  type ClassState,
  type Deck,
  type PassageChoice,
} from '../../src/modules/class-mode/model';
import { announcementOf } from '../../src/modules/class-mode/announce';
import { countLabel, nextLabel, playerT } from '../../src/modules/class-mode/labels';
import { PARTS, partKey, type StepView } from '../../src/modules/class-mode/view-types';
import { pick } from '../../src/i18n';
import { translator } from '../../src/i18n/translate';

/** Three steps: 3 slides, 1 slide, 2 slides. */
const deck: Deck = [3, 1, 2];
const slide = (module: number, n: number, revealed = false, extra = 0): ClassState => ({
  screen: 'slide',
  module,
  slide: n,
  revealed,
  extra,
});
const end = (module: number): ClassState => ({ screen: 'end', module });
const list = (last: number | null = null): ClassState => ({ screen: 'modules', last });
const act = (type: Exclude<ClassAction['type'], 'open'>): ClassAction => ({ type }) as ClassAction;

describe('moving through the slides', () => {
  test.each<[string, ClassState, ClassAction, ClassState]>([
    ['opening a step shows its first prompt', list(), { type: 'open', module: 2 }, slide(2, 0)],
    [
      'opening another step from inside one',
      slide(0, 2, true),
      { type: 'open', module: 1 },
      slide(1, 0),
    ],
    ['an unknown step changes nothing', list(), { type: 'open', module: 3 }, list()],
    ['a negative step changes nothing', list(), { type: 'open', module: -1 }, list()],
    ['next reveals the answer first', slide(0, 0), act('next'), slide(0, 0, true)],
    [
      'next after the reveal advances to a hidden prompt',
      slide(0, 0, true),
      act('next'),
      slide(0, 1),
    ],
    ['next after the last answer shows the closing card', slide(0, 2, true), act('next'), end(0)],
    ['next on the closing card opens the next step', end(0), act('next'), slide(1, 0)],
    ['next on the last closing card stays', end(2), act('next'), end(2)],
    ['back hides the answer first', slide(0, 1, true), act('back'), slide(0, 1)],
    ['back from a prompt shows the previous answer', slide(0, 1), act('back'), slide(0, 0, true)],
    ['back on the first prompt stays', slide(0, 0), act('back'), slide(0, 0)],
    ['back from the closing card shows the last answer', end(0), act('back'), slide(0, 2, true)],
    ['home goes to the first prompt', slide(0, 2, true), act('first'), slide(0, 0)],
    ['end goes to the last prompt', slide(0, 0, true), act('last'), slide(0, 2)],
    ['home from the closing card', end(2), act('first'), slide(2, 0)],
    ['escape returns to the list, remembering the step', slide(2, 1, true), act('close'), list(2)],
    ['escape from the closing card', end(1), act('close'), list(1)],
    [
      'another question on a revealed slide',
      slide(0, 1, true),
      act('another'),
      slide(0, 1, true, 1),
    ],
    ['another question before the reveal does nothing', slide(0, 1), act('another'), slide(0, 1)],
    ['moving on forgets the extra questions', slide(0, 0, true, 2), act('next'), slide(0, 1)],
    ['keys on the list do nothing', list(1), act('next'), list(1)],
    ['escape on the list does nothing', list(1), act('close'), list(1)],
  ])('%s', (_, from, action, expected) => {
    expect(classReducer(deck, from, action)).toEqual(expected);
  });

  describe('an answer on two screens', () => {
    // Step 0's middle slide goes on to a second screen (a figure: chart, then the rest).
    const two = (module: number, n: number) => module === 0 && n === 1;
    const rest = (n: number, extra = 0): ClassState => ({
      screen: 'slide',
      module: 0,
      slide: n,
      revealed: true,
      extra,
      rest: true,
    });
    test.each<[string, ClassState, ClassAction, ClassState]>([
      ['next after its first screen shows the rest', slide(0, 1, true), act('next'), rest(1)],
      ['next after the rest moves on', rest(1), act('next'), slide(0, 2)],
      ['back from the rest shows the first screen', rest(1, 1), act('back'), slide(0, 1, true, 1)],
      ['back from the next prompt shows the rest', slide(0, 2), act('back'), rest(1)],
      ['a one-screen answer moves straight on', slide(0, 0, true), act('next'), slide(0, 1)],
      ['another question on the rest', rest(1), act('another'), rest(1, 1)],
    ])('%s', (_, from, action, expected) => {
      expect(classReducer(deck, from, action, two)).toEqual(expected);
    });

    test('back undoes next through both screens', () => {
      let state: ClassState = slide(0, 0);
      const trail: ClassState[] = [state];
      while (state.screen !== 'end') {
        state = classReducer(deck, state, act('next'), two);
        trail.push(state);
      }
      expect(trail).toHaveLength(3 * 2 + 1 + 1);
      for (let i = trail.length - 1; i > 0; i--)
        expect(classReducer(deck, trail[i] as ClassState, act('back'), two)).toEqual(trail[i - 1]);
    });
  });

  test('a step with no slides opens on its closing card', () => {
    expect(classReducer([0, 2], list(), { type: 'open', module: 0 })).toEqual(end(0));
    expect(classReducer([0, 2], end(0), act('back'))).toEqual(end(0));
    expect(classReducer([0, 2], end(0), act('next'))).toEqual(slide(1, 0));
  });

  test('back undoes next everywhere inside a step', () => {
    let state: ClassState = slide(0, 0);
    const trail: ClassState[] = [state];
    while (state.screen !== 'end') {
      state = classReducer(deck, state, act('next'));
      trail.push(state);
    }
    for (let i = trail.length - 1; i > 0; i--) {
      expect(classReducer(deck, trail[i] as ClassState, act('back'))).toEqual(trail[i - 1]);
    }
  });

  test('walking the whole deck visits every prompt and answer once, in order', () => {
    let state = classReducer(deck, initialClassState, { type: 'open', module: 0 });
    const seen: string[] = [];
    for (let guard = 0; guard < 50; guard++) {
      seen.push(
        state.screen === 'slide'
          ? `${state.module}.${state.slide}${state.revealed ? 'a' : 'p'}`
          : `${state.screen}`,
      );
      const next = classReducer(deck, state, act('next'));
      if (next === state) break;
      state = next;
    }
    expect(seen).toEqual([
      ...['0.0p', '0.0a', '0.1p', '0.1a', '0.2p', '0.2a', 'end'],
      ...['1.0p', '1.0a', 'end'],
      ...['2.0p', '2.0a', '2.1p', '2.1a', 'end'],
    ]);
  });

  test('no sequence of actions leaves the deck', () => {
    const action = fc.oneof(
      fc.constantFrom(...(['next', 'back', 'first', 'last', 'close', 'another'] as const)).map(act),
      fc.integer({ min: -2, max: 5 }).map((module): ClassAction => ({ type: 'open', module })),
    );
    fc.assert(
      fc.property(fc.array(action, { maxLength: 60 }), (actions) => {
        let state: ClassState = initialClassState;
        for (const a of actions) state = classReducer(deck, state, a);
        if (state.screen === 'modules') return true;
        const n = deck[state.module] ?? -1;
        expect(state.module).toBeGreaterThanOrEqual(0);
        expect(state.module).toBeLessThan(deck.length);
        if (state.screen === 'slide') {
          expect(state.slide).toBeGreaterThanOrEqual(0);
          expect(state.slide).toBeLessThan(n);
        }
        return true;
      }),
    );
  });

  test.each<[string, ClassState, boolean, boolean]>([
    ['first prompt', slide(0, 0), false, true],
    ['first answer', slide(0, 0, true), true, true],
    ['last closing card', end(2), true, false],
    ['the list', list(), false, false],
  ])('buttons on the %s: back %s, next %s', (_, state, back, next) => {
    expect(canGoBack(deck, state)).toBe(back);
    expect(canGoNext(deck, state)).toBe(next);
  });
});

describe('discussion questions', () => {
  test.each([
    [0, 0, 3, 0],
    [1, 0, 3, 1],
    [4, 0, 3, 1],
    [4, 1, 3, 2],
    [4, 2, 3, 0],
    [5, 0, 1, 0],
    [2, 0, 0, -1],
  ])('slide %i with %i extra of %i questions shows question %i', (s, extra, count, expected) => {
    expect(discussionIndex(s, extra, count)).toBe(expected);
  });
});

describe('keys and links', () => {
  test.each([
    ['ArrowRight', 'next'],
    ['PageDown', 'next'],
    [' ', 'next'],
    ['Enter', 'next'],
    ['ArrowLeft', 'back'],
    ['PageUp', 'back'],
    ['Home', 'first'],
    ['End', 'last'],
    ['Escape', 'close'],
    ['ArrowDown', null],
    ['ArrowUp', null],
    ['t', null],
    ['Tab', null],
  ])('%j does %s', (key, type) => {
    expect(actionForKey(key)?.type ?? null).toBe(type);
  });

  const ids = ['first-impressions', 'red-flags', 'experts'];
  test.each([
    ['#experts', 2],
    ['experts', 2],
    ['#red-flags', 1],
    ['#red%2Dflags', 1],
    ['', null],
    ['#', null],
    ['#Experts', null],
    ['#statistics', null],
    ['#%E0%A4%A', null],
  ])('hash %j opens step %s', (hash, expected) => {
    expect(moduleFromHash(hash, ids)).toBe(expected);
  });
});

describe('the activity timer', () => {
  const t0 = 1_000_000;

  test.each([
    [0, '0:00'],
    [1, '0:01'],
    [999, '0:01'],
    [1000, '0:01'],
    [59_001, '1:00'],
    [90_000, '1:30'],
    [12 * MINUTE, '12:00'],
    [99 * MINUTE, '99:00'],
    [-5000, '0:00'],
    [Number.NaN, '0:00'],
  ])('%i ms left shows as %s', (ms, shown) => {
    expect(formatClock(ms)).toBe(shown);
  });

  test.each([
    [15, 15 * MINUTE],
    [0, MINUTE],
    [150, 99 * MINUTE],
    [2.4, 2 * MINUTE],
    [Number.NaN, MINUTE],
  ])('a %s-minute activity gets a %i ms timer', (minutes, ms) => {
    expect(newTimer(minutes)).toEqual({ durationMs: ms, remainingMs: ms, startedAt: null });
  });

  test('counts down from the clock while running and holds while paused', () => {
    const started = startTimer(newTimer(12), t0);
    expect(isRunning(started)).toBe(true);
    expect(formatClock(timeLeft(started, t0 + 30_000))).toBe('11:30');
    const paused = pauseTimer(started, t0 + 30_000);
    expect(isRunning(paused)).toBe(false);
    expect(timeLeft(paused, t0 + 999_999)).toBe(11.5 * MINUTE);
    const resumed = startTimer(paused, t0 + 100_000);
    expect(formatClock(timeLeft(resumed, t0 + 160_000))).toBe('10:30');
  });

  test('starting a running timer or pausing a stopped one changes nothing', () => {
    const running = startTimer(newTimer(5), t0);
    expect(startTimer(running, t0 + 5000)).toBe(running);
    const stopped = newTimer(5);
    expect(pauseTimer(stopped, t0)).toBe(stopped);
  });

  test('reaching zero stops the timer and says so once', () => {
    const running = startTimer(newTimer(1), t0);
    expect(tickTimer(running, t0 + 59_000)).toEqual({ timer: running, ended: false });
    const { timer, ended } = tickTimer(running, t0 + 61_000);
    expect(ended).toBe(true);
    expect(timer).toEqual({ durationMs: MINUTE, remainingMs: 0, startedAt: null });
    expect(isTimeUp(timer, t0 + 70_000)).toBe(true);
    expect(tickTimer(timer, t0 + 70_000).ended).toBe(false);
    expect(startTimer(timer, t0 + 80_000)).toEqual({
      durationMs: MINUTE,
      remainingMs: MINUTE,
      startedAt: t0 + 80_000,
    });
  });

  test('never shows less than zero', () => {
    const running = startTimer(newTimer(1), t0);
    expect(timeLeft(running, t0 + 10 * MINUTE)).toBe(0);
    expect(timeLeft(running, t0 - 5000)).toBe(MINUTE);
  });

  test('reset fills it again and stops it', () => {
    const running = startTimer(newTimer(3), t0);
    expect(resetTimer(pauseTimer(running, t0 + 40_000))).toEqual(newTimer(3));
    expect(resetTimer(running)).toEqual(newTimer(3));
  });

  test.each<[string, number, number, number, string, string]>([
    ['one minute more before starting', 12, 0, 1, '13:00', '13:00'],
    ['one minute less before starting', 12, 0, -1, '11:00', '11:00'],
    ['one minute more while running', 12, 30_000, 1, '13:00', '12:30'],
    ['one minute less while running', 12, 30_000, -1, '11:00', '10:30'],
    ['not below one minute', 1, 0, -1, '1:00', '1:00'],
    ['not above 99 minutes', 99, 0, 1, '99:00', '99:00'],
    ['less than a minute left, one minute less', 2, 90_000, -1, '1:00', '0:00'],
  ])('%s', (_, minutes, elapsed, delta, length, left) => {
    const start = elapsed > 0 ? startTimer(newTimer(minutes), t0) : newTimer(minutes);
    const now = t0 + elapsed;
    const adjusted = adjustTimer(start, delta, now);
    expect(formatClock(adjusted.durationMs)).toBe(length);
    expect(formatClock(timeLeft(adjusted, now))).toBe(left);
    expect(isRunning(adjusted)).toBe(isRunning(start));
  });

  test('a running timer keeps counting after an adjustment', () => {
    const adjusted = adjustTimer(startTimer(newTimer(5), t0), 1, t0 + 60_000);
    expect(formatClock(timeLeft(adjusted, t0 + 120_000))).toBe('4:00');
  });
});

describe('choosing red-flag passages for a class', () => {
  const p = (
    id: string,
    start: number,
    difficulty: PassageChoice['difficulty'],
    ...types: string[]
  ): PassageChoice => ({ id, start, difficulty, types });
  const ids = (chosen: PassageChoice[]) => chosen.map((c) => c.id);

  test.each<[string, PassageChoice[], string[], string[]]>([
    [
      'the easiest passage whose best fit is the type',
      [p('hard', 0, 'hard', 'a'), p('easy', 50, 'easy', 'a'), p('medium', 10, 'medium', 'a')],
      ['a'],
      ['easy'],
    ],
    [
      'the earliest in the article on a tie',
      [p('later', 40, 'easy', 'a'), p('earlier', 5, 'easy', 'a')],
      ['a'],
      ['earlier'],
    ],
    [
      'one passage per type, in article order',
      [p('b1', 10, 'easy', 'b'), p('a1', 30, 'easy', 'a'), p('c1', 20, 'medium', 'c')],
      ['a', 'b', 'c'],
      ['b1', 'c1', 'a1'],
    ],
    [
      'a type nobody fits best takes a passage it fits at all',
      [p('x', 0, 'easy', 'a', 'b'), p('y', 10, 'hard', 'a', 'b')],
      ['a', 'b'],
      ['x', 'y'],
    ],
    [
      'no passage twice, and a type with none left is skipped',
      [p('x', 0, 'easy', 'a', 'b')],
      ['a', 'b'],
      ['x'],
    ],
    ['a type with no passage at all is skipped', [p('x', 0, 'easy', 'a')], ['z', 'a'], ['x']],
    ['no passages, nothing picked', [], ['a'], []],
  ])('%s', (_, passages, typeIds, expected) => {
    expect(ids(pickOnePerType(passages, typeIds))).toEqual(expected);
  });
});

describe('what the live region says', () => {
  const t = translator({ classMode: pick('classMode').classMode });
  const steps: StepView[] = [
    {
      id: 'red-flags',
      title: 'Spot the red flags',
      minutes: 15,
      discussion: ['First question?', 'Second question?'],
      answers: ['Emotive language', 'Anonymous source'],
      rest: [false, true],
    },
  ];
  const slide = (n: number, revealed: boolean, extra = 0): ClassState => ({
    screen: 'slide',
    module: 0,
    slide: n,
    revealed,
    extra,
  });

  test('a new slide is named with its place in the step', () => {
    expect(announcementOf(t, steps, initialClassState, slide(0, false))).toBe(
      'Spot the red flags: slide 1 of 2.',
    );
  });

  test('an answer is said with its discussion question; another question alone', () => {
    expect(announcementOf(t, steps, slide(1, false), slide(1, true))).toBe(
      'Answer shown: Anonymous source. Discuss: Second question?',
    );
    expect(announcementOf(t, steps, slide(1, true), slide(1, true, 1))).toBe(
      'Discuss: First question?',
    );
  });

  test("an answer's second screen is said as such", () => {
    const rest: ClassState = {
      screen: 'slide',
      module: 0,
      slide: 1,
      revealed: true,
      extra: 0,
      rest: true,
    };
    expect(announcementOf(t, steps, slide(1, true), rest)).toBe('The rest of the answer shown.');
  });

  test('the end of a step, and nothing on the list of steps', () => {
    expect(announcementOf(t, steps, slide(1, true), { screen: 'end', module: 0 })).toBe(
      'End of Spot the red flags.',
    );
    expect(announcementOf(t, steps, slide(0, false), { screen: 'modules', last: 0 })).toBe('');
  });
});

describe("the stage's words", () => {
  const { ui } = pick('classMode').classMode;
  const t = playerT({ classMode: { ui } });

  test("the player's t says what the site's translator says", () => {
    const site = translator({ classMode: { ui } });
    const vars = { n: 3, total: 12, step: 'Second look', answer: 'A', question: 'Q?' };
    for (const key of Object.keys(ui) as (keyof typeof ui)[]) {
      expect(t(`classMode.ui.${key}`, vars)).toBe(site(`classMode.ui.${key}`, vars));
      expect(t(`classMode.ui.${key}`)).toBe(site(`classMode.ui.${key}`));
    }
    expect(() => t('classMode.ui.nope' as 'classMode.ui.next')).toThrow(/Missing UI string/);
  });
  const step = (id: string, title: string, n: number): StepView => ({
    id,
    title,
    minutes: 5,
    discussion: [],
    answers: Array.from({ length: n }, (_, i) => `answer ${i}`),
    rest: Array.from({ length: n }, (_, i) => id === 'experts' && i === 0),
  });
  const steps = [
    step('red-flags', 'Spot the red flags', 2),
    step('experts', 'Check the experts', 1),
  ];
  const at = (
    module: number,
    n: number,
    revealed: boolean,
  ): Extract<ClassState, { screen: 'slide' }> => ({
    screen: 'slide',
    module,
    slide: n,
    revealed,
    extra: 0,
  });

  test('the count names the slide, or the end of the step', () => {
    expect(countLabel(t, steps[0]!, at(0, 1, false))).toBe('Slide 2 of 2');
    expect(countLabel(t, steps[0]!, { screen: 'end', module: 0 })).toBe('End of the step');
  });

  test('"next" shows the answer, then moves on, finishes the step, and opens the next one', () => {
    expect(nextLabel(t, steps, at(0, 0, false))).toBe('Show the answer');
    expect(nextLabel(t, steps, at(0, 0, true))).toBe('Next slide');
    expect(nextLabel(t, steps, at(0, 1, true))).toBe('Finish the step');
    expect(nextLabel(t, steps, { screen: 'end', module: 0 })).toBe('Next step: Check the experts');
    expect(nextLabel(t, steps, { screen: 'end', module: 1 })).toBe('Last step done');
  });

  test('"next" on an answer that goes on to a second screen shows the rest first', () => {
    expect(nextLabel(t, steps, at(1, 0, true))).toBe('The rest of the answer');
    expect(nextLabel(t, steps, { ...at(1, 0, true), rest: true })).toBe('Finish the step');
  });
});

describe("the timer's face", () => {
  test('a full timer waits to start; a running one pauses; a paused one resumes', () => {
    const full = newTimer(5);
    expect(timerFace(full, 0)).toEqual({ clock: '5:00', state: 'idle', main: 'start' });
    const running = startTimer(full, 1000);
    expect(timerFace(running, 3000)).toEqual({ clock: '4:58', state: 'running', main: 'pause' });
    expect(timerFace(pauseTimer(running, 3000), 9000)).toEqual({
      clock: '4:58',
      state: 'idle',
      main: 'resume',
    });
  });

  test('time up shows once the countdown has stopped at zero, and starts afresh', () => {
    const running = startTimer(newTimer(1), 0);
    // Still running at zero until the tick stops it.
    expect(timerFace(running, MINUTE)).toMatchObject({ clock: '0:00', state: 'running' });
    const { timer } = tickTimer(running, MINUTE);
    expect(timerFace(timer, MINUTE)).toEqual({ clock: '0:00', state: 'up', main: 'start' });
  });

  test('the face always agrees with the timer', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99 }), fc.nat(200_000), fc.nat(200_000), (m, a, b) => {
        const timer = startTimer(newTimer(m), a);
        const face = timerFace(timer, a + b);
        expect(face.clock).toBe(formatClock(timeLeft(timer, a + b)));
        expect(face.state).toBe('running');
        expect(timerFace(resetTimer(timer), a + b).main).toBe('start');
      }),
    );
  });
});

describe('slide parts', () => {
  test('part keys never collide', () => {
    fc.assert(
      fc.property(fc.nat(20), fc.nat(200), fc.constantFrom(...PARTS), (step, slide, part) => {
        const name = partKey(step, slide, part);
        expect(name).not.toBe(partKey(step + 1, slide, part));
        expect(name).not.toBe(partKey(step, slide + 1, part));
        for (const other of PARTS.filter((p) => p !== part))
          expect(name).not.toBe(partKey(step, slide, other));
      }),
    );
  });
});
