/**
 * "Not you? Start fresh" on a shared computer: the current progress is set aside under
 * PREVIOUS_KEY until the new student saves something (./progress.ts then drops it), and can be
 * brought back until then. Only the home page uses this.
 */
import { atom } from 'nanostores';
import { decodeProgress, emptyProgress, hasAnyProgress } from '../core/progress';
import { readKey, writeKey } from './storage';
import { $progress, PREVIOUS_KEY } from './progress';

/** Whether a previous student's progress is set aside (offer to bring it back). */
export const $hasPrevious = atom<boolean>(readKey(PREVIOUS_KEY) !== null);

/**
 * "Not you? Start fresh": sets the current progress aside (until the new student saves
 * something) and starts empty.
 */
export function startFresh(): void {
  const current = $progress.get();
  if (hasAnyProgress(current)) {
    writeKey(PREVIOUS_KEY, JSON.stringify(current));
    $hasPrevious.set(true);
  }
  $progress.set(emptyProgress());
}

/** Brings back the progress set aside by {@link startFresh}. */
export function restorePrevious(): void {
  const raw = readKey(PREVIOUS_KEY);
  // Gone meanwhile (the new student saved something, in another tab): nothing to bring back.
  if (raw === null) {
    $hasPrevious.set(false);
    return;
  }
  const result = decodeProgress(raw);
  if (result.ok) $progress.set(result.progress);
  writeKey(PREVIOUS_KEY, null);
  $hasPrevious.set(false);
}
