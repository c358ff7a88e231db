/**
 * The browser's storage, made safe: the only code that touches localStorage.
 *
 * Storage switched off, full or throwing (private modes, school lockdowns): everything keeps
 * working in memory and `$storageStatus` says so, once, so the page can tell the student.
 */
import { atom } from 'nanostores';
import { setPersistentEngine, windowPersistentEvents } from '@nanostores/persistent';

export type StorageStatus =
  { kind: 'ok' } | { kind: 'unavailable' } | { kind: 'recovered'; reason: string };

/** What the student should be told about storage, if anything. */
export const $storageStatus = atom<StorageStatus>({ kind: 'ok' });

/** Written and removed at once, to find out whether storage can be written at all. */
export const PROBE_KEY = 'second-look:probe';

/** Real localStorage if it works, else null. Touching it can throw (storage disabled). */
function probeStorage(): Storage | null {
  try {
    if (typeof window === 'undefined') return null;
    const storage = window.localStorage;
    storage.setItem(PROBE_KEY, '1');
    storage.removeItem(PROBE_KEY);
    return storage;
  } catch {
    return null;
  }
}

const memory = new Map<string, string>();
const real = probeStorage();
let writable = real !== null;
if (!writable && typeof window !== 'undefined') $storageStatus.set({ kind: 'unavailable' });

export function readKey(key: string): string | null {
  if (writable && real) {
    try {
      return real.getItem(key);
    } catch {
      /* fall through to memory */
    }
  }
  return memory.get(key) ?? null;
}

export function writeKey(key: string, value: string | null): void {
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
