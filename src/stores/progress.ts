/**
 * Saved progress. The only code that touches the browser's storage.
 *
 * - One key, `second-look:progress`, holding a versioned JSON document (see src/lib/progress.ts).
 * - Storage switched off or full: everything keeps working in memory and `$storageStatus` says so.
 * - A value we cannot read is copied to a backup key before we start fresh, never dropped.
 * - Other tabs see changes through the `storage` event (@nanostores/persistent).
 */
import { atom, computed } from 'nanostores';
import {
  persistentAtom,
  setPersistentEngine,
  windowPersistentEvents,
} from '@nanostores/persistent';
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

export const PROGRESS_KEY = 'second-look:progress';
/** Where an unreadable saved value is kept, so nothing is lost silently. */
export const BACKUP_KEY = 'second-look:progress:backup';
/** Where "Not you? Start fresh" keeps the previous student's progress until the new one saves. */
export const PREVIOUS_KEY = 'second-look:progress:previous';

export type StorageStatus =
  { kind: 'ok' } | { kind: 'unavailable' } | { kind: 'recovered'; reason: string };

/** What the student should be told about storage, if anything. */
export const $storageStatus = atom<StorageStatus>({ kind: 'ok' });

/** Real localStorage if it works, else null. Touching it can throw (storage disabled). */
function probeStorage(): Storage | null {
  try {
    if (typeof window === 'undefined') return null;
    const storage = window.localStorage;
    const probe = 'second-look:probe';
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return storage;
  } catch {
    return null;
  }
}

const memory = new Map<string, string>();
const real = probeStorage();
let writable = real !== null;
if (!writable && typeof window !== 'undefined') $storageStatus.set({ kind: 'unavailable' });

function readKey(key: string): string | null {
  if (writable && real) {
    try {
      return real.getItem(key);
    } catch {
      /* fall through to memory */
    }
  }
  return memory.get(key) ?? null;
}

function writeKey(key: string, value: string | null): void {
  if (value === null) memory.delete(key);
  else memory.set(key, value);
  if (!writable || !real) return;
  try {
    if (value === null) real.removeItem(key);
    else real.setItem(key, value);
  } catch {
    // Full or switched off since the page loaded: keep going in memory and say so once.
    writable = false;
    $storageStatus.set({ kind: 'unavailable' });
  }
}

/** A storage engine for @nanostores/persistent that never throws. */
const safeEngine = new Proxy({} as Record<string, string>, {
  get: (_t, key) => (typeof key === 'string' ? (readKey(key) ?? undefined) : undefined),
  set: (_t, key, value) => {
    if (typeof key === 'string') writeKey(key, String(value));
    return true;
  },
  has: (_t, key) => typeof key === 'string' && readKey(key) !== null,
  deleteProperty: (_t, key) => {
    if (typeof key === 'string') writeKey(key, null);
    return true;
  },
});
setPersistentEngine(
  safeEngine,
  typeof window === 'undefined'
    ? { addEventListener() {}, removeEventListener() {} }
    : windowPersistentEvents,
);

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
