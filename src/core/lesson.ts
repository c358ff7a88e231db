/**
 * The lesson's order: which steps a student does, and which comes next. The one place that
 * answers "what is after this step?" for the step footer, first impressions and the overview.
 */
import type { ActiveAssignment } from './assignment';
import type { StepKind } from './steps';

/**
 * The steps a student should do, in order: the assignment's when it is for this case,
 * otherwise the whole lesson.
 */
export function lessonOrder(
  caseId: string,
  allSteps: readonly StepKind[],
  active: ActiveAssignment | null,
): StepKind[] {
  if (!active || active.caseId !== caseId) return [...allSteps];
  return active.steps.filter((s) => allSteps.includes(s));
}

/** The step after `current` in `order`, or null at the end (or when `current` is not in it). */
export function stepAfter(order: readonly StepKind[], current: StepKind): StepKind | null {
  const i = order.indexOf(current);
  return i === -1 ? null : (order[i + 1] ?? null);
}

/**
 * The step after `current` for this student: in the assignment's order when one is active for
 * this case, else the case's own order; null after the last (the summary comes next).
 *
 * @example nextStep('c', ['first-impressions', 'red-flags'], 'first-impressions', null) // 'red-flags'
 */
export function nextStep(
  caseId: string,
  caseSteps: readonly StepKind[],
  current: StepKind,
  active: ActiveAssignment | null,
): StepKind | null {
  return stepAfter(lessonOrder(caseId, caseSteps, active), current);
}
