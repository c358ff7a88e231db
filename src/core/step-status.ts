/**
 * Each step's status and the step to continue with: what the overview, the home page's
 * "Continue" and the summary show. Kept out of ./progress.ts so module pages, which only save,
 * do not load it.
 */
import type { CaseProgress, Impressions, Score } from './progress';
import { phaseState, transferOf } from './transfer-progress';

export type StepStatus =
  { state: 'not-started' } | { state: 'in-progress' } | { state: 'done'; score?: Score };

function impressionsStatus(i: Impressions | undefined): StepStatus {
  if (!i) return { state: 'not-started' };
  if (i.completedAt) return { state: 'done' };
  const touched =
    i.believability !== undefined ||
    i.share !== undefined ||
    (i.reason ?? '').trim() !== '' ||
    Object.keys(i.claims).length > 0;
  return touched ? { state: 'in-progress' } : { state: 'not-started' };
}

/** What a student has done in one step. */
export function stepStatus(progress: CaseProgress, stepId: string): StepStatus {
  if (stepId === 'warm-up') return { state: phaseState(transferOf(progress), 'before') };
  if (stepId === 'first-impressions') return impressionsStatus(progress.firstImpressions);
  // The second look is the article again and the after test: done when both are.
  if (stepId === 'second-look') {
    const article = impressionsStatus(progress.secondLook).state;
    const test = phaseState(transferOf(progress), 'after');
    if (article === 'done' && test === 'done') return { state: 'done' };
    return article === 'not-started' && test === 'not-started'
      ? { state: 'not-started' }
      : { state: 'in-progress' };
  }
  const m = progress.modules[stepId];
  if (!m) return { state: 'not-started' };
  if (m.status === 'done') return m.score ? { state: 'done', score: m.score } : { state: 'done' };
  return { state: 'in-progress' };
}

/**
 * The step to continue with: the first one, in lesson order, that is not done.
 * `null` once every step is done.
 */
export function nextUnfinishedStep(
  progress: CaseProgress,
  stepIds: readonly string[],
): string | null {
  return stepIds.find((id) => stepStatus(progress, id).state !== 'done') ?? null;
}
