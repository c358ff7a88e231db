/**
 * One way for an island to read saved progress. Saved progress exists only in the browser, so
 * the first render matches the server's HTML (nothing saved) and the saved state arrives right
 * after hydration; `mounted` says which of the two the island is drawing.
 */
import { useEffect, useState } from 'react';
import { useStore } from '@nanostores/react';
import { $progress } from '../stores/progress';
import { caseProgressOf, type CaseProgress, type ModuleProgress } from '../core/progress';

const EMPTY: CaseProgress = { modules: {} };

export interface CaseProgressView {
  /** False on the server and in the first browser render; true once saved state is shown. */
  mounted: boolean;
  /** The case's saved progress (empty until mounted). */
  caseProgress: CaseProgress;
  /** One module's saved state, or undefined (always undefined until mounted). */
  module: (moduleId: string) => ModuleProgress | undefined;
}

export function useCaseProgress(caseId: string): CaseProgressView {
  const progress = useStore($progress);
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  const caseProgress = mounted ? caseProgressOf(progress, caseId) : EMPTY;
  return { mounted, caseProgress, module: (id) => caseProgress.modules[id] };
}
