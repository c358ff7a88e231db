/**
 * Saved progress.
 *
 * - One key, `second-look:progress`, holding a versioned JSON document (see src/core/progress.ts).
 * - Storage switched off or full: everything keeps working in memory (see ./storage.ts).
 * - A value we cannot read is copied to a backup key before we start fresh, never dropped.
 * - Other tabs see changes through the `storage` event (@nanostores/persistent).
 */
import { persistentAtom } from '@nanostores/persistent';
import { $storageStatus, readKey, writeKey } from './storage';
import {
  caseProgressOf,
  decodeProgress,
  emptyProgress,
  type CaseProgress,
  type ModuleProgress,
  type Progress,
} from '../core/progress';

export const PROGRESS_KEY = 'second-look:progress';
/** Where an unreadable saved value is kept, so nothing is lost silently. */
export const BACKUP_KEY = 'second-look:progress:backup';
/** Where "Not you? Start fresh" keeps the previous student's progress until the new one saves. */
export const PREVIOUS_KEY = 'second-look:progress:previous';

function decode(raw: string): Progress {
  const result = decodeProgress(raw);
  if (result.ok) return result.progress;
  // Keep the unreadable value for a teacher or a bug report, then start fresh.
  writeKey(BACKUP_KEY, raw);
  writeKey(PROGRESS_KEY, null);
  $storageStatus.set({ kind: 'recovered', reason: result.reason });
  return emptyProgress();
}

/** Everything the student has saved. Read with `useStore($progress)`; change through actions. */
export const $progress = persistentAtom<Progress>(PROGRESS_KEY, emptyProgress(), {
  encode: JSON.stringify,
  decode,
});

export function now(): string {
  return new Date().toISOString();
}

/** Changes one case's progress (the other stores' actions go through this too). */
export function updateCase(caseId: string, change: (c: CaseProgress) => CaseProgress): void {
  const progress = $progress.get();
  const next: Progress = {
    ...progress,
    cases: { ...progress.cases, [caseId]: change(caseProgressOf(progress, caseId)) },
    updatedAt: now(),
  };
  $progress.set(next);
  // The new student has saved something: the set-aside progress can go (see ./fresh-start.ts).
  if (readKey(PREVIOUS_KEY) !== null) writeKey(PREVIOUS_KEY, null);
}

/** Creates or updates a module's saved state. */
export function updateModule(
  caseId: string,
  moduleId: string,
  patch: Partial<ModuleProgress>,
): void {
  updateCase(caseId, (c) => {
    const current: ModuleProgress = c.modules[moduleId] ?? {
      status: 'in-progress',
      startedAt: now(),
    };
    return { ...c, modules: { ...c.modules, [moduleId]: { ...current, ...patch } } };
  });
}

/** Clears one module only ("Try again"). */
export function resetModule(caseId: string, moduleId: string): void {
  updateCase(caseId, (c) => {
    const { [moduleId]: _removed, ...modules } = c.modules;
    return { ...c, modules };
  });
}

/** Forgets all progress on this device ("Reset my progress"). */
export function resetProgress(): void {
  $progress.set(emptyProgress());
}
