/**
 * The assignment a student opened from a teacher's link, and the name they type for their
 * completion code. Both stay on this device.
 */
import { persistentAtom } from '@nanostores/persistent';
import './storage';
import { decodeActiveAssignment, type ActiveAssignment, type Assignment } from '../lib/assignment';

export const ASSIGNMENT_KEY = 'second-look:assignment';
export const NAME_KEY = 'second-look:name';

/** The active assignment, or null when the student is doing the whole lesson. */
export const $assignment = persistentAtom<ActiveAssignment | null>(ASSIGNMENT_KEY, null, {
  encode: (value) => (value === null ? (undefined as unknown as string) : JSON.stringify(value)),
  decode: decodeActiveAssignment,
});

/** The name or initials for completion codes. */
export const $studentName = persistentAtom<string>(NAME_KEY, '');

/** Starts (or replaces) the assignment a link described. */
export function startAssignment(caseId: string, id: string, assignment: Assignment): void {
  $assignment.set({ ...assignment, version: 1, id, caseId, openedAt: new Date().toISOString() });
}

/** Leaves the assignment: the whole lesson shows again. Answers are kept. */
export function leaveAssignment(): void {
  $assignment.set(null);
}

/** Saves the name or initials the student typed. */
export function setStudentName(name: string): void {
  $studentName.set(name.slice(0, 60));
}
