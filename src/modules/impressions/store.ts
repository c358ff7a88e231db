/**
 * First impressions and the second look: the same questions, saved as drafts and submitted.
 * The island changes saved progress only through these actions, one per thing a student does.
 * (Apart from the module islands' code, so their pages do not load it.)
 */
import type { Impressions } from '../../core/progress';
import { now, updateCase } from '../../stores/progress';

export type ImpressionsStep = 'firstImpressions' | 'secondLook';
export type Rating = 1 | 2 | 3 | 4 | 5;
export type Share = NonNullable<Impressions['share']>;

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

/** How believable the article seems, 1 to 5. */
export function rateBelievability(caseId: string, step: ImpressionsStep, rating: Rating): void {
  saveImpressions(caseId, step, { believability: rating });
}

/** Whether the student would share the article. */
export function chooseShare(caseId: string, step: ImpressionsStep, share: Share): void {
  saveImpressions(caseId, step, { share });
}

/** The student's one sentence on why. */
export function writeReason(caseId: string, step: ImpressionsStep, reason: string): void {
  saveImpressions(caseId, step, { reason });
}

/** How likely the student thinks one claim is to be true, 1 to 5. */
export function rateClaim(
  caseId: string,
  step: ImpressionsStep,
  claimId: string,
  rating: Rating,
): void {
  saveImpressions(caseId, step, { claims: { [claimId]: rating } });
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
