/**
 * Class mode in the browser: the slide player. The page is static HTML (ClassMode.astro): the
 * list of steps, the stage's pattern (a <template>), and every slide in the static list. This
 * script shows one step at a time on the stage and one slide of it at a time, moving that
 * slide's parts from the static list onto the stage and back (each part is in the page once).
 *
 * It follows the keys and presenter clickers (./model.ts holds the rules), keeps the address in
 * step (`#red-flags` opens that step), says what changed through the live region, keeps focus
 * and scrolling sensible, and runs each step's timer.
 *
 * Nothing is stored: the state lives in memory; a reload starts afresh.
 */
import { announcementOf } from './announce';
import { countLabel, nextLabel, playerT } from './labels';
import {
  actionForKey,
  adjustTimer,
  canGoBack,
  canGoNext,
  classReducer,
  discussionIndex,
  initialClassState,
  isRunning,
  moduleFromHash,
  newTimer,
  pauseTimer,
  resetTimer,
  startTimer,
  tickTimer,
  timerFace,
  type ClassAction,
  type ClassState,
  type ClassTimer,
} from './model';
import { PARTS, partKey, type Part, type PlayerData } from './view-types';

/** Keys on these keep their own meaning (Enter and Space press a button or follow a link). */
const ACTIVATES = 'a[href], button, summary, input, select, textarea, [role="button"]';
const EDITS = 'input, select, textarea, [contenteditable]';
/** How often the clock face is redrawn while running (the time itself comes from Date.now()). */
const TICK_MS = 250;
/**
 * The type scale's steps a slide may take, largest first, when its content would not fit the
 * screen at the room's size (class-mode.css sizes the type from the screen; only the content's
 * length is unknown to it).
 */
const FIT_STEPS = [1, 0.92, 0.85, 0.78, 0.72, 0.66, 0.6, 0.55, 0.5, 0.45, 0.4];

const prefersReducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** The element inside `root` that the stage's pattern names `name` (`data-cm`). */
function named(root: ParentNode, name: string): HTMLElement {
  const el = root.querySelector<HTMLElement>(`[data-cm="${name}"]`);
  if (!el) throw new Error(`Class mode: no [data-cm="${name}"]`);
  return el;
}

const copy = <E extends Node>(el: E) => el.cloneNode(true) as E;

