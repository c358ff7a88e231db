/** The storage notice: storage switched off, or a saved value that had to be set aside. */
import { $storageStatus } from '../../stores/storage';

export function initStorageNotice(): void {
  const box = document.querySelector<HTMLElement>('[data-storage-notice]');
  const text = box?.querySelector<HTMLElement>('[data-storage-text]');
  let dismissed = false;
  $storageStatus.subscribe((status) => {
    if (!box || !text || dismissed || status.kind === 'ok') return;
    text.textContent =
      (status.kind === 'unavailable' ? box.dataset['unavailable'] : box.dataset['recovered']) ?? '';
    box.hidden = false;
  });
  box?.querySelector('[data-storage-dismiss]')?.addEventListener('click', () => {
    dismissed = true;
    box.hidden = true;
  });
}
