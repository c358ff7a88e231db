/**
 * Every set-aside copy of saved progress, newest first: a document we could not read, one
 * module's unreadable answers, this page's answers when another tab changed them. Nothing is
 * overwritten by the next copy; the list keeps within a size cap, dropping the oldest first,
 * and never drops the newest copy that holds real answers. A student or teacher can download
 * the list as one file (../ui/scripts/download.ts: the storage notice and the overview offer it).
 */
import { readKey, writeKey } from './storage';

export const BACKUPS_KEY = 'second-look:progress:backups';
/** The single backup key of earlier releases: still offered in the download. */
export const LEGACY_BACKUP_KEY = 'second-look:progress:backup';
/** Characters of copies kept: well within any browser's storage, with room for the lesson. */
export const BACKUPS_CAP = 200_000;

export interface Backup {
  /** ISO time it was set aside. */
  at: string;
  /** Why: `not-json`, `invalid`, `module:<case>/<module>`, `edited-elsewhere`, … */
  reason: string;
  /** The value exactly as it was saved. */
  raw: string;
}

/** The copies as stored, newest first (an unreadable list is kept whole, as one copy). */
export function readBackups(): Backup[] {
  const raw = readKey(BACKUPS_KEY);
  try {
    return raw === null ? [] : (JSON.parse(raw) as Backup[]);
  } catch {
    return [{ at: '', reason: 'backups-unreadable', raw: raw ?? '' }];
  }
}

/** Keeps the list within the cap: oldest first, never the newest copy that holds answers. */
export function capBackups(list: Backup[], cap = BACKUPS_CAP): Backup[] {
  const out = [...list];
  const keep = out.find(
    (b) => b.reason.startsWith('module:') || /"(cases|modules|data)":\{"/.test(b.raw),
  );
  let size = out.reduce((n, b) => n + b.raw.length, 0);
  for (let i = out.length - 1; i > 0 && size > cap; i--)
    if (out[i] !== keep) size -= out.splice(i, 1)[0]!.raw.length;
  return out;
}

/** Sets a value aside, newest first; the very same value already set aside is not repeated. */
export function setAside(raw: string, reason: string): void {
  const list = readBackups().filter((b) => b.raw !== raw);
  writeKey(
    BACKUPS_KEY,
    JSON.stringify(capBackups([{ at: new Date().toISOString(), reason, raw }, ...list])),
  );
}

/**
 * One module's saved answers could not be read by the module: they are set aside like an
 * unreadable document before the step starts fresh. Modules call this when they find so.
 */
export function setAsideModule(caseId: string, moduleId: string, saved: unknown): void {
  if (saved !== undefined) setAside(JSON.stringify(saved), `module:${caseId}/${moduleId}`);
}
