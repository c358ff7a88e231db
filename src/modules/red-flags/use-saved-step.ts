/**
 * The step as saved, as the island works with it: the module's saved data decoded against the
 * article as it is now (./scoring.ts), restored after hydration (src/ui/use-case-progress.ts),
 * and the time spent on it (src/ui/use-module-time.ts).
 */
import { useEffect, useMemo, useRef } from 'react';
import type { MarkingDoc } from '../../core/marking-doc';
import { useCaseProgress } from '../../ui/use-case-progress';
import { useModuleTime } from '../../ui/use-module-time';
import { setAsideModule } from '../../stores/backups';
import { MODULE_ID, decodeRedFlagsData, hasSavedMarks } from './scoring';
import type { StepNow } from './store';

/**
 * `typeIds` are the kinds' ids, or null until kinds.json is there: saved marks can only be read
 * with them, so until then `readable` is false when marks were saved, and the island waits.
 */
export function useSavedStep(caseId: string, doc: MarkingDoc, typeIds: readonly string[] | null) {
  // Saved marks exist only in the browser: render like the server first, then restore.
  const { mounted, module } = useCaseProgress(caseId);
  const saved = module(MODULE_ID);
  const savedMarks = hasSavedMarks(saved?.data);
  const decoded = useMemo(
    () => decodeRedFlagsData(saved?.data, doc, typeIds ?? []),
    [saved?.data, doc, typeIds],
  );
  const readable = mounted && (!savedMarks || typeIds !== null);
  // Marks that cannot be read, or no longer fit the article, are set aside (once) before the
  // next save replaces them: nothing a student did is dropped (issue #15).
  const setAside = useRef(false);
  useEffect(() => {
    if (!readable || setAside.current) return;
    if (decoded.status === 'invalid' || decoded.dropped > 0) {
      setAside.current = true;
      setAsideModule(caseId, MODULE_ID, saved?.data);
    }
  }, [readable, decoded, caseId, saved?.data]);
  const timer = useModuleTime(caseId, MODULE_ID, mounted);
  const data = decoded.data;
  return {
    /** False until the saved state shows (see useCaseProgress). */
    mounted,
    /** Marks were saved (they show once the kinds are there). */
    savedMarks: mounted && savedMarks,
    /** The saved state is read for good: no saved marks, or the kinds to read them are there. */
    readable,
    decoded,
    data,
    /** The results are showing. */
    results: mounted && data.checked === true,
    /** Seconds saved with the step (the results show them). */
    savedSeconds: saved?.seconds,
    timer,
    /** The step as the student sees it now, for the store's actions. */
    at: (): StepNow => ({ caseId, data, seconds: timer.now() }),
  };
}
