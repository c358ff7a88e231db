/**
 * "Next" at the foot of a step follows the assignment's order when there is one. On a module's
 * page it is a quiet button until the module is done: right under the first task, a big "Next"
 * invited students to skip the step.
 */
import { $assignment } from '../../stores/assignment';
import { $progress } from '../../stores/progress';
import { caseProgressOf } from '../../core/progress';
import { nextStep } from '../../core/lesson';
import type { StepKind } from '../../core/steps';

export function initStepFooter(): void {
  for (const nav of document.querySelectorAll<HTMLElement>('[data-step-footer]')) {
    const d = nav.dataset;
    const steps = JSON.parse(d['steps'] ?? '[]') as StepKind[];
    const titles = JSON.parse(d['titles'] ?? '{}') as Record<string, string>;
    $assignment.subscribe((active) => {
      const next = nextStep(d['case'] ?? '', steps, d['step'] as StepKind, active);
      let link = nav.querySelector<HTMLAnchorElement>('[data-next]');
      if (!link) {
        link = document.createElement('a');
        link.className = 'button';
        link.dataset['next'] = '';
        link.innerHTML = '<span data-next-label></span> <span aria-hidden="true">→</span>';
        nav.prepend(link);
      }
      const label = link.querySelector('[data-next-label]');
      // After the last step (of the assignment or the lesson): the results page.
      link.href = `${d['base']}${next ?? 'summary'}/`;
      if (label)
        label.textContent = next
          ? (d['nextTemplate'] ?? '').replace('{step}', titles[next] ?? next)
          : (d['summary'] ?? '');
    });
    if (d['module'] === undefined) continue;
    $progress.subscribe((progress) => {
      const done =
        caseProgressOf(progress, d['case'] ?? '').modules[d['step'] ?? '']?.status === 'done';
      nav.querySelector('[data-next]')?.classList.toggle('button--secondary', !done);
    });
  }
}
