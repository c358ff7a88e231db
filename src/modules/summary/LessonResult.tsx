/**
 * The second look's result screen (issue #14): once the article's second look is submitted, what
 * the student found across the lesson, what changed (the before/after test and the six claims),
 * a picture of it, and praise that matches the result (./lesson-result.ts). It sits above the
 * second look's detailed results and takes the focus when the student submits (the form moves
 * it here too, whichever island draws first). It reads saved progress and changes nothing.
 *
 * Only the heading is in the page's first load: the body's code and its data file
 * (`result.json`, strings included) come once the lesson is done, so the page stays in budget.
 */
import { Suspense, lazy, useEffect, useRef } from 'react';
import { StringsProvider, useT } from '../../ui/strings';
import { useCaseProgress } from '../../ui/use-case-progress';
import type { LessonResultProps, ResultShellMessages } from './view-types';

const ResultBody = lazy(() => import('./parts/ResultBody'));

export default function LessonResult({ messages, ...props }: LessonResultProps) {
  return (
    <StringsProvider messages={messages}>
      <Result {...props} />
    </StringsProvider>
  );
}

function Result({ caseId, resultUrl, answersUrl, headingId }: Omit<LessonResultProps, 'messages'>) {
  const t = useT<ResultShellMessages>();
  const { mounted, caseProgress } = useCaseProgress(caseId);
  const done = mounted && caseProgress.secondLook?.completedAt !== undefined;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const wasDone = useRef<boolean | null>(null);

  // Focus comes here when the student submits the second look on this page (not on a reload).
  useEffect(() => {
    if (!mounted) return;
    if (wasDone.current === false && done) headingRef.current?.focus();
    wasDone.current = done;
  }, [mounted, done]);

  if (!done) return null;
  const loading = <p className="muted">{t('lessonResult.loading')}</p>;
  return (
    <section className="lesson-result" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {t('lessonResult.heading')}
      </h2>
      <Suspense fallback={loading}>
        <ResultBody
          caseProgress={caseProgress}
          resultUrl={resultUrl}
          answersUrl={answersUrl}
          loading={loading}
          failed={t('lessonResult.failed')}
          retry={t('lessonResult.retry')}
        />
      </Suspense>
    </section>
  );
}
