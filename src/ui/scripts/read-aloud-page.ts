/**
 * Read aloud on a static page, second step: loaded by ./read-aloud-boot.ts on the first press. It
 * carries out that press and every later one, and shows each state on the controls.
 */
import type { ReadState } from '../read-aloud';

// A lazy import here too: the engine chunk is also the islands' lazy chunk, and a static import
// would make the bundler add a shared runtime file to every island page.
const engine = import('../read-aloud');

const render = (group: HTMLElement) => (state: ReadState) => {
  const focused = group.contains(document.activeElement);
  const [play, stopButton] = group.querySelectorAll('button');
  const d = group.dataset;
  if (play)
    play.textContent =
      (state === 'playing' ? d['pause'] : state === 'paused' ? d['resume'] : d['play']) ?? '';
  if (stopButton) stopButton.hidden = state === 'stopped' || state === 'done';
  // Said once per change (start, pause, stop), never per sentence.
  const status = group.querySelector('[role="status"]');
  if (status) status.textContent = d[state] ?? '';
  // Stop goes away as it is pressed: keep the keyboard on the controls.
  if (focused && stopButton?.hidden && play) play.focus();
};

const act = async (group: HTMLElement, action: string | undefined) => {
  const e = await engine;
  if (action === 'stop') e.stop(group);
  else if (action === 'toggle') e.toggle(group, render(group));
  else if (action === 'rate' && e.stateOf(group) === 'playing') e.changeRate(group);
};

document.addEventListener('click', (event) => {
  const button = (event.target as Element).closest?.<HTMLElement>(
    '[data-read-aloud="static"] button',
  );
  const group = button?.closest<HTMLElement>('[data-read-aloud]');
  if (button && group) void act(group, button.dataset['readAloudAction']);
});
document.addEventListener('change', (event) => {
  const group = (event.target as Element).closest?.<HTMLElement>('[data-read-aloud="static"]');
  if (group) void act(group, 'rate');
});

document.documentElement.setAttribute('data-read-aloud-ready', '');
for (const group of document.querySelectorAll<HTMLElement>('[data-read-aloud-pending]')) {
  const action = group.dataset['readAloudPending'];
  group.removeAttribute('data-read-aloud-pending');
  void act(group, action);
}
