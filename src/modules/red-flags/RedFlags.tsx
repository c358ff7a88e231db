/**
 * "Spot the red flags": mark passages in the article (click, drag, tap, or the keyboard),
 * name each red flag, take hints, then check the marks against the answer key.
 *
 * The marks live in saved progress (module `red-flags`), changed only through ./store.ts; the
 * marking input is ./use-marking.ts; all matching and scoring is pure code in ./scoring.ts.
 * The article comes once, as props (packed: ./packed.ts), and is drawn after hydration with the saved marks; hints
 * and explanations load when needed (src/ui/deferred.tsx).
 */
import { Suspense, lazy, useMemo, useRef, useState } from 'react';
import { segmentArticle } from '../../core/marking-doc';
import { useDeferred } from '../../ui/deferred';
import { StringsProvider, useT } from '../../ui/strings';
import { highlightsOf } from './highlights';
import ArticleView from './parts/ArticleView';
import Legend from './parts/Legend';
import MarksList from './parts/MarksList';
import { unpackContent } from './packed';
import SavedNotice, { useSavedNotice } from './parts/SavedNotice';
import { scoreMarks } from './scoring';
import * as store from './store';
import { useHints } from './use-hints';
import { useMarking } from './use-marking';
import { useSavedStep } from './use-saved-step';
import { articleWords } from './place';
import type { ExplanationsJson, RedFlagsMessages, RedFlagsProps } from './view-types';

// What only shows after the student acts loads then, not on the first visit: the results when
// they first show, the type chooser as soon as the student first reaches for
// the article (a press or focus inside the island), so it is there by the time it opens.
const Results = lazy(() => import('./parts/Results'));
const loadChooser = () => import('./parts/TypeChooser');
const TypeChooser = lazy(loadChooser);
const warmChooser = () => void loadChooser().catch(() => undefined);

export default function RedFlags({ messages, ...props }: RedFlagsProps) {
  return (
    <StringsProvider messages={messages}>
      <Step {...props} />
    </StringsProvider>
  );
}

function Step(props: Omit<RedFlagsProps, 'messages'>) {
  const { caseId } = props;
  const { article, types, passages } = useMemo(() => unpackContent(props.content), [props.content]);
  const t = useT<RedFlagsMessages>();
  const doc = useMemo(() => segmentArticle(article), [article]);
  const typeIds = useMemo(() => types.map((type) => type.id), [types]);
  const typeById = useMemo(() => new Map(types.map((type) => [type.id, type])), [types]);
  const typeName = (id: string) => typeById.get(id)?.name ?? id;

  const { mounted, decoded, data, results, timer, at, ...step } = useSavedStep(
    caseId,
    doc,
    typeIds,
  );

  const { notice, clear: clearNotice } = useSavedNotice(mounted, decoded);
  const [announcement, setAnnouncement] = useState('');
  const [checkError, setCheckError] = useState(false);
  const [justChecked, setJustChecked] = useState(false);
  const marksHeading = useRef<HTMLHeadingElement>(null);
  const marking = useMarking({
    doc,
    marks: data.marks,
    active: mounted && !results,
    at,
    t,
    typeName,
    announce: setAnnouncement,
    fallbackFocus: marksHeading,
    onMarking: () => setCheckError(false),
  });
  const afterUnit = useHints({
    href: props.hintsHref,
    doc,
    passages,
    active: mounted && !results,
    at,
  });
  const explanations = useDeferred<ExplanationsJson>(props.explanationsHref, results);
  const words = useMemo(() => articleWords(t, doc), [t, doc]);
  const score = useMemo(
    () => scoreMarks(data.marks, passages, data.hints),
    [data.marks, data.hints, passages],
  );

  const check = () => {
    setCheckError(data.marks.length === 0);
    if (data.marks.length === 0) return;
    const { found, full, partial, spotted } = store.checkMarks(at(), passages);
    // Focus goes to the results heading; what was found is announced too.
    setJustChecked(true);
    setAnnouncement(
      t('redFlags.summaryFound', { found, total: passages.length, full, partial, spotted }),
    );
  };

  const tryAgain = () => {
    store.tryAgain(caseId);
    timer.restart();
    marking.restart();
    clearNotice();
    setAnnouncement(t('redFlags.cleared'));
  };

  return (
    <div className="rf" onPointerDownCapture={warmChooser} onFocusCapture={warmChooser}>
      <SavedNotice notice={notice} onDismiss={clearNotice} />
      {results && (
        <Suspense>
          <Results
            words={words}
            passages={passages}
            typeName={typeName}
            data={data}
            score={score}
            seconds={step.savedSeconds}
            focus={justChecked}
            answersHref={props.answersHref}
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
      {results && <Legend />}
      {mounted ? (
        <ArticleView
          doc={doc}
          label={results ? t('redFlags.articleResultsLabel') : t('redFlags.articleLabel')}
          highlights={highlightsOf({
            marks: data.marks,
            passages,
            results: results ? { score, revealed: data.revealed === true } : null,
            shortName: (id) => typeById.get(id)?.short ?? id,
            t,
          })}
          interactive={!results}
          focusIndex={marking.focusIndex}
          afterUnit={afterUnit}
          rootRef={marking.articleRef}
          {...marking.handlers}
        />
      ) : (
        <p className="rf-loading muted">{t('redFlags.loading')}</p>
      )}
      {mounted && !results && (
        <MarksList
          doc={doc}
          marks={data.marks}
          typeName={typeName}
          headingRef={marksHeading}
          checkError={checkError}
          onChange={(mark, button) => marking.openEdit(mark.start, button)}
          onRemove={marking.remove}
          onCheck={check}
        />
      )}
      {marking.pendingPhrase && (
        <div className="rf-selbar">
          <button type="button" className="button" onClick={marking.markSelection}>
            {t('redFlags.markSelection')}
          </button>
        </div>
      )}
      {marking.chooser && (
        <Suspense>
          <TypeChooser key={marking.chooserKey} types={types} {...marking.chooser} />
        </Suspense>
      )}
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
