/**
 * The storage notice, started on each page that saves progress. Almost always there is nothing
 * to say, so the notice itself (./storage-notice-box.ts: its words, buttons and the backups'
 * download) loads only once storage reports a problem.
 */
import { $storageStatus } from '../../stores/storage';

export function initStorageNotice(): void {
  let loading = false;
  const unsubscribe = $storageStatus.subscribe((status) => {
    if (status.kind === 'ok' || loading) return;
    loading = true;
    void import('./storage-notice-box').then((box) => box.showStorageNotice());
    // The box subscribes itself; this one only had to wake it.
    queueMicrotask(() => unsubscribe());
  });
}
