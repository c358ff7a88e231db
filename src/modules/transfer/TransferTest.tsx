/**
 * The before/after test (issue #12): 12 posts rated on a six-point scale, in the warm-up
 * (`before`) and again, with the other form, in the second look (`after`). Which form comes first
 * is drawn once per student (./store.ts). Ratings save on every choice. After the second test the
 * island loads the answers file and shows both results and every post explained.
 */
import { Suspense, lazy, useEffect, useRef } from 'react';
import { useCaseProgress } from '../../ui/use-case-progress';
import { useModuleTime } from '../../ui/use-module-time';
import { StringsProvider } from '../../ui/strings';
import { TRANSFER_MODULE, formOf, transferOf } from '../../core/transfer-progress';
import { drawForms, reopenTest, submitTest } from './store';
import type { TransferProps } from './view-types';
import TestForm from './parts/TestForm';
import BeforeSaved from './parts/BeforeSaved';
import { ignoreRestOfDoubleClick } from '../../ui/double-click-guard';

// The results (and every post explained) show only once the second test is submitted: their
// code loads then, so neither the warm-up nor the second look carries it on its first visit.
const TestResults = lazy(() => import('./parts/TestResults'));

export default function TransferTest(props: TransferProps) {
  return (
    <StringsProvider messages={props.messages}>
      <Test {...props} />
    </StringsProvider>
  );
}

function Test(props: TransferProps) {
  const { caseId, phase } = props;
  const { mounted, caseProgress } = useCaseProgress(caseId);
  const data = mounted ? transferOf(caseProgress) : null;
  const answers = data?.[phase];
  const done = answers?.completedAt !== undefined;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const justChanged = useRef(false);
  useModuleTime(caseId, TRANSFER_MODULE, mounted && !done);

  // The order is drawn on the first visit and kept, so a reload shows the same posts.
  useEffect(() => {
    if (mounted && !data) drawForms(caseId);
  }, [mounted, data, caseId]);

  // After submitting or reopening, focus goes to the heading of what replaced the form (the
  // results' heading once their code has loaded: they call `shown`).
  useEffect(() => {
    if (justChanged.current && headingRef.current) {
      headingRef.current.focus();
      justChanged.current = false;
    }
  }, [done]);
  const shown = () => {
    if (justChanged.current) headingRef.current?.focus();
    justChanged.current = false;
  };

  // Which form this student sees is known only once the saved state is read: nothing before
  // that, so no student sees the other form's posts flash by (and the page's HTML stays small).
  if (!data) return <p className="muted">{props.messages.transfer.loadingPosts}</p>;
  const posts = props.forms[formOf(data.order, phase)];
  const afterDone = data?.after?.completedAt !== undefined;

  if (done && phase === 'before')
    return (
      <BeforeSaved
        headingRef={headingRef}
        // Once the answers have been seen, the warm-up answers are final.
        onChange={
          afterDone
            ? undefined
            : () => {
                justChanged.current = true;
                ignoreRestOfDoubleClick();
                reopenTest(caseId, 'before');
              }
        }
      />
    );
  if (done && props.answersUrl)
    return (
      <Suspense fallback={<p className="muted">{props.messages.transfer.loading}</p>}>
        <TestResults
          data={data}
          answersUrl={props.answersUrl}
          headingRef={headingRef}
          onShown={shown}
        />
      </Suspense>
    );
  return (
    <TestForm
      caseId={caseId}
      phase={phase}
      posts={posts}
      ratings={answers?.ratings ?? {}}
      headingRef={headingRef}
      showNoWarmUp={phase === 'after' && mounted && data?.before?.completedAt === undefined}
      onSubmit={() => {
        justChanged.current = true;
        ignoreRestOfDoubleClick();
        submitTest(caseId, phase);
      }}
    />
  );
}
