/**
 * Turns what a student saved into the record a completion code carries and the summary shows.
 */
import type { ActiveAssignment } from './assignment';
import type { CheckRecord, CompletionRecord, StepResult, TestRecord } from './completion-code';
import { codeDays } from './retention';
import { discernment, type RatedClaim } from './discernment';
import { scorePercent, type CaseProgress } from './progress';
import { stepStatus } from './step-status';
import { stepKinds, type StepKind } from './steps';
import { formOf, transferOf, type TransferData } from './transfer-progress';

export interface SummaryInput {
  caseCode: string;
  claims: readonly RatedClaim[];
  /** The steps the student had to do, in order (the assignment's, or the whole lesson). */
  order: readonly StepKind[];
  progress: CaseProgress;
  assignment: ActiveAssignment | null;
  name: string;
  /** The before/after test's post ids by position (1–12) in each form; absent: no test. */
  testForms?: Readonly<Record<'A' | 'B', readonly string[]>>;
  /** The retention check's post ids by position (form C); absent: no check. */
  checkForm?: readonly string[];
}

export interface Summary {
  record: CompletionRecord;
  /** Steps in `order` not done yet. */
  remaining: StepKind[];
}

/** The submitted tests as ratings by position, or null when the student has not started. */
export function testRecord(
  data: TransferData | null,
  forms: Readonly<Record<'A' | 'B', readonly string[]>>,
): TestRecord | null {
  if (!data) return null;
  const ratings = (phase: 'before' | 'after') => {
    const answers = data[phase];
    if (!answers?.completedAt) return null;
    return forms[formOf(data.order, phase)].map((id) => answers.ratings[id] ?? null);
  };
  return { order: data.order, before: ratings('before'), after: ratings('after') };
}

/** The submitted retention check, with the days since the lesson, or null. */
export function checkRecord(
  data: TransferData | null,
  form: readonly string[],
): CheckRecord | null {
  const check = data?.check;
  if (!check?.completedAt) return null;
  return {
    ratings: form.map((id) => check.ratings[id] ?? null),
    days: codeDays(data?.after?.completedAt, check.completedAt),
  };
}

function roundHalf(n: number | null): number | null {
  return n === null ? null : Math.round(n * 2) / 2;
}

/** The summary of a case's progress, and the completion record for its code. */
export function summarize(input: SummaryInput): Summary {
  const { progress } = input;
  const steps = {} as Record<StepKind, StepResult>;
  for (const kind of stepKinds) {
    const status = stepStatus(progress, kind);
    const assigned = input.order.includes(kind);
    steps[kind] = {
      state: assigned ? status.state : 'not-started',
      percent:
        assigned && status.state === 'done' && status.score ? scorePercent(status.score) : null,
    };
  }
  const before = progress.firstImpressions?.completedAt ? progress.firstImpressions : undefined;
  const after = progress.secondLook?.completedAt ? progress.secondLook : undefined;
  const seconds = Object.values(progress.modules).reduce((sum, m) => sum + (m.seconds ?? 0), 0);
  return {
    remaining: input.order.filter((s) => stepStatus(progress, s).state !== 'done'),
    record: {
      caseCode: input.caseCode,
      assignment: input.assignment?.id ?? null,
      steps,
      believabilityBefore: before?.believability ?? null,
      believabilityAfter: after?.believability ?? null,
      discernmentBefore: before ? roundHalf(discernment(input.claims, before.claims).gap) : null,
      discernmentAfter: after ? roundHalf(discernment(input.claims, after.claims).gap) : null,
      minutes: Math.round(seconds / 60),
      test: input.testForms ? testRecord(transferOf(progress), input.testForms) : null,
      check: input.checkForm ? checkRecord(transferOf(progress), input.checkForm) : null,
      name: input.name.trim(),
    },
  };
}
