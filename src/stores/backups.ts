/**
 * Every set-aside copy of saved progress, newest first: a document we could not read, one
 * module's unreadable answers, this page's answers when another tab changed them. Nothing is
 * overwritten by the next copy; the list keeps within a size cap, dropping the oldest first,
 * and never drops the newest copy that holds real answers. A student or teacher can download
 * the list as one file (the storage notice offers it).
 */
import { atom } from 'nanostores';
import { readKey, writeKey } from './storage';

export const BACKUPS_KEY = 'second-look:progress:backups';
/** The single backup key of earlier releases: folded into the list when first seen. */
export const LEGACY_BACKUP_KEY = 'second-look:progress:backup';
/** About 400 KB of text: well within any browser's storage, with room for the lesson. */
export const BACKUPS_CAP = 200_000;

export interface Backup {
  /** ISO time it was set aside. */
  at: string;
  /** Why: `not-json`, `invalid`, `module:<case>/<module>`, `edited-elsewhere`, … */
  reason: string;
  /** The value exactly as it was saved. */
  raw: string;
}

const isBackup = (b: unknown): b is Backup =>
  typeof b === 'object' &&
  b !== null &&
  typeof (b as Backup).at === 'string' &&
  typeof (b as Backup).reason === 'string' &&
  typeof (b as Backup).raw === 'string';

/** The copies, newest first (an unreadable list is kept whole as its own copy). */
export function readBackups(): Backup[] {
  const raw = readKey(BACKUPS_KEY);
  let list: Backup[] = [];
  if (raw !== null) {
    try {
      const parsed = JSON.parse(raw) as unknown;
      list = Array.isArray(parsed) ? parsed.filter(isBackup) : [];
    } catch {
      list = [{ at: new Date(0).toISOString(), reason: 'backups-unreadable', raw }];
    }
  }
  const legacy = readKey(LEGACY_BACKUP_KEY);
  if (legacy !== null && !list.some((b) => b.raw === legacy))
    list.push({ at: new Date(0).toISOString(), reason: 'earlier-backup', raw: legacy });
  return list;
}

/** Whether a copy holds answers (not just an empty or broken shell). */
const holdsAnswers = (b: Backup) =>
  b.reason.startsWith('module:') || /"(cases|modules|data)"\s*:\s*\{\s*"/.test(b.raw);

/** Keeps the list within the cap: oldest first, never the newest copy that holds answers. */
export function capBackups(list: Backup[], cap = BACKUPS_CAP): Backup[] {
  const out = [...list];
  const size = () => out.reduce((n, b) => n + b.raw.length, 0);
  const keep = out.find(holdsAnswers);
  for (let i = out.length - 1; i > 0 && size() > cap; i--) if (out[i] !== keep) out.splice(i, 1);
  return out;
}

/** How many copies are set aside (the storage notice offers a download when there are any). */
export const $backupCount = atom(0);

/** Sets a value aside, newest first; the very same value already set aside is not repeated. */
export function setAside(raw: string, reason: string): void {
  const list = readBackups().filter((b) => b.raw !== raw);
  const next = capBackups([{ at: new Date().toISOString(), reason, raw }, ...list]);
  writeKey(BACKUPS_KEY, JSON.stringify(next));
  writeKey(LEGACY_BACKUP_KEY, null);
  $backupCount.set(next.length);
}

/**
 * One module's saved answers could not be read by the module: they are set aside like an
 * unreadable document before the step starts fresh. Modules call this when they find so.
 */
export function setAsideModule(caseId: string, moduleId: string, saved: unknown): void {
  if (saved === undefined) return;
  setAside(JSON.stringify(saved), `module:${caseId}/${moduleId}`);
}

/** The file a student or teacher downloads: every set-aside copy, newest first. */
export function backupsFile(): string {
  return JSON.stringify({ kind: 'second-look-set-aside', copies: readBackups() }, null, 2);
}

if (typeof window !== 'undefined') $backupCount.set(readBackups().length);
