/** The name or initials a student types for their completion code; it stays on this device. */
import { persistentAtom } from '@nanostores/persistent';
import './storage';

export const NAME_KEY = 'second-look:name';

/** The name or initials for completion codes. */
export const $studentName = persistentAtom<string>(NAME_KEY, '');

/** Saves the name or initials the student typed. */
export function setStudentName(name: string): void {
  $studentName.set(name.slice(0, 60));
}
