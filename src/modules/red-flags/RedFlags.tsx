/**
 * "Spot the red flags": mark passages in the article (click, drag, tap, or the keyboard),
 * name each red flag, take hints, then check the marks against the answer key.
 *
 * The marks live in saved progress (module `red-flags`), changed only through ./store.ts; the
 * marking input is ./use-marking.ts; all matching and scoring is pure code in ./scoring.ts.
 * The article comes once, as props (packed: ./packed.ts), and is drawn after hydration with the
 * saved marks. What shows only after the student acts loads then (src/ui/deferred.tsx): the
 * kinds of red flag with the type chooser, the key from the first mark on, the hints and the
 * explanations when asked for.
 */
import { Suspense, lazy, useEffect, useMemo, useRef, useState } from 'react';
import { segmentArticle } from '../../core/marking-doc';
import { translator } from '../../i18n/translate';
import { useDeferred } from '../../ui/deferred';
import { StringsProvider } from '../../ui/strings';
import { markHighlights } from './highlights';
import ArticleView from './parts/ArticleView';
import MarksList from './parts/MarksList';
import { unpackContent, unpackKinds, withLoaded, type PageContent } from './packed';
import SavedNotice, { useSavedNotice } from './parts/SavedNotice';
import * as store from './store';
import { useHints } from './use-hints';
import { useMarking, warmInput } from './use-marking';
import { useResults } from './use-results';
import { useSavedStep } from './use-saved-step';
import { articleWords } from './place';
import { stepFiles, type ExplanationsJson, type KindsJson, type RedFlagsProps } from './view-types';

// What only shows after the student acts loads then, not on the first visit: the type chooser
// and the marking input (./marking-input.ts) as soon as the student first reaches for the
// article (a press or focus inside the island), so they are there by the time they are needed;
// the results from the first mark on (./use-results.ts).
const loadChooser = () => import('./parts/TypeChooser');
const TypeChooser = lazy(loadChooser);
const warm = (load: () => Promise<unknown>) => void load().catch(() => undefined);

export default function RedFlags({ content, caseId }: RedFlagsProps) {
  const page = useMemo(() => unpackContent(content), [content]);
  return (
    <StringsProvider messages={page.messages}>
      <Step page={page} caseId={caseId} />
    </StringsProvider>
  );
}

