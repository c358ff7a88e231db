/**
 * The storage notice: what is kept and until when when storage is refused or full, a saved
 * value that had to be set aside (with its download), a save from a newer version, and another
 * tab's reset or edit.
 */
import { $storageStatus } from '../../stores/storage';
import { $backupCount, backupsFile } from '../../stores/backups';
import { keepProgressShown } from '../../stores/progress';

export function initStorageNotice(): void {
  const box = document.querySelector<HTMLElement>('[data-storage-notice]');
  const text = box?.querySelector<HTMLElement>('[data-storage-text]');
  if (!box || !text) return;
  const texts = JSON.parse(box.dataset['texts'] ?? '{}') as Record<string, string>;
  const button = (name: string) => box.querySelector<HTMLButtonElement>(`[data-storage-${name}]`);
  const keep = button('keep');
  const letGo = button('let-go');
  const download = button('download');
  let dismissed = '';
  const render = () => {
    const status = $storageStatus.get();
    const asking = status.kind === 'cleared-elsewhere';
    if (keep) keep.hidden = !asking;
    if (letGo) letGo.hidden = !asking;
    if (download) download.hidden = $backupCount.get() === 0 || status.kind === 'unavailable';
    if (status.kind === 'ok' || dismissed === status.kind) {
      box.hidden = true;
      return;
    }
    text.textContent =
      status.kind === 'unavailable'
        ? `${texts[status.cause] ?? ''} ${texts[status.spare] ?? ''}`
        : (texts[status.kind] ?? '');
    box.hidden = false;
  };
  $storageStatus.subscribe(render);
  $backupCount.subscribe(render);
  keep?.addEventListener('click', () => keepProgressShown(true));
  letGo?.addEventListener('click', () => keepProgressShown(false));
  download?.addEventListener('click', () => {
    const url = URL.createObjectURL(new Blob([backupsFile()], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = box.dataset['file'] ?? 'backups.json';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  });
  button('dismiss')?.addEventListener('click', () => {
    dismissed = $storageStatus.get().kind;
    box.hidden = true;
  });
}
