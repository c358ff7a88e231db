/**
 * What an island shows only after the student answers (explanations, comparisons, feedback) is
 * built at build time into one JSON file per page and fetched once the island runs, so it does
 * not weigh on the page's first load (the budget: every page ≤ 100 KiB). The service worker
 * precaches the file with the rest of the site, so it is there offline too.
 *
 * @example
 * const answers = useDeferred<Answers>(answersUrl);
 * <DeferredHtml state={answers} html={answers.data?.figures[id]} labels={labels} />
 */
import { useCallback, useEffect, useState } from 'react';

export interface Deferred<T> {
  data: T | null;
  /** The last try failed (offline before the site was saved, say); `retry` tries again. */
  failed: boolean;
  retry: () => void;
}

// One request per file and page, whichever island or render asks.
const requests = new Map<string, Promise<unknown>>();

function load(url: string): Promise<unknown> {
  let request = requests.get(url);
  if (!request) {
    request = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`${url}: ${response.status}`);
      return response.json() as Promise<unknown>;
    });
    requests.set(url, request);
    // A failed request is forgotten, so the next try asks again.
    request.catch(() => requests.delete(url));
  }
  return request;
}

/**
 * The file at `url` (build-time JSON of the page's own content), fetched once mounted, or once
 * `enabled` for a file needed only later (red flags: the hints when first asked for).
 */
export function useDeferred<T>(url: string, enabled = true): Deferred<T> {
  const [data, setData] = useState<T | null>(null);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    load(url).then(
      (value) => live && setData(value as T),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [url, attempt, enabled]);
  const retry = useCallback(() => {
    setFailed(false);
    setAttempt((n) => n + 1);
  }, []);
  return { data, failed, retry };
}

export interface DeferredLabels {
  /** Said while the file loads (rarely seen: it loads while the student answers). */
  loading: string;
  failed: string;
  retry: string;
}

interface Props {
  state: Deferred<unknown>;
  /** This part's HTML from the file (trusted: built from the lesson's own content). */
  html: string | undefined;
  className?: string | undefined;
  labels: DeferredLabels;
}

/** One part of a deferred file as HTML, or what is happening while it is not there. */
export function DeferredHtml({ state, html, className, labels }: Props) {
  if (html !== undefined)
    return <div className={className} dangerouslySetInnerHTML={{ __html: html }} />;
  if (state.failed)
    return (
      <div className="notice notice--warn" role="status">
        <p>{labels.failed}</p>
        <button type="button" className="button button--secondary" onClick={state.retry}>
          {labels.retry}
        </button>
      </div>
    );
  if (state.data) return null;
  return (
    <p className="muted" role="status">
      {labels.loading}
    </p>
  );
}
