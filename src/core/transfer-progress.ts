/**
 * The saved answers of the before/after test (issue #12): which form came first, and the 1–6
 * rating of each post in each test. Kept as the `transfer` entry of a case's modules, whose
 * `data` is the module's own shape: an older release that does not know the test keeps it
 * untouched (it only drops unknown keys of the document itself), so no migration is needed.
 *
 * Pure and shipped to the browser: the step statuses, the summary and the completion code read it.
 */
import * as v from './shape';
import type { CaseProgress } from './progress';

/** The key of the test's state in `CaseProgress.modules`. Not a step: two steps share it. */
export const TRANSFER_MODULE = 'transfer';

/** A form order: the warm-up takes the first form, the second look the other. */
export type FormOrder = 'AB' | 'BA';
export const FORM_ORDERS: readonly FormOrder[] = ['AB', 'BA'];
export type TestPhase = 'before' | 'after';
/** A test a student takes: the two of the lesson, and the retention check (form C, a week on). */
export type AnyPhase = TestPhase | 'check';

const ratingSchema = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(6));
const answersSchema = v.object({
  /** Post id → rating, 1 = definitely not accurate … 6 = definitely accurate. */
  ratings: v.record(v.string(), ratingSchema),
  /** ISO time the student submitted this test; absent while it is a draft. */
  completedAt: v.optional(v.string()),
});
export type TestAnswers = v.InferOutput<typeof answersSchema>;

const dataSchema = v.object({
  version: v.literal(1),
  order: v.picklist(['AB', 'BA']),
  before: v.optional(answersSchema),
  after: v.optional(answersSchema),
  /** The retention check, form C, for everyone (src/core/retention.ts). */
  check: v.optional(answersSchema),
});
export type TransferData = v.InferOutput<typeof dataSchema>;

/** The form a phase uses under an order: before takes the first letter, after the second. */
export function formOf(order: FormOrder, phase: TestPhase): 'A' | 'B' {
  return (phase === 'before' ? order[0] : order[1]) as 'A' | 'B';
}

/**
 * Reads the saved test, or null when there is none or it cannot be read (the module's state is
 * then set aside like any unreadable module data; the caller decides).
 */
export function readTransfer(data: unknown): TransferData | null {
  const parsed = v.safeParse(dataSchema, data);
  return parsed.success ? parsed.output : null;
}

/** The saved test of a case, or null. */
export function transferOf(progress: CaseProgress): TransferData | null {
  return readTransfer(progress.modules[TRANSFER_MODULE]?.data);
}

/** The state of one phase: nothing yet, some ratings, or submitted. */
export function phaseState(
  data: TransferData | null,
  phase: AnyPhase,
): 'not-started' | 'in-progress' | 'done' {
  const answers = data?.[phase];
  if (!answers) return 'not-started';
  if (answers.completedAt) return 'done';
  return Object.keys(answers.ratings).length > 0 ? 'in-progress' : 'not-started';
}

/** A fair coin for the form order; `random` is injectable for tests. */
export function drawOrder(random: () => number = Math.random): FormOrder {
  return random() < 0.5 ? 'AB' : 'BA';
}
