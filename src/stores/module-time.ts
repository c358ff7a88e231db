/**
 * Time spent on a module step, kept in its saved `seconds` (the summary shows the total).
 * Only time with the page visible counts; it is saved whenever the page is hidden or left, and
 * the island adds it to each save of its own.
 */
import { caseProgressOf } from '../core/progress';
import { $progress, updateModule } from './progress';

export interface ModuleTimer {
  /** Whole seconds so far: what was saved before this visit plus the visible time since. */
  now(): number;
  /** Back to zero ("Try again"). */
  restart(): void;
  /** Saves the time and stops listening (the island is going away). */
  stop(): void;
}

export function trackModuleTime(caseId: string, moduleId: string): ModuleTimer {
  const savedModule = () => caseProgressOf($progress.get(), caseId).modules[moduleId];
  let base = savedModule()?.seconds ?? 0;
  let spent = 0;
  let since: number | null = document.visibilityState === 'visible' ? Date.now() : null;

  const now = () => Math.round(base + (spent + (since === null ? 0 : Date.now() - since)) / 1000);
  // Nothing saved yet means nothing to add the time to: opening a step is not starting it.
  const flush = () => {
    if (savedModule()) updateModule(caseId, moduleId, { seconds: now() });
  };
  const onVisibility = () => {
    if (document.visibilityState === 'visible') since ??= Date.now();
    else {
      if (since !== null) spent += Date.now() - since;
      since = null;
      flush();
    }
  };
  document.addEventListener('visibilitychange', onVisibility);
  window.addEventListener('pagehide', flush);

  return {
    now,
    restart() {
      base = 0;
      spent = 0;
      since = document.visibilityState === 'visible' ? Date.now() : null;
    },
    stop() {
      flush();
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', flush);
    },
  };
}
