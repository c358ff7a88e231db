/**
 * "Save my progress to a file" / "Open a progress file" (./../ProgressFile.astro). A file is
 * checked with the saved progress's own decoder; a hostile or foreign one gets one message and
 * changes nothing, and a good one is added or replaces only once the student chooses.
 */
import { $progress } from '../../stores/progress';
import { $storageStatus } from '../../stores/storage';
import { readBackups } from '../../stores/backups';
import { download, downloadBackups } from './download';
import { decodeProgressFile, mergeProgress } from '../../core/progress-file';

const box = document.querySelector<HTMLElement>('[data-progress-file]');
if (box) {
  box.hidden = false;
  const messages = JSON.parse(box.dataset['messages'] ?? '{}') as Record<string, string>;
  const q = <T extends HTMLElement>(name: string) =>
    box.querySelector<T>(`[data-progress-${name}]`);
  const status = q('status');
  const input = q<HTMLInputElement>('input');
  const dialog = q<HTMLDialogElement>('dialog');
  const say = (key: string) => {
    if (status) status.textContent = messages[key] ?? '';
  };

  q('save')?.addEventListener('click', () => {
    download(JSON.stringify($progress.get(), null, 2), messages['fileName'] ?? 'progress.json');
    say('saved');
  });
  // Copies set aside (unreadable saves, another tab's edits): a teacher may want them.
  const backups = q('backups');
  if (backups) {
    $storageStatus.subscribe(() => (backups.hidden = readBackups().length === 0));
    backups.addEventListener('click', () => downloadBackups(backups.dataset['file'] ?? ''));
  }
  q('open')?.addEventListener('click', () => input?.click());
  input?.addEventListener('change', async () => {
    const file = input.files?.[0];
    input.value = '';
    say('');
    if (!file || !dialog) return;
    // Not even read when it is far too big.
    const result = decodeProgressFile(
      file.size > 1_000_000 ? 'x'.repeat(1_000_001) : await file.text(),
    );
    if (!result.ok) return say(result.problem);
    const when = result.progress.updatedAt ? new Date(result.progress.updatedAt) : null;
    const ask = q('ask');
    if (ask)
      ask.textContent = (messages['ask'] ?? '').replace(
        '{date}',
        when && !Number.isNaN(when.getTime())
          ? when.toLocaleString(document.documentElement.lang || undefined, {
              dateStyle: 'long',
              timeStyle: 'short',
            })
          : '—',
      );
    dialog.returnValue = 'cancel';
    dialog.showModal();
    dialog.addEventListener(
      'close',
      () => {
        const choice = dialog.returnValue;
        if (choice === 'merge') $progress.set(mergeProgress($progress.get(), result.progress));
        else if (choice === 'replace') $progress.set(result.progress);
        say(choice === 'merge' || choice === 'replace' ? 'opened' : 'cancelled');
      },
      { once: true },
    );
  });
}
