/**
 * Read aloud, the engine (issue 17): reads a region of the page with the browser's own speech
 * synthesis, one sentence at a time (some voices stop after about 15 s of one utterance), and
 * highlights the sentence being read with the CSS Custom Highlight API, so the DOM that React
 * owns is never touched. Loaded lazily, on the first press of a Read aloud button.
 *
 * One region reads at a time: pressing another stops the first. Leaving the page stops it.
 */
import { pickVoice, utterancesOf, type Piece, type Utterance } from '../core/read-aloud';

export type ReadState = 'playing' | 'paused' | 'stopped' | 'done';

interface Session {
  group: HTMLElement;
  list: Utterance<Text>[];
  index: number;
  state: ReadState;
  onState: (state: ReadState) => void;
}

const HIGHLIGHT = 'read-aloud';
/**
 * Never read: the controls themselves, what is not content, what is hidden from everyone, and
 * charts drawn in SVG (their labels are cut into lines; the data table beside each is read).
 */
const SKIP =
  '[data-read-aloud],select,textarea,input,script,style,template,noscript,svg,.para-anchor,[hidden],[aria-hidden="true"]';

let session: Session | null = null;
/** Each utterance handed to the synthesiser; events of an older one are ignored. */
let generation = 0;
let listening = false;
/** The utterance being spoken: held, or Chrome may collect it and never report its end. */
let speaking: SpeechSynthesisUtterance | null = null;

/** The region a control reads: the element it names, or the region around it. */
function regionOf(group: HTMLElement): HTMLElement | null {
  const id = group.dataset['for'];
  return (
    (id ? document.getElementById(id) : null) ??
    group.closest<HTMLElement>('[data-read-aloud-region]') ??
    group.parentElement
  );
}

/** True when `el` is shown: rendered, not visibility-hidden, not a closed <details>' body, not visually hidden. */
function shown(el: Element, seen: Map<Element, boolean>): boolean {
  const known = seen.get(el);
  if (known !== undefined) return known;
  // A button's label is not content, unless the button is a heading's (a fold's toggle).
  const button = el.closest('button');
  let ok = !el.closest(SKIP) && (!button || Boolean(button.closest('h1,h2,h3,h4,h5,h6')));
  if (ok && 'checkVisibility' in el)
    ok = el.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: false });
  if (ok && getComputedStyle(el).display !== 'contents') {
    // Text for screen readers only (.visually-hidden: a 1 px clipped box) is not what the page shows.
    const box = el.getBoundingClientRect();
    ok = box.width > 1 || box.height > 1;
  }
  seen.set(el, ok);
  return ok;
}

/** The element that makes a paragraph: the nearest ancestor that is not laid out inline. */
function blockOf(el: Element, region: Element): Element {
  for (let e: Element | null = el; e && e !== region; e = e.parentElement) {
    const display = getComputedStyle(e).display;
    if (!/^(inline|contents|table-cell|ruby)/.test(display)) return e;
  }
  return region;
}

/**
 * The visible text of `region` as blocks of pieces, in document order. Cells of one table row
 * are one block, read with a pause (a comma) between them.
 */
export function blocksOf(region: Element): Piece<Text>[][] {
  const blocks: Piece<Text>[][] = [];
  const seen = new Map<Element, boolean>();
  const walker = document.createTreeWalker(region, NodeFilter.SHOW_TEXT);
  let lastBlock: Element | null = null;
  let lastCell: Element | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node as Text;
    const parent = text.parentElement;
    if (!parent || !shown(parent, seen)) continue;
    const block = blockOf(parent, region);
    if (!text.data.trim()) {
      // Markup's whitespace: a space between words of one paragraph ("<b>Label:</b> text").
      if (block === lastBlock) blocks.at(-1)?.push({ text: ' ' });
      continue;
    }
    const cell = parent.closest('td,th');
    if (block !== lastBlock) blocks.push([]);
    else if (cell !== lastCell) blocks.at(-1)?.push({ text: ', ' });
    blocks.at(-1)?.push({ text: text.data, node: text });
    lastBlock = block;
    lastCell = cell;
  }
  return blocks;
}

