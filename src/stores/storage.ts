/**
 * The browser's storage, made safe: the only code that touches localStorage.
 *
 * Storage refused (private modes, cookies blocked, school lockdowns) or full: everything keeps
 * working, and what is saved survives moving between the lesson's pages in this tab, in
 * sessionStorage where only localStorage is refused, else in `window.name`. `$storageStatus`
 * says so, once, so the page can tell the student exactly what is kept and until when.
 */
import { atom } from 'nanostores';
import {
  setPersistentEngine,
  windowPersistentEvents,
  type PersistentListener,
} from '@nanostores/persistent';

/** Where work is kept when localStorage cannot take it: this tab's session, or the tab itself. */
export type Spare = 'session' | 'tab';
export type StorageStatus =
  | { kind: 'ok' }
  | { kind: 'unavailable'; cause: 'blocked' | 'full'; spare: Spare }
  | { kind: 'recovered'; reason: string }
  /** Saved by a newer version of the lesson: left untouched, the page works in memory. */
  | { kind: 'newer' }
  /** Another tab cleared or reset the progress this page still shows. */
  | { kind: 'cleared-elsewhere' }
  /** Another tab changed an answer this page had changed too: this page's copy was set aside. */
  | { kind: 'edited-elsewhere' };

/** What the student should be told about storage, if anything. */
export const $storageStatus = atom<StorageStatus>({ kind: 'ok' });

/** Written and removed at once, to find out whether storage can be written at all. */
export const PROBE_KEY = 'second-look:probe';
/** `window.name` holds the spare copy after this prefix (it survives in-site navigation). */
const NAME_PREFIX = 'second-look:';
/** A key removed while working in the spare (it may still be in the read-only localStorage). */
const GONE = '\u0000gone';

type Failure = 'blocked' | 'full' | null;
/** Tries a write; says why it failed (a full quota or anything else). */
function tryWrite(storage: Storage, key: string, value: string | null): Failure {
  try {
    if (value === null) storage.removeItem(key);
    else storage.setItem(key, value);
    return null;
  } catch (error) {
    return error instanceof DOMException &&
      (error.name === 'QuotaExceededError' || error.code === 22)
      ? 'full'
      : 'blocked';
  }
}
function area(name: 'localStorage' | 'sessionStorage'): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window[name];
  } catch {
    return null;
  }
}

const local = area('localStorage');
/** Why localStorage cannot be written, or null while it can. */
let failure: Failure = local ? tryWrite(local, PROBE_KEY, '1') : 'blocked';
if (local && failure === null) tryWrite(local, PROBE_KEY, null);

/** The spare copy, in `window.name` (a tab whose sessionStorage is refused too). */
const tabCopy = new Map<string, string>();
let spare: Spare | null = null;
let session: Storage | null = null;

function useSpare(cause: 'blocked' | 'full'): void {
  if (spare) return;
  const s = area('sessionStorage');
  if (s && tryWrite(s, PROBE_KEY, '1') === null) {
    tryWrite(s, PROBE_KEY, null);
    session = s;
    spare = 'session';
  } else spare = 'tab';
  failure = cause;
  $storageStatus.set({ kind: 'unavailable', cause, spare });
}

if (typeof window !== 'undefined') {
  try {
    if (window.name.startsWith(NAME_PREFIX)) {
      const saved = JSON.parse(window.name.slice(NAME_PREFIX.length)) as unknown;
      if (saved && typeof saved === 'object')
        for (const [k, v] of Object.entries(saved)) if (typeof v === 'string') tabCopy.set(k, v);
    }
  } catch {
    /* not ours: start empty */
  }
  if (failure) useSpare(failure);
}

function readLocal(key: string): string | null {
  try {
    return local?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Keys left untouched in storage while this page works on them in memory (see {@link holdKey}). */
const held = new Map<string, string | null>();
/**
 * Leaves a key's stored value untouched from now on: this page reads and writes it in memory
 * only (a save from a newer version of the lesson must not be overwritten by this one).
 */
export function holdKey(key: string): void {
  if (!held.has(key)) held.set(key, null);
}

export function readKey(key: string): string | null {
  if (held.has(key)) return held.get(key) ?? null;
  if (!spare) return readLocal(key);
  let value: string | null;
  if (spare === 'session') {
    try {
      value = session?.getItem(key) ?? null;
    } catch {
      value = null;
    }
  } else value = tabCopy.get(key) ?? null;
  // Nothing in the spare yet: what localStorage still holds (full, or readable only).
  if (value === null) return readLocal(key);
  return value === GONE ? null : value;
}

export function writeKey(key: string, value: string | null): void {
  if (held.has(key)) {
    held.set(key, value);
    return;
  }
  if (!spare && local) {
    const failed = tryWrite(local, key, value);
    if (!failed) return;
    useSpare(failed);
  }
  if (!spare) useSpare('blocked');
  // A removal is remembered, so the read-only copy in localStorage does not come back.
  const kept = value === null ? (readLocal(key) === null ? null : GONE) : value;
  if (spare === 'session' && session && tryWrite(session, key, kept) === null) return;
  if (kept === null) tabCopy.delete(key);
  else tabCopy.set(key, kept);
  try {
    window.name = NAME_PREFIX + JSON.stringify(Object.fromEntries(tabCopy));
  } catch {
    /* memory only */
  }
}

/**
 * Storage events from other tabs pass through these filters first: a filter that returns false
 * keeps the event from this page's stores (./progress.ts asks before letting a reset in).
 */
type Filter = (event: StorageEvent, key: string) => boolean;
const filters: Filter[] = [];
/** `filter(event, key)`: whether the store of `key` may hear `event`. */
export function filterStorageEvents(filter: Filter): void {
  filters.push(filter);
}
const wrapped = new WeakMap<PersistentListener, PersistentListener>();

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
    : {
        addEventListener(key: string, listener: PersistentListener, restore: () => void) {
          // The window hands over a real StorageEvent (its key is null when storage was cleared).
          const filtered: PersistentListener = (event) => {
            if (filters.every((f) => f(event as unknown as StorageEvent, key))) listener(event);
          };
          wrapped.set(listener, filtered);
          windowPersistentEvents.addEventListener(key, filtered, restore);
        },
        removeEventListener(key: string, listener: PersistentListener, restore: () => void) {
          windowPersistentEvents.removeEventListener(
            key,
            wrapped.get(listener) ?? listener,
            restore,
          );
        },
      },
);
