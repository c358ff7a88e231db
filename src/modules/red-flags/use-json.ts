/**
 * Answer-key material the first visit does without, fetched from build-time JSON files when it
 * is needed: the hints when the student asks for one, the explanations when the results show
 * (src/pages/[case]/red-flags/*.json.ts). The service worker keeps these files, so they load
 * offline after one visit. Each file is fetched once per page; a failed fetch can be retried.
 */
import { useCallback, useEffect, useState } from 'react';
import type { ExplanationsJson, HintsJson } from './view-types';

const loads = new Map<string, Promise<unknown>>();

function fetchJson<T>(href: string, valid: (json: unknown) => json is T): Promise<T> {
  let load = loads.get(href);
  if (!load) {
    load = fetch(href)
      .then((response) => {
        if (!response.ok) throw new Error(`${href}: ${response.status}`);
        return response.json() as Promise<unknown>;
      })
      .then((json) => {
        if (!valid(json)) throw new Error(`${href}: not what the page expects`);
        return json;
      });
    load.catch(() => loads.delete(href));
    loads.set(href, load);
  }
  return load as Promise<T>;
}

export type Loaded<T> =
  { status: 'idle' | 'loading' | 'failed'; value?: undefined } | { status: 'ready'; value: T };

/**
 * A JSON file, loaded once `now` is true or {@link load} is called. `load` resolves to the
 * value, or null when it could not be loaded.
 */
export function useJson<T>(
  href: string,
  valid: (json: unknown) => json is T,
  now: boolean,
): Loaded<T> & { load: () => Promise<T | null> } {
  const [state, setState] = useState<Loaded<T>>({ status: 'idle' });
  const load = useCallback(async (): Promise<T | null> => {
    setState((s) => (s.status === 'ready' ? s : { status: 'loading' }));
    try {
      const value = await fetchJson(href, valid);
      setState({ status: 'ready', value });
      return value;
    } catch {
      setState({ status: 'failed' });
      return null;
    }
  }, [href, valid]);
  useEffect(() => {
    if (now) void load();
  }, [now, load]);
  return { ...state, load };
}

const isRecord = (json: unknown): json is Record<string, unknown> =>
  typeof json === 'object' && json !== null && !Array.isArray(json);
const isString = (value: unknown): value is string => typeof value === 'string';

/** ./explanations.json: passage id → HTML. */
export const isExplanations = (json: unknown): json is ExplanationsJson =>
  isRecord(json) && Object.values(json).every(isString);

/** ./hints.json: section id → its hints. */
export const isHints = (json: unknown): json is HintsJson =>
  isRecord(json) &&
  Object.values(json).every(
    (h) =>
      isRecord(h) &&
      isString(h['where']) &&
      Array.isArray(h['nudges']) &&
      h['nudges'].every(isString),
  );
