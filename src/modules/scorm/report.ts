/**
 * What the package tells the LMS, from the saved progress: the lesson's status, its score and
 * the time spent; and the LMS's name for the student as the lesson shows it. Pure, unit-tested.
 */
import { scorePercent, type CaseProgress } from '../../core/progress';
import { stepStatus } from '../../core/step-status';
import type { StepKind } from '../../core/steps';

/** The steps with a score (the results page shows each as "Done: N%"). */
export const SCORED_STEPS: readonly StepKind[] = ['red-flags', 'experts', 'statistics'];

/**
 * `cmi.core.score.raw`, 0–100: the average of the percentages the results page shows for the
 * lesson's scored steps, a step not done yet counting 0. Null when the lesson has none.
 */
export function lessonScore(progress: CaseProgress, steps: readonly StepKind[]): number | null {
  const scored = SCORED_STEPS.filter((s) => steps.includes(s));
  if (scored.length === 0) return null;
  const percents = scored.map((s) => {
    const status = stepStatus(progress, s);
    return status.state === 'done' && status.score ? scorePercent(status.score) : 0;
  });
  return Math.round(percents.reduce((a, b) => a + b, 0) / scored.length);
}

/** `cmi.core.lesson_status`: completed once every step of the lesson is done. */
export function lessonStatus(
  progress: CaseProgress,
  steps: readonly StepKind[],
): 'incomplete' | 'completed' {
  return steps.every((s) => stepStatus(progress, s).state === 'done') ? 'completed' : 'incomplete';
}

/** `cmi.core.session_time` (CMITimespan, `HHHH:MM:SS.SS`) for a duration in milliseconds. */
export function sessionTime(ms: number): string {
  const centis = Math.max(0, Math.round(ms / 10));
  const hours = Math.min(9999, Math.floor(centis / 360_000));
  const minutes = Math.floor(centis / 6000) % 60;
  const seconds = (centis % 6000) / 100;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(hours).padStart(4, '0')}:${pad(minutes)}:${seconds.toFixed(2).padStart(5, '0')}`;
}

/**
 * `cmi.core.student_name` as people write it: SCORM 1.2 gives "Last, First"; one comma is
 * turned round ("Lovelace, Ada" → "Ada Lovelace"), anything else is kept as it came.
 */
export function displayName(lmsName: string): string {
  const parts = lmsName.split(',');
  if (parts.length !== 2) return lmsName.trim();
  return `${parts[1]!.trim()} ${parts[0]!.trim()}`.trim();
}
