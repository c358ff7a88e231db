/**
 * Saved progress.
 *
 * - One key, `second-look:progress`, holding a versioned JSON document (see src/lib/progress.ts).
 * - Storage switched off or full: everything keeps working in memory (see ./storage.ts).
 * - A value we cannot read is copied to a backup key before we start fresh, never dropped.
 * - Other tabs see changes through the `storage` event (@nanostores/persistent).
 */
import { atom, computed } from 'nanostores';
import { persistentAtom } from '@nanostores/persistent';
import { $storageStatus, readKey, writeKey } from './storage';
import {
  caseProgressOf,
  decodeProgress,
  emptyProgress,
  hasAnyProgress,
  type CaseProgress,
  type Impressions,
  type ModuleProgress,
  type Progress,
} from '../lib/progress';

export { $storageStatus } from './storage';
export type { StorageStatus } from './storage';

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

/** Whether a previous student's progress is set aside (offer to bring it back). */
export const $hasPrevious = atom<boolean>(readKey(PREVIOUS_KEY) !== null);

/** True once the student has saved anything. */
export const $hasProgress = computed($progress, hasAnyProgress);

function now(): string {
  return new Date().toISOString();
}

function updateCase(caseId: string, change: (c: CaseProgress) => CaseProgress): void {
  const progress = $progress.get();
  const next: Progress = {
    ...progress,
    cases: { ...progress.cases, [caseId]: change(caseProgressOf(progress, caseId)) },
    updatedAt: now(),
  };
  $progress.set(next);
  // The new student has saved something: the set-aside progress can go.
  if ($hasPrevious.get()) {
    writeKey(PREVIOUS_KEY, null);
    $hasPrevious.set(false);
  }
}

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
  if (raw === null) return;
  const result = decodeProgress(raw);
  if (result.ok) $progress.set(result.progress);
  writeKey(PREVIOUS_KEY, null);
  $hasPrevious.set(false);
}
