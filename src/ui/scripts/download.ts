/** Hands the student a file to save (their progress, or the set-aside copies). */
import { LEGACY_BACKUP_KEY, readBackups } from '../../stores/backups';
import { readKey } from '../../stores/storage';

export function download(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Every set-aside copy, newest first, as one file a teacher can read. */
export function downloadBackups(name: string): void {
  const legacy = readKey(LEGACY_BACKUP_KEY);
  const copies = [
    ...readBackups(),
    ...(legacy === null ? [] : [{ reason: 'earlier', raw: legacy }]),
  ];
  download(JSON.stringify({ kind: 'second-look-set-aside', copies }, null, 2), name);
}
