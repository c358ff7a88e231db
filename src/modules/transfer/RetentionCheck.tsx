/**
 * The retention check (issue 16): form C, a week or more after the lesson. Before seven calendar
 * days it says when it opens; then the student rates form C's 12 posts (the test's own form and
 * scale), and sees the result beside the warm-up and the second look, and every post explained.
 * "The lesson" is when the second look's posts were submitted (src/core/retention.ts).
 */
import { useEffect, useRef } from 'react';
import { checkState } from '../../core/retention';
import { TRANSFER_MODULE, transferOf } from '../../core/transfer-progress';
import { ignoreRestOfDoubleClick } from '../../ui/double-click-guard';
import { StringsProvider, useT } from '../../ui/strings';
import { useCaseProgress } from '../../ui/use-case-progress';
import { useModuleTime } from '../../ui/use-module-time';
import { submitTest } from './store';
import CheckResults from './parts/CheckResults';
import TestForm from './parts/TestForm';
import type { RetentionMessages, RetentionProps } from './view-types';

export default function RetentionCheck(props: RetentionProps) {
  return (
    <StringsProvider messages={props.messages}>
      <Check {...props} />
    </StringsProvider>
  );
}

function Check(props: RetentionProps) {
  const { caseId, locale } = props;
  const t = useT<RetentionMessages>();
  const { mounted, caseProgress } = useCaseProgress(caseId);
  const data = mounted ? transferOf(caseProgress) : null;
  const answers = data?.check;
  const done = answers?.completedAt !== undefined;
  const headingRef = useRef<HTMLHeadingElement>(null);
  const justDone = useRef(false);
  const state = checkState(data?.after?.completedAt, Date.now());
  useModuleTime(caseId, TRANSFER_MODULE, mounted && state.kind === 'open' && !done);

  useEffect(() => {
    if (justDone.current) headingRef.current?.focus();
    justDone.current = false;
  }, [done]);

  const date = (ms: number) =>
    new Date(ms).toLocaleDateString(locale, { weekday: 'long', day: 'numeric', month: 'long' });

  if (!mounted) return <p className="muted">{t('retention.page.loading')}</p>;
  if (data && done)
    return (
      <CheckResults
        data={data}
        answersUrl={props.answersUrl}
        headingRef={headingRef}
        summaryUrl={props.summaryUrl}
      />
    );
  if (state.kind === 'no-lesson')
    return (
      <div className="notice notice--warn">
        <p>{t('retention.page.noLesson')}</p>
        <p>
          <a href={props.caseUrl}>{t('retention.page.lessonLink')}</a>
        </p>
      </div>
    );
  if (state.kind === 'ahead')
    return (
      <p className="notice notice--warn" role="status">
        {t('retention.page.ahead', { date: date(state.lessonMs) })}
      </p>
    );
  if (state.kind === 'wait')
    return (
      <div className="notice" role="status">
        <p>{t('retention.page.wait', { date: date(state.opensMs) })}</p>
        <p className="muted">{t('retention.page.days', { n: state.days })}</p>
      </div>
    );
  return (
    <>
      <p className="muted">{t('retention.page.days', { n: state.days })}</p>
      <TestForm
        caseId={caseId}
        phase="check"
        posts={props.posts}
        ratings={answers?.ratings ?? {}}
        headingRef={headingRef}
        showNoWarmUp={false}
        onSubmit={() => {
          justDone.current = true;
          ignoreRestOfDoubleClick();
          submitTest(caseId, 'check');
        }}
      />
    </>
  );
}