/**
 * The highlight's colours, from the site's custom properties (dark mode too). They come with the
 * engine, not the site's stylesheet, so a page pays for them only once someone presses play.
 */
let styled = false;
function style(): void {
  if (styled) return;
  styled = true;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(
    `::highlight(${HIGHLIGHT}){background-color:var(--accent);color:var(--accent-contrast)}`,
  );
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

function highlight(u: Utterance<Text> | undefined): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  style();
  if (!u) {
    CSS.highlights.delete(HIGHLIGHT);
    return;
  }
  const range = new Range();
  range.setStart(u.start.node, u.start.offset);
  range.setEnd(u.end.node, u.end.offset);
  CSS.highlights.set(HIGHLIGHT, new Highlight(range));
  // Keep the sentence in view, moving the page only when it has left the window.
  const box = range.getBoundingClientRect();
  if (box.top >= 0 && box.bottom <= window.innerHeight) return;
  const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  window.scrollBy({ top: box.top - window.innerHeight / 3, behavior: smooth ? 'smooth' : 'auto' });
}

function setState(s: Session, state: ReadState): void {
  s.state = state;
  s.onState(state);
}

function speakCurrent(s: Session): void {
  const u = s.list[s.index];
  if (!u) {
    highlight(undefined);
    session = null;
    setState(s, 'done');
    return;
  }
  const mine = ++generation;
  const current = () => mine === generation && session === s;
  const utterance = new SpeechSynthesisUtterance(u.text);
  const lang = document.documentElement.lang || 'en';
  utterance.lang = lang;
  const voice = pickVoice(speechSynthesis.getVoices(), lang);
  if (voice) utterance.voice = voice;
  utterance.rate = rateOf(s.group);
  utterance.onend = () => {
    if (!current()) return;
    s.index += 1;
    speakCurrent(s);
  };
  utterance.onerror = (event) => {
    // Our own cancel (pause, stop, a new speed) interrupts; anything else ends the reading.
    if (!current() || event.error === 'interrupted' || event.error === 'canceled') return;
    stop();
  };
  highlight(u);
  speaking = utterance;
  speechSynthesis.speak(utterance);
}

function rateOf(group: HTMLElement): number {
  const rate = Number(group.querySelector('select')?.value);
  return rate > 0 ? rate : 1;
}

/** The state of the reading `group` controls. */
export function stateOf(group: HTMLElement): ReadState {
  return session?.group === group ? session.state : 'stopped';
}

/**
 * The play button: starts reading the group's region (stopping any other), pauses, or resumes.
 * Pausing cancels and resuming restarts the sentence: `speechSynthesis.pause()` is unreliable
 * (on Android it stops for good) and a paused queue blocks other pages' speech.
 */
export function toggle(group: HTMLElement, onState: (state: ReadState) => void): void {
  if (!listening) {
    listening = true;
    window.addEventListener('pagehide', () => stop());
  }
  if (session?.group === group) {
    session.onState = onState;
    if (session.state === 'playing') {
      generation += 1;
      speechSynthesis.cancel();
      setState(session, 'paused');
    } else {
      setState(session, 'playing');
      speakCurrent(session);
    }
    return;
  }
  stop();
  const region = regionOf(group);
  const list = region ? utterancesOf(blocksOf(region), document.documentElement.lang || 'en') : [];
  session = { group, list, index: 0, state: 'playing', onState };
  speechSynthesis.cancel();
  setState(session, 'playing');
  speakCurrent(session);
}

/** Stops the reading (of `group` only, when given) and clears the highlight. */
export function stop(group?: HTMLElement): void {
  const s = session;
  if (!s || (group && s.group !== group)) return;
  session = null;
  if (speaking) speaking.onend = null;
  speaking = null;
  generation += 1;
  speechSynthesis.cancel();
  highlight(undefined);
  setState(s, 'stopped');
}

/** A new speed: the sentence being read starts again at it. */
export function changeRate(group: HTMLElement): void {
  if (session?.group !== group || session.state !== 'playing') return;
  generation += 1;
  speechSynthesis.cancel();
  speakCurrent(session);
}
