/**
 * First impressions and the second look: the same questions, saved as drafts and submitted.
 * (Apart from ./progress.ts so the module pages do not load it.)
 */
import type { Impressions } from '../../core/progress';
import { now, updateCase } from '../../stores/progress';

export type ImpressionsStep = 'firstImpressions' | 'secondLook';

/** Saves part of an impressions form as a draft (the student's words are never lost). */
export function saveImpressions(
  caseId: string,
  step: ImpressionsStep,
  patch: Partial<Omit<Impressions, 'completedAt'>>,
): void {
  updateCase(caseId, (c) => {
    const current: Impressions = c[step] ?? { claims: {} };
    return {
      ...c,
      [step]: { ...current, ...patch, claims: { ...current.claims, ...patch.claims } },
    };
  });
}

/** Marks an impressions step as submitted. */
export function completeImpressions(caseId: string, step: ImpressionsStep): void {
  updateCase(caseId, (c) => ({ ...c, [step]: { claims: {}, ...c[step], completedAt: now() } }));
}

/** Re-opens a submitted impressions step so the student can change answers. */
export function reopenImpressions(caseId: string, step: ImpressionsStep): void {
  updateCase(caseId, (c) => {
    const current = c[step];
    if (!current) return c;
    const { completedAt: _done, ...rest } = current;
    return { ...c, [step]: rest };
  });
}
