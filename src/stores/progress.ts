/**
 * Saved progress.
 *
 * - One key, `second-look:progress`, holding a versioned JSON document (see src/core/progress.ts).
 * - Storage switched off or full: everything keeps working in memory (see ./storage.ts).
 * - A value we cannot read is set aside (./backups.ts, every copy kept) before we start fresh.
 * - A save from a newer version of the lesson is left untouched: this page works in memory.
 * - Other tabs see changes through the `storage` event (@nanostores/persistent); a reset or a
 *   cleared storage in another tab does not empty this page: it asks first. An answer changed
 *   here and in another tab: the other tab's (newer) text shows, this page's is set aside.
 */
import { persistentAtom } from '@nanostores/persistent';
import { $storageStatus, filterStorageEvents, holdKey, readKey, writeKey } from './storage';
import { setAside } from './backups';
import {
  caseProgressOf,
  changedStrings,
  decodeProgress,
  emptyProgress,
  hasAnyProgress,
  type CaseProgress,
  type ModuleProgress,
  type Progress,
} from '../core/progress';

export const PROGRESS_KEY = 'second-look:progress';
/** Where "Not you? Start fresh" keeps the previous student's progress until the new one saves. */
export const PREVIOUS_KEY = 'second-look:progress:previous';

function decode(raw: string): Progress {
  const result = decodeProgress(raw);
  if (result.ok) return result.progress;
  if (result.newer) {
    // Saved by a newer version: leave it as it is, work in memory, ask for a reload.
    holdKey(PROGRESS_KEY);
    $storageStatus.set({ kind: 'newer' });
    return emptyProgress();
  }
  // Keep the unreadable value for a teacher or a bug report, then start fresh.
  setAside(raw, result.reason);
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

/** When this page last changed each answer text (by its path in the document). */
const typedHere = new Map<string, number>();
/**
 * An answer typed here this recently, then changed in another tab, is a clash. Open tabs see
 * each other's keystrokes at once, so an edit made after switching tabs builds on this tab's
 * text: only edits this close together can have missed each other (a longer window told
 * students of a clash each time they moved to another tab and went on typing).
 */
const CLASH_MS = 5_000;

if (typeof window !== 'undefined')
  filterStorageEvents((event, key) => {
    if (key !== PROGRESS_KEY) return true;
    const here = $progress.get();
    if (!hasAnyProgress(here)) return true;
    const incoming = decodeProgress(readKey(PROGRESS_KEY));
    if (!incoming.ok) return true;
    if (!hasAnyProgress(incoming.progress)) {
      // Reset or cleared in another tab: this page keeps what it shows and asks.
      $storageStatus.set({ kind: 'cleared-elsewhere' });
      return false;
    }
    const clash = changedStrings(here, incoming.progress, true).some(
      (path) => Date.now() - (typedHere.get(path) ?? -Infinity) < CLASH_MS,
    );
    if (clash && event.key === PROGRESS_KEY) {
      setAside(JSON.stringify(here), 'edited-elsewhere');
      $storageStatus.set({ kind: 'edited-elsewhere' });
    }
    return true;
  });

/** Another tab cleared the progress this page shows: keep it (saved again), or let it go. */
export function keepProgressShown(keep: boolean): void {
  const shown = $progress.get();
  if (keep) $progress.set({ ...shown, updatedAt: now() });
  else {
    const stored = decodeProgress(readKey(PROGRESS_KEY));
    $progress.set(stored.ok ? stored.progress : emptyProgress());
  }
  $storageStatus.set({ kind: 'ok' });
}

/** Changes one case's progress (the other stores' actions go through this too). */
export function updateCase(caseId: string, change: (c: CaseProgress) => CaseProgress): void {
  const progress = $progress.get();
  const next: Progress = {
    ...progress,
    cases: { ...progress.cases, [caseId]: change(caseProgressOf(progress, caseId)) },
    updatedAt: now(),
  };
  for (const path of changedStrings(progress, next)) typedHere.set(path, Date.now());
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
    // Answers of another shape than the new ones (not an object, another version): a module
    // could not have read them, so they are set aside before they are replaced.
    const old = current.data as { version?: unknown } | undefined;
    const next = patch.data as { version?: unknown } | undefined;
    if (
      old !== undefined &&
      next !== undefined &&
      (typeof old !== 'object' || old?.version !== next?.version)
    )
      setAside(JSON.stringify(current), `module:${caseId}/${moduleId}`);
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
