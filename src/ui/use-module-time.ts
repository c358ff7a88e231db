/** The module islands' timer (src/stores/module-time.ts), started once the island is mounted. */
import { useEffect, useMemo, useRef } from 'react';
import { trackModuleTime, type ModuleTimer } from '../stores/module-time';

export function useModuleTime(
  caseId: string,
  moduleId: string,
  active: boolean,
): Omit<ModuleTimer, 'stop'> {
  const timer = useRef<ModuleTimer | null>(null);
  useEffect(() => {
    if (!active) return;
    const t = trackModuleTime(caseId, moduleId);
    timer.current = t;
    return () => {
      t.stop();
      timer.current = null;
    };
  }, [active, caseId, moduleId]);
  return useMemo(
    () => ({
      now: () => timer.current?.now() ?? 0,
      restart: () => timer.current?.restart(),
    }),
    [],
  );
}
