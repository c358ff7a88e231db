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

export type StorageStatus =
  | { kind: 'ok' }
  /** Work is kept in this tab's `session`, or in the `tab` itself (window.name). */
  | { kind: 'unavailable'; cause: 'blocked' | 'full'; spare: 'session' | 'tab' }
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
/** `window.name` holds the tab's copy after this prefix (it survives in-site navigation). */
const NAME = 'second-look:';

/** Writes (null: removes); says why it failed, or null. */
function put(
  storage: Storage | null,
  key: string,
  value: string | null,
): 'blocked' | 'full' | null {
  try {
    if (value === null) storage!.removeItem(key);
    else storage!.setItem(key, value);
    return null;
  } catch (error) {
    return (error as DOMException)?.name === 'QuotaExceededError' ? 'full' : 'blocked';
  }
}
function area(name: 'localStorage' | 'sessionStorage'): Storage | null {
  try {
    const s = window[name];
    return put(s, PROBE_KEY, '1') ? null : (put(s, PROBE_KEY, null), s);
  } catch {
    return null;
  }
}
function read(storage: Storage | null | undefined, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

const browser = typeof window !== 'undefined';
let local: Storage | null = null;
try {
  local = browser ? window.localStorage : null;
} catch {
  /* refused */
}
/** Where work goes once localStorage cannot take it: this tab's session, or the tab itself. */
let spare: Storage | null | undefined;
/** The tab's own copy (window.name), when sessionStorage is refused too. */
const tab = new Map<string, string>();
try {
  if (browser && window.name.startsWith(NAME))
    for (const [k, v] of Object.entries(JSON.parse(window.name.slice(NAME.length)) as object))
      if (typeof v === 'string') tab.set(k, v);
} catch {
  /* not ours */
}

function useSpare(cause: 'blocked' | 'full'): void {
  if (spare !== undefined) return;
  spare = area('sessionStorage');
  $storageStatus.set({ kind: 'unavailable', cause, spare: spare ? 'session' : 'tab' });
}
if (browser) {
  const failed = local ? put(local, PROBE_KEY, '1') : 'blocked';
  if (failed) useSpare(failed);
  else put(local, PROBE_KEY, null);
} else spare = null; // Outside a browser (tests): memory only, nothing to tell.

/** A key removed while working in the spare (the read-only localStorage may still hold it). */
const GONE = '\u0000';
/** Keys left untouched in storage while this page works on them in memory ({@link holdKey}). */
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
  // In the spare first; what is not there yet, localStorage may still hold (full, or read-only).
  const value = spare === undefined ? null : spare ? read(spare, key) : (tab.get(key) ?? null);
  return value === null ? read(local, key) : value === GONE ? null : value;
}

export function writeKey(key: string, value: string | null): void {
  if (held.has(key)) return void held.set(key, value);
  if (spare === undefined) {
    const failed = put(local, key, value);
    if (!failed) return;
    useSpare(failed);
  }
  const kept = value ?? (read(local, key) === null ? null : GONE);
  if (spare && !put(spare, key, kept)) return;
  if (kept === null) tab.delete(key);
  else tab.set(key, kept);
  if (browser) window.name = NAME + JSON.stringify(Object.fromEntries(tab));
}

type Filter = (event: StorageEvent, key: string) => boolean;
const filters: Filter[] = [];
/**
 * Storage events from other tabs pass `filter(event, key)` first: false keeps the event from
 * the store of `key` (./progress.ts asks before letting another tab's reset in). So does a page
 * brought back by the Back button (from the back/forward cache): it rereads storage, which
 * another tab may have reset meanwhile; it comes as an event with only `key`.
 */
export function filterStorageEvents(filter: Filter): void {
  filters.push(filter);
}
const wrapped = new WeakMap<PersistentListener, PersistentListener>();
const wrappedRestore = new WeakMap<() => void, () => void>();

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
  browser
    ? {
        addEventListener(key, listener, restore) {
          // The window hands over a real StorageEvent (its key is null when storage was cleared).
          const filtered: PersistentListener = (event) => {
            if (filters.every((f) => f(event as unknown as StorageEvent, key))) listener(event);
          };
          const filteredRestore = () => {
            const event = { key } as StorageEvent;
            if (filters.every((f) => f(event, key))) restore();
          };
          wrapped.set(listener, filtered);
          wrappedRestore.set(restore, filteredRestore);
          windowPersistentEvents.addEventListener(key, filtered, filteredRestore);
        },
        removeEventListener(key, listener, restore) {
          windowPersistentEvents.removeEventListener(
            key,
            wrapped.get(listener) ?? listener,
            wrappedRestore.get(restore) ?? restore,
          );
        },
      }
    : { addEventListener() {}, removeEventListener() {} },
);
