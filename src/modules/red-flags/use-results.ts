/**
 * What the results need and marking does not: their code (./parts/Results.tsx, with the scoring
 * and the styles) and results.json (the key and the results' strings). Both load from the
 * student's first mark on (or at once when saved marks are there), so they are usually ready by
 * "Check my answers"; when either cannot load, `failed` says so and `retry` tries again.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useDeferred, type Deferred } from '../../ui/deferred';
import { unpackResults } from './packed';
import type { PassageView, ResultsJson } from './view-types';

// The code, once its styles are there too.
const loadCode = () => import('./parts/Results').then((code) => code.styled.then(() => code));
export type ResultsCode = Awaited<ReturnType<typeof loadCode>>;

export interface LoadedResults {
  code: ResultsCode;
  file: ResultsJson;
  passages: PassageView[];
}

export function useResults(href: string, enabled: boolean): Deferred<LoadedResults> {
  const file = useDeferred<ResultsJson>(href, enabled);
  const [code, setCode] = useState<ResultsCode | null>(null);
  const [codeFailed, setCodeFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!enabled || code) return;
    let live = true;
    loadCode().then(
      (loaded) => live && setCode(loaded),
      () => live && setCodeFailed(true),
    );
    return () => {
      live = false;
    };
  }, [enabled, code, attempt]);
  const { data, failed, retry: retryFile } = file;
  const retry = useCallback(() => {
    if (failed) retryFile();
    setCodeFailed(false);
    setAttempt((n) => n + 1);
  }, [failed, retryFile]);
  const loaded = useMemo(
    () => (data && code ? { code, file: data, passages: unpackResults(data) } : null),
    [data, code],
  );
  return { data: loaded, failed: failed || codeFailed, retry };
}
