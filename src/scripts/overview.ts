/** Lesson overview: each step's status from saved progress, and "Reset my progress". */
import { $progress, resetProgress } from '../stores/progress';
import { caseProgressOf, scorePercent, stepStatus } from '../lib/progress';

const list = document.querySelector<HTMLElement>('[data-steps]');
if (list) {
  const caseId = list.dataset['case'] ?? '';
  const labels = JSON.parse(list.dataset['labels'] ?? '{}') as Record<string, string>;
  $progress.subscribe((progress) => {
    const caseProgress = caseProgressOf(progress, caseId);
    list.querySelectorAll<HTMLElement>('[data-step-status]').forEach((badge) => {
      const status = stepStatus(caseProgress, badge.dataset['stepStatus'] ?? '');
      badge.dataset['state'] = status.state;
      badge.textContent =
        status.state === 'done' && status.score
          ? (labels['doneScore'] ?? '').replace('{percent}', String(scorePercent(status.score)))
          : (labels[status.state] ?? status.state);
    });
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
