/**
 * Home page: "Continue where you left off", "Not you? Start fresh" and "bring it back", and the
 * storage notice. Loaded by ./home.ts only when there is something saved (or storage is off).
 */
import { $progress } from '../../stores/progress';
import { $hasPrevious, restorePrevious, startFresh } from '../../stores/fresh-start';
import { $assignment } from '../../stores/assignment';
import { caseProgressOf, hasAnyProgress } from '../../core/progress';
import { nextUnfinishedStep } from '../../core/step-status';
import { lessonOrder } from '../../core/lesson';
import type { StepKind } from '../../core/steps';
import { initStorageNotice } from './storage-notice';

initStorageNotice();

const box = document.querySelector<HTMLElement>('[data-continue]');
if (box) {
  const caseId = box.dataset['case'] ?? '';
  const base = box.dataset['base'] ?? '/';
  const steps = JSON.parse(box.dataset['steps'] ?? '[]') as { id: StepKind; title: string }[];
  const q = <T extends HTMLElement>(sel: string) => box.querySelector<T>(sel);
  const start = q('[data-start]');
  const link = q<HTMLAnchorElement>('[data-continue-link]');
  const next = q('[data-continue-next]');
  const fresh = q<HTMLButtonElement>('[data-start-fresh]');
  const freshHelp = q('[data-start-fresh-help]');
  const restore = q<HTMLButtonElement>('[data-restore]');
  const message = q('[data-home-message]');

  const render = () => {
    const progress = $progress.get();
    const started = hasAnyProgress(progress);
    if (start) start.hidden = started;
    if (link) link.hidden = !started;
    if (fresh) fresh.hidden = !started;
    if (freshHelp) freshHelp.hidden = !started;
    if (restore) restore.hidden = started || !$hasPrevious.get();
    if (next) next.hidden = !started;
    if (!started || !link || !next) return;
    const active = $assignment.get();
    const order = lessonOrder(
      caseId,
      steps.map((s) => s.id),
      active,
    );
    const nextId = nextUnfinishedStep(caseProgressOf(progress, caseId), order);
    const step = steps.find((s) => s.id === nextId);
    link.href = step ? `${base}${step.id}/` : `${base}summary/`;
    next.textContent = step
      ? (box.dataset['nextTemplate'] ?? '').replace('{step}', step.title)
      : (box.dataset['allDone'] ?? '');
  };
  $progress.subscribe(render);
  $hasPrevious.subscribe(render);
  $assignment.subscribe(render);

  fresh?.addEventListener('click', () => {
    startFresh();
    if (message) message.textContent = message.dataset['startedFresh'] ?? '';
    (restore?.hidden ? start : restore)?.focus();
  });
  restore?.addEventListener('click', () => {
    restorePrevious();
    if (message) message.textContent = message.dataset['restored'] ?? '';
    link?.focus();
  });
}