function Step({ page, caseId }: { page: PageContent; caseId: string }) {
  const doc = useMemo(() => segmentArticle(page.article), [page.article]);
  const hintSections = useMemo(() => new Set(page.hintSections), [page.hintSections]);
  const files = stepFiles(caseId);

  // The kinds: with the chooser, or at once when saved marks or results need them.
  const [wantKinds, setWantKinds] = useState(false);
  const kindsFile = useDeferred<KindsJson>(files.kindsJson, wantKinds);
  const types = useMemo(() => kindsFile.data && unpackKinds(kindsFile.data), [kindsFile.data]);
  const typeIds = useMemo(() => types?.map((type) => type.id) ?? null, [types]);

  const { mounted, decoded, data, results, timer, at, ...step } = useSavedStep(
    caseId,
    doc,
    typeIds,
  );
  const marked = step.savedMarks || (mounted && data.marks.length > 0);
  const needKinds = marked || results;
  if (needKinds && !wantKinds) setWantKinds(true);
  // The results' code, the key and their strings: from the first mark on (or saved marks), so
  // they are there by "Check my answers".
  const resultsFile = useResults(files.results, marked);
  const loaded = resultsFile.data;
  const messages = useMemo(
    () => withLoaded(page.messages, kindsFile.data, loaded?.file ?? null),
    [page.messages, kindsFile.data, loaded],
  );
  const t = useMemo(() => translator(messages), [messages]);
  const typeById = useMemo(() => new Map(types?.map((type) => [type.id, type])), [types]);
  const typeName = (id: string) => typeById.get(id)?.name ?? id;
  const shortName = (id: string) => typeById.get(id)?.short ?? id;

  const { notice, clear: clearNotice } = useSavedNotice(step.readable, decoded);
  const [announcement, setAnnouncement] = useState('');
  const [checkError, setCheckError] = useState(false);
  // "Check my answers" was pressed: the check happens once the key is there.
  const [checking, setChecking] = useState(false);
  const [justChecked, setJustChecked] = useState(false);
  const marksHeading = useRef<HTMLHeadingElement>(null);
  const latest = useRef(at);
  latest.current = at;
  const marking = useMarking({
    doc,
    marks: data.marks,
    active: mounted && !results,
    at,
    t,
    typeName,
    announce: setAnnouncement,
    fallbackFocus: marksHeading,
    onMarking: () => {
      setCheckError(false);
      setChecking(false);
    },
  });
  const afterUnit = useHints({
    href: files.hints,
    doc,
    sections: hintSections,
    active: mounted && !results,
    at,
  });
  const words = useMemo(() => articleWords(t, doc), [t, doc]);
  const explanations = useDeferred<ExplanationsJson>(files.explanations, results);
  const score = useMemo(
    () =>
      results && loaded ? loaded.code.scoreStep(data.marks, loaded.passages, data.hints) : null,
    [results, data.marks, data.hints, loaded],
  );

  const check = () => {
    setCheckError(data.marks.length === 0);
    if (data.marks.length === 0) return;
    setChecking(true);
    if (resultsFile.failed) resultsFile.retry();
  };

  useEffect(() => {
    if (!checking || !loaded) return;
    setChecking(false);
    const now = latest.current();
    if (now.data.marks.length === 0) return;
    const { passages: key, code } = loaded;
    const score = store.checkMarks(now, code.scoreStep(now.data.marks, key, now.data.hints));
    // Focus goes to the results heading; the headline is announced too.
    setJustChecked(true);
    setAnnouncement(code.headline(t, score));
  }, [checking, loaded, t]);

  const tryAgain = () => {
    store.tryAgain(caseId);
    timer.restart();
    marking.restart();
    clearNotice();
    setAnnouncement(t('redFlags.cleared'));
  };

  // Saved marks need the kinds' names; saved results the key. Until they are there, the article
  // waits (they load at once, or come from the service worker offline).
  const waitingFor = [
    ...(needKinds && !types ? [kindsFile] : []),
    ...(results && !score ? [resultsFile] : []),
  ];
  const ready = mounted && waitingFor.length === 0;
  const failed = waitingFor.filter((file) => file.failed);

  // The student reaches for the article (a press or focus inside the island): what marking
  // needs next loads now, so it is there by the time they mark.
  const reach = () => {
    warm(loadChooser);
    warm(warmInput);
    setWantKinds(true);
  };

  return (
    <StringsProvider messages={messages}>
      <div className="rf" onPointerDownCapture={reach} onFocusCapture={reach}>
        <SavedNotice notice={notice} onDismiss={clearNotice} />
        {ready && loaded && score && (
          <Suspense>
            <loaded.code.default
              words={words}
              passages={loaded.passages}
              typeName={typeName}
              data={data}
              score={score}
              seconds={step.savedSeconds}
              focus={justChecked}
              answersHref={files.answers}
              explanations={explanations}
              onReveal={() => store.revealMissed(at())}
              onKeepMarking={() => {
                marking.focusSentence();
                setJustChecked(false);
                store.keepMarking(at());
              }}
              onTryAgain={tryAgain}
            />
          </Suspense>
        )}
        {mounted && (
          <div className="specimen-label" role="note">
            <p>
              <strong>{t('article.specimenLabel')}.</strong> {t('article.specimenText')}
            </p>
          </div>
        )}
        {ready && loaded && score && <loaded.code.Legend />}
        {ready ? (
          <ArticleView
            doc={doc}
            label={results ? t('redFlags.articleResultsLabel') : t('redFlags.articleLabel')}
            highlights={
              loaded && score
                ? loaded.code.resultHighlights({
                    marks: data.marks,
                    passages: loaded.passages,
                    score,
                    revealed: data.revealed === true,
                    shortName,
                    t,
                  })
                : markHighlights(data.marks, shortName, t('redFlags.markedAs'))
            }
            interactive={!results}
            focusIndex={marking.focusIndex}
            afterUnit={afterUnit}
            rootRef={marking.articleRef}
            {...marking.handlers}
          />
        ) : failed.length > 0 ? (
          <LoadFailed
            message={results ? t('redFlags.resultsFailed') : t('redFlags.kindsFailed')}
            retry={t('redFlags.loadRetry')}
            onRetry={() => failed.forEach((file) => file.retry())}
          />
        ) : (
          <p className="rf-loading muted">{t('redFlags.loading')}</p>
        )}
        {ready && !results && (
          <MarksList
            doc={doc}
            marks={data.marks}
            typeName={typeName}
            headingRef={marksHeading}
            checkError={checkError}
            {...(checking ? { checking: resultsFile.failed ? 'failed' : 'loading' } : {})}
            onChange={(mark, button) => marking.openEdit(mark.start, button)}
            onRemove={marking.remove}
            onCheck={check}
            onRetry={resultsFile.retry}
          />
        )}
        {marking.pendingPhrase && (
          <div className="rf-selbar">
            <button type="button" className="button" onClick={marking.markSelection}>
              {t('redFlags.markSelection')}
            </button>
          </div>
        )}
        {marking.chooser &&
          (types ? (
            <Suspense>
              <TypeChooser key={marking.chooserKey} types={types} {...marking.chooser} />
            </Suspense>
          ) : (
            kindsFile.failed && (
              <div className="rf-selbar">
                <LoadFailed
                  message={t('redFlags.kindsFailed')}
                  retry={t('redFlags.loadRetry')}
                  onRetry={kindsFile.retry}
                  onCancel={marking.chooser.onCancel}
                  cancel={t('redFlags.cancel')}
                  focus
                />
              </div>
            )
          ))}
        <p className="visually-hidden" role="status" aria-live="polite">
          {announcement}
        </p>
      </div>
    </StringsProvider>
  );
}

/** A file the island needs could not load: say so, and offer to try again. */
function LoadFailed(props: {
  message: string;
  retry: string;
  onRetry: () => void;
  cancel?: string;
  onCancel?: () => void;
  /** Focus "try again" when shown (the student was about to name a mark: focus was there). */
  focus?: boolean;
}) {
  return (
    <div className="notice notice--warn rf-failed" role="alert">
      <p>{props.message}</p>
      <div className="button-row">
        <button
          type="button"
          className="button button--secondary"
          autoFocus={props.focus}
          onClick={props.onRetry}
        >
          {props.retry}
        </button>
        {props.onCancel && (
          <button type="button" className="button button--quiet" onClick={props.onCancel}>
            {props.cancel}
          </button>
        )}
      </div>
    </div>
  );
}
