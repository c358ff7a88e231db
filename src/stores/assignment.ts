/**
 * The assignment a student opened from a teacher's link; it stays on this device.
 * (The name for completion codes: ./student.ts.)
 */
import { persistentAtom } from '@nanostores/persistent';
import './storage';
import { decodeActiveAssignment, type ActiveAssignment, type Assignment } from '../core/assignment';

export const ASSIGNMENT_KEY = 'second-look:assignment';

/** The active assignment, or null when the student is doing the whole lesson. */
export const $assignment = persistentAtom<ActiveAssignment | null>(ASSIGNMENT_KEY, null, {
  encode: (value) => (value === null ? (undefined as unknown as string) : JSON.stringify(value)),
  decode: decodeActiveAssignment,
});

/** Starts (or replaces) the assignment a link described. */
export function startAssignment(caseId: string, id: string, assignment: Assignment): void {
  $assignment.set({ ...assignment, version: 1, id, caseId, openedAt: new Date().toISOString() });
}

/** Leaves the assignment: the whole lesson shows again. Answers are kept. */
export function leaveAssignment(): void {
  $assignment.set(null);
}
