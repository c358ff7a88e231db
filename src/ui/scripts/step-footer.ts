/** "Next" at the foot of a step follows the assignment's order when there is one. */
import { $assignment } from '../../stores/assignment';
import { lessonOrder, stepAfter } from '../../core/assignment';
import type { StepKind } from '../../core/steps';

export function initStepFooter(): void {
  for (const nav of document.querySelectorAll<HTMLElement>('[data-step-footer]')) {
    const d = nav.dataset;
    const steps = JSON.parse(d['steps'] ?? '[]') as StepKind[];
    const titles = JSON.parse(d['titles'] ?? '{}') as Record<string, string>;
    $assignment.subscribe((active) => {
      const order = lessonOrder(d['case'] ?? '', steps, active);
      const next = stepAfter(order, d['step'] as StepKind);
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
  }
}
