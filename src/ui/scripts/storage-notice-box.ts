/**
 * The storage notice, once there is something to say: what is kept and until when when storage
 * is refused or full, a saved value that had to be set aside (with a download of every copy), a
 * save from a newer version, another tab's reset (keep or let go) or edit.
 */
import { storage as texts } from '../../i18n/en.json';
import { $storageStatus, type StorageStatus } from '../../stores/storage';
import { readBackups } from '../../stores/backups';
import { keepProgressShown } from '../../stores/progress';
import { downloadBackups } from './download';

const textOf = (s: StorageStatus): string =>
  s.kind === 'unavailable'
    ? `${texts[s.cause]} ${texts[s.spare]}`
    : s.kind === 'ok'
      ? ''
      : texts[s.kind];

export function showStorageNotice(): void {
  let built = false;
  $storageStatus.subscribe((status) => {
    if (status.kind === 'ok' || built) return;
    built = true;
    build();
  });
}

function build(): void {
  const box = document.querySelector<HTMLElement>('[data-storage-notice]');
  const text = box?.querySelector<HTMLElement>('[data-storage-text]');
  const row = box?.querySelector<HTMLElement>('.button-row');
  if (!box || !text || !row) return;
  const button = (label: string, onClick: () => void, primary = false) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = primary ? 'button' : 'button button--secondary';
    b.textContent = label;
    b.addEventListener('click', onClick);
    row.prepend(b);
    return b;
  };
  const download = button(texts.download, () => downloadBackups(texts.backupsFile));
  const letGo = button(texts.letGo, () => keepProgressShown(false));
  const keep = button(texts.keep, () => keepProgressShown(true), true);
  let dismissed = '';
  box.querySelector('[data-storage-dismiss]')?.addEventListener('click', () => {
    dismissed = $storageStatus.get().kind;
    box.hidden = true;
  });
  $storageStatus.subscribe((status) => {
    keep.hidden = letGo.hidden = status.kind !== 'cleared-elsewhere';
    download.hidden = status.kind === 'unavailable' || readBackups().length === 0;
    box.hidden = status.kind === 'ok' || dismissed === status.kind;
    text.textContent = textOf(status);
  });
}