export function initClassMode(): void {
  const app = document.querySelector<HTMLElement>('[data-cm-app]');
  const dataBlock = document.querySelector('[data-cm-data]');
  const pattern = document.querySelector<HTMLTemplateElement>('template[data-cm-stage]');
  const status = document.querySelector<HTMLElement>('[data-cm-status]');
  const stepList = app?.querySelector<HTMLElement>('.cm-steps');
  if (!app || !dataBlock || !pattern || !status || !stepList) return;
  const { messages, steps, notes } = JSON.parse(dataBlock.textContent ?? '{}') as PlayerData;
  const t = playerT(messages);
  const deck = steps.map((s) => s.answers.length);
  const twoScreens = (module: number, slide: number) => steps[module]?.rest[slide] === true;
  const stepButtons = [...stepList.querySelectorAll<HTMLButtonElement>('[data-open]')];
  const details = [...document.querySelectorAll<HTMLDetailsElement>('.cm-static details')];

  // The stage, and the patterns of a slide, its answer and a step's closing card.
  const stage = copy(pattern.content.firstElementChild as HTMLElement);
  const slidePattern = named(stage, 'slide');
  const answerPattern = named(stage, 'answer');
  const endPattern = named(stage, 'end');
  for (const el of [slidePattern, answerPattern, endPattern]) el.remove();
  const title = named(stage, 'title');
  const controls = stage.querySelector('.cm-controls') as HTMLElement;
  const fullScreen = named(stage, 'fullscreen');

  let state: ClassState = initialClassState;
  /** The slide or closing card on the stage, and the answer shown on it. */
  let shown: HTMLElement | null = null;
  let answer: HTMLElement | null = null;
  let printing = false;

  // ─── The slide's parts: lent from the static list to the stage ─────────────────────────────

  /** The parts on the stage: each one's holder in the static list and on the stage. */
  let lent: { part: Part; from: Element; to: Element }[] = [];

  /** Moves a part of the open slide to `to`; false if the slide has no such part. */
  const lend = (part: Part, to: Element): boolean => {
    if (state.screen !== 'slide') return false;
    const from = document.querySelector(
      `[data-part="${partKey(state.module, state.slide, part)}"]`,
    );
    if (!from) return false;
    lent.push({ part, from, to });
    if (!printing) to.append(...from.childNodes);
    return true;
  };
  /** Puts parts back in the static list (`keep`: they go back on the stage after printing). */
  const giveBack = (parts: readonly Part[], keep = false) => {
    for (const { part, from, to } of lent) if (parts.includes(part)) from.append(...to.childNodes);
    if (!keep) lent = lent.filter(({ part }) => !parts.includes(part));
  };

  // Printing shows the static list with every answer.
  window.addEventListener('beforeprint', () => {
    printing = true;
    giveBack(PARTS, true);
    for (const d of details) d.open = true;
  });
  window.addEventListener('afterprint', () => {
    printing = false;
    for (const { from, to } of lent) to.append(...from.childNodes);
    for (const d of details) d.open = false;
  });

  // ─── The live region ───────────────────────────────────────────────────────────────────────

  const announce = (text: string) => {
    if (status.textContent !== text) status.textContent = text;
  };

  // ─── The timer: one per step, kept while the page is open ──────────────────────────────────

  const timers: Record<string, ClassTimer> = {};
  let ticking = 0;
  const openStep = () => (state.screen === 'modules' ? undefined : steps[state.module]);
  const timerOf = (step: { id: string; minutes: number }) =>
    (timers[step.id] ??= newTimer(step.minutes));

  const drawTimer = (now: number) => {
    const step = openStep();
    if (!step) return;
    const face = timerFace(timerOf(step), now);
    named(stage, 'clock').textContent = face.clock;
    named(stage, 'timer').dataset['state'] = face.state;
    named(stage, 'up').hidden = face.state !== 'up';
    named(stage, 'main').textContent = t(`classMode.ui.${face.main}`);
  };
  const tick = () => {
    const step = openStep();
    const now = Date.now();
    if (step) {
      const next = tickTimer(timerOf(step), now);
      if (next.ended) {
        timers[step.id] = next.timer;
        announce(t('classMode.ui.announceTimeUp', { step: step.title }));
      }
    }
    drawTimer(now);
    syncTicking();
  };
  /** The clock ticks while the open step's timer runs. */
  const syncTicking = () => {
    const step = openStep();
    const running = step !== undefined && isRunning(timerOf(step));
    if (running && !ticking) {
      ticking = window.setInterval(tick, TICK_MS);
      tick();
    } else if (!running && ticking) {
      window.clearInterval(ticking);
      ticking = 0;
    }
  };
  const actOnTimer = (f: (timer: ClassTimer, now: number) => ClassTimer) => {
    const step = openStep();
    if (!step) return;
    const now = Date.now();
    timers[step.id] = f(timerOf(step), now);
    drawTimer(now);
    syncTicking();
  };
  const timerButtons: Record<string, (timer: ClassTimer, now: number) => ClassTimer> = {
    main: (tm, now) => (isRunning(tm) ? pauseTimer(tm, now) : startTimer(tm, now)),
    reset: resetTimer,
    less: (tm, now) => adjustTimer(tm, -1, now),
    more: (tm, now) => adjustTimer(tm, 1, now),
  };
  for (const [name, f] of Object.entries(timerButtons))
    named(stage, name).addEventListener('click', () => actOnTimer(f));

  // ─── Drawing a state ───────────────────────────────────────────────────────────────────────

  /** Brings the page in line with `state`, given what it showed before (`before`). */
  const draw = (before: ClassState) => {
    if (state.screen === 'modules') {
      giveBack(PARTS);
      shown = answer = null;
      syncTicking();
      if (stage.isConnected) stage.replaceWith(stepList);
      return;
    }
    const step = steps[state.module];
    if (!step) return;
    if (!stage.isConnected) stepList.replaceWith(stage);
    title.textContent = step.title;
    named(stage, 'count').textContent = countLabel(t, step, state);
    if (before.screen === 'modules' || before.module !== state.module) {
      drawTimer(Date.now());
      syncTicking();
    }

    // A new slide (or closing card) replaces the one shown; the same slide only changes.
    const same =
      shown !== null &&
      before.screen === state.screen &&
      before.module === state.module &&
      (before.screen !== 'slide' || state.screen !== 'slide' || before.slide === state.slide);
    if (!same) {
      giveBack(PARTS);
      answer = null;
      const next = state.screen === 'slide' ? slideCard() : endCard(state.module);
      if (shown) shown.replaceWith(next);
      else controls.before(next);
      shown = next;
    }
    if (state.screen === 'slide' && shown) drawAnswer(shown, state);

    const canNext = canGoNext(deck, state, twoScreens);
    named(stage, 'back').setAttribute('aria-disabled', String(!canGoBack(deck, state, twoScreens)));
    named(stage, 'next').setAttribute('aria-disabled', String(!canNext));
    named(stage, 'next-label').textContent = nextLabel(t, steps, state);
    named(stage, 'next-arrow').hidden = !canNext;
    fit();
  };

  /**
   * Steps the shown slide's type down until its content fits between the title bar and the
   * controls. Only where the CSS keeps a slide to the screen (it scrolls inside itself there, as a
   * last resort); on a phone the page scrolls and the type stays as it is.
   *
   * A slide overflows when its columns run off to the right (the columns fill to the screen's
   * height, so too much text makes more of them), when it is taller than its box, or when a table
   * in it is wider than its column (it would spill into the next). Each measure forces a layout, so the steps are tried by
   * halves (at most four layouts), not one by one.
   */
  const fit = () => {
    const slide = shown;
    if (!slide) return;
    const overflows = () =>
      slide.scrollHeight > slide.clientHeight + 1 ||
      slide.scrollWidth > slide.clientWidth + 1 ||
      [...slide.querySelectorAll<HTMLElement>('.prose table')].some(
        (table) => table.offsetWidth > (table.parentElement?.clientWidth ?? Infinity) + 1,
      );
    const setStep = (i: number) => slide.style.setProperty('--cm-fit', String(FIT_STEPS[i]));
    slide.style.removeProperty('--cm-fit');
    let step = 0;
    if (getComputedStyle(slide).overflowY !== 'visible' && overflows()) {
      // FIT_STEPS[low] overflows; FIT_STEPS[high] fits (or is the smallest there is).
      let low = 0;
      let high = FIT_STEPS.length - 1;
      while (high - low > 1) {
        const mid = (low + high) >> 1;
        setStep(mid);
        if (overflows()) low = mid;
        else high = mid;
      }
      step = high;
      setStep(step);
    }
    slide.dataset['fit'] = String(step);
  };
  window.addEventListener('resize', fit);

  /** A slide, showing its prompt. */
  const slideCard = () => {
    const card = copy(slidePattern);
    lend('prompt', named(card, 'prompt'));
    return card;
  };

  /** The card that closes a step: what it taught, and what comes next. */
  const endCard = (module: number) => {
    const card = copy(endPattern);
    const step = steps[module];
    const nextStep = steps[module + 1];
    if (!step) return card;
    named(card, 'end-heading').textContent = t('classMode.ui.endHeading', { step: step.title });
    if (step.recap) named(card, 'recap-text').textContent = step.recap;
    else named(card, 'recap').remove();
    const note = notes[step.id];
    // The note for the red flags, with the link to the full key.
    if (note && step.id === 'red-flags') named(card, 'end-note-text').textContent = note;
    else named(card, 'end-note').remove();
    named(card, 'end-next').textContent = nextStep
      ? t('classMode.ui.endNext', { step: nextStep.title })
      : t('classMode.ui.endLast');
    return card;
  };

  /** The answer on a slide, with its discussion question, once the teacher shows it. */
  const drawAnswer = (card: HTMLElement, s: Extract<ClassState, { screen: 'slide' }>) => {
    card.dataset['revealed'] = String(s.revealed);
    // An answer's second screen shows its lead and the rest; the CSS hides the rest (prompt,
    // discussion, first screen) so the room's type fits.
    card.dataset['rest'] = String(s.rest === true);
    if (!s.revealed) {
      giveBack(['lead', 'more', 'rest']);
      answer?.remove();
      answer = null;
      return;
    }
    if (!answer) {
      answer = copy(answerPattern);
      for (const part of ['lead', 'more', 'rest'] as const) {
        const holder = named(answer, part);
        if (!lend(part, holder)) holder.remove();
      }
      card.append(answer);
    }
    const { discussion } = steps[s.module] ?? { discussion: [] };
    const question = discussion[discussionIndex(s.slide, s.extra, discussion.length)];
    named(answer, 'discuss').hidden = !question;
    named(answer, 'question').textContent = question ?? '';
    named(answer, 'another').hidden = discussion.length <= 1;
  };

  // ─── Moving: the address, the live region, focus and scrolling ─────────────────────────────

  const dispatch = (action: ClassAction) => {
    const before = state;
    state = classReducer(deck, state, action, twoScreens);
    if (state === before) return;
    draw(before);
    announce(announcementOf(t, steps, before, state));

    if (state.screen === 'modules') {
      if (window.location.hash) history.replaceState(null, '', window.location.pathname);
      if (state.last !== null) stepButtons[state.last]?.focus();
      return;
    }
    const current = steps[state.module];
    if (!current) return;
    if (window.location.hash !== `#${current.id}`) history.replaceState(null, '', `#${current.id}`);

    const smooth = prefersReducedMotion() ? 'auto' : 'smooth';
    if (before.screen === 'modules' || before.module !== state.module) {
      // A step was opened: start at its top, with focus on its title.
      window.scrollTo({ top: 0 });
      title.focus({ preventScroll: true });
      return;
    }
    if (state.screen === 'slide' && state.revealed) {
      if (answer && answer.getBoundingClientRect().top > window.innerHeight * 0.6)
        answer.scrollIntoView({ block: 'start', behavior: smooth });
    } else {
      window.scrollTo({ top: 0, behavior: smooth });
    }
    // A button or link that had focus may be gone with the old slide: never drop the teacher's
    // place on the page.
    if (document.activeElement === null || document.activeElement === document.body)
      title.focus({ preventScroll: true });
  };

  // The buttons: each step's in the list; on the stage, those that do what the keys do.
  stepButtons.forEach((button, module) =>
    button.addEventListener('click', () => dispatch({ type: 'open', module })),
  );
  stage.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest('[data-action]') : null;
    const type = button instanceof HTMLElement ? button.dataset['action'] : undefined;
    if (type === 'next' || type === 'back' || type === 'close' || type === 'another')
      dispatch({ type });
  });

  // Full screen, where the browser offers it.
  if (document.fullscreenEnabled) {
    const update = () =>
      fullScreen.setAttribute('aria-pressed', String(document.fullscreenElement !== null));
    document.addEventListener('fullscreenchange', update);
    update();
    fullScreen.addEventListener('click', () => {
      const request = document.fullscreenElement
        ? document.exitFullscreen()
        : document.documentElement.requestFullscreen();
      request.catch(update);
    });
  } else fullScreen.remove();

  // The keys (and presenter clickers) while a step is open.
  document.addEventListener('keydown', (event) => {
    if (state.screen === 'modules') return;
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    const action = actionForKey(event.key);
    if (!action) return;
    const target = event.target instanceof Element ? event.target : null;
    if (target?.closest(EDITS)) return;
    if ((event.key === 'Enter' || event.key === ' ') && target?.closest(ACTIVATES)) return;
    if (event.key === ' ' && event.shiftKey) return;
    event.preventDefault();
    dispatch(action);
  });

  // A link to `/teach/class/#experts` opens that step; so does editing the hash.
  const ids = steps.map((s) => s.id);
  // The hash the event brings, not the address now: a key pressed before the event arrives
  // puts the open step's hash back in the address (dispatch), and the link would be lost.
  const openFromHash = (hash: string) => {
    const module = moduleFromHash(hash, ids);
    if (module !== null) dispatch({ type: 'open', module });
  };
  openFromHash(window.location.hash);
  window.addEventListener('hashchange', (event) => openFromHash(new URL(event.newURL).hash));
}
