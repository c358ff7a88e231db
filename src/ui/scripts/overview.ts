/**
 * Lesson overview: each step's status from saved progress, the assignment banner (only the
 * assigned steps, in the teacher's order), a bad link's message, and "Reset my progress".
 */
import { $progress, resetProgress } from '../../stores/progress';
import { $assignment, leaveAssignment } from '../../stores/assignment';
import { caseProgressOf, scorePercent } from '../../core/progress';
import { stepStatus } from '../../core/step-status';
import { lessonOrder } from '../../core/lesson';
import type { StepKind } from '../../core/steps';

interface Messages {
  locale: string;
  forClass: string;
  forYou: string;
  due: string;
  progress: string;
  finished: string;
  started: string;
  left: string;
  start: string;
  continue: string;
  errors: Record<string, string>;
}

const list = document.querySelector<HTMLElement>('[data-steps]');
const q = <T extends HTMLElement = HTMLElement>(sel: string) => document.querySelector<T>(sel);

function formatDate(iso: string, locale: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1)).toLocaleDateString(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

if (list) {
  const caseId = list.dataset['case'] ?? '';
  const labels = JSON.parse(list.dataset['labels'] ?? '{}') as Record<string, string>;
  const messages = JSON.parse(list.dataset['messages'] ?? '{}') as Messages;
  const allSteps = JSON.parse(list.dataset['stepsOrder'] ?? '[]') as StepKind[];
  const items = new Map(
    Array.from(list.querySelectorAll<HTMLElement>('[data-step]')).map((li) => [
      li.dataset['step'],
      li,
    ]),
  );
  const status = q('[data-assignment-status]');

  // A bad assignment link: one clear message from a fixed list, never text from the link.
  const hash = location.hash;
  if (hash.startsWith('#link-error=') || hash === '#assignment-opened') {
    const error = hash.slice('#link-error='.length);
    const box = q('[data-link-error]');
    if (hash === '#assignment-opened') {
      if (status) status.textContent = messages.started;
    } else if (box) {
      // Own keys only: `#link-error=constructor` must not find Object's own `constructor`.
      box.textContent =
        (Object.hasOwn(messages.errors, error) ? messages.errors[error] : undefined) ??
        messages.errors['generic'] ??
        '';
      box.hidden = false;
    }
    history.replaceState(null, '', location.pathname + location.search);
  }

  const render = () => {
    const progress = caseProgressOf($progress.get(), caseId);
    const active = $assignment.get();
    const order = lessonOrder(caseId, allSteps, active);
    const assigned = active !== null && active.caseId === caseId;

    // Steps: only the assigned ones, in the teacher's order.
    for (const [id, li] of items) li.hidden = !order.includes(id as StepKind);
    for (const id of order) {
      const li = items.get(id);
      if (li) list.append(li);
    }
    list.querySelectorAll<HTMLElement>('[data-step-status]').forEach((badge) => {
      const s = stepStatus(progress, badge.dataset['stepStatus'] ?? '');
      badge.dataset['state'] = s.state;
      badge.textContent =
        s.state === 'done' && s.score
          ? (labels['doneScore'] ?? '').replace('{percent}', String(scorePercent(s.score)))
          : (labels[s.state] ?? s.state);
    });

    const banner = q('[data-assignment-banner]');
    if (!banner) return;
    banner.hidden = !assigned;
    if (!assigned || !active) return;
    const title = q('[data-assignment-title]');
    if (title)
      title.textContent = active.classLabel
        ? messages.forClass.replace('{class}', active.classLabel)
        : messages.forYou;
    const due = q('[data-assignment-due]');
    if (due) {
      due.hidden = !active.due;
      due.textContent = active.due
        ? messages.due.replace('{date}', formatDate(active.due, messages.locale))
        : '';
    }
    const noteBox = q('[data-assignment-note-box]');
    const note = q('[data-assignment-note]');
    if (noteBox && note) {
      noteBox.hidden = !active.note;
      note.textContent = active.note;
    }
    const done = order.filter((id) => stepStatus(progress, id).state === 'done').length;
    const progressText = q('[data-assignment-progress]');
    if (progressText)
      progressText.textContent =
        done === order.length
          ? messages.finished
          : messages.progress
              .replace('{done}', String(done))
              .replace('{total}', String(order.length));
    const code = q('[data-assignment-code]');
    if (code) code.hidden = done !== order.length;
    // The way in: the first assigned step not done yet ("Start" before any answer).
    const start = q<HTMLAnchorElement>('[data-assignment-start]');
    const next = order.find((id) => stepStatus(progress, id).state !== 'done');
    if (start) {
      start.hidden = next === undefined;
      if (next !== undefined) {
        const title = items.get(next)?.querySelector('h2 a')?.textContent ?? next;
        const begun = order.some((id) => stepStatus(progress, id).state !== 'not-started');
        start.href = `${list.dataset['base'] ?? ''}${next}/`;
        start.textContent = (begun ? messages.continue : messages.start).replace('{step}', title);
      }
    }
  };
  $progress.subscribe(render);
  $assignment.subscribe(render);

  q<HTMLButtonElement>('[data-assignment-leave]')?.addEventListener('click', (event) => {
    const button = event.currentTarget as HTMLButtonElement;
    if (!window.confirm(button.dataset['confirm'] ?? '')) return;
    leaveAssignment();
    if (status) status.textContent = messages.left;
    list.querySelector<HTMLElement>('a')?.focus();
  });
}

const reset = document.querySelector<HTMLElement>('[data-reset]');
if (reset) {
  reset.hidden = false;
  const button = reset.querySelector<HTMLButtonElement>('[data-reset-button]');
  const message = reset.querySelector<HTMLElement>('[data-reset-message]');
  button?.addEventListener('click', () => {
    if (!window.confirm(button.dataset['confirm'] ?? '')) return;
    resetProgress();
    if (message) message.textContent = message.dataset['done'] ?? '';
  });
}
