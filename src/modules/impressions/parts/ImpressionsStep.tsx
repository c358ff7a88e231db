/**
 * First impressions and second look: the same questions before and after the lesson.
 * Answers save as drafts on every change (../store.ts); submitting marks the step done. What
 * replaces the form once done is the island's own (../FirstImpressions.tsx offers the next
 * step, ../SecondLook.tsx shows the results), so neither page ships the other's code.
 */
import { useEffect, useRef, type ReactNode, type RefObject } from 'react';
import type { CaseProgress } from '../../../core/progress';
import { useCaseProgress } from '../../../ui/use-case-progress';
import { useT } from '../../../ui/strings';
import { ignoreRestOfDoubleClick } from '../../../ui/double-click-guard';
import { completeImpressions, reopenImpressions, type ImpressionsStep as StepKey } from '../store';
import type { FormMessages, ImpressionsProps } from '../view-types';
import ImpressionsForm from './ImpressionsForm';

/** What the island shows in place of the form once the step is done. */
export interface Done {
  caseProgress: CaseProgress;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onChange: () => void;
}

export default function ImpressionsStep(
  props: ImpressionsProps & { done: (done: Done) => ReactNode },
) {
  const { caseId, mode } = props;
  const t = useT<FormMessages>();
  // Saved answers exist only in the browser: the empty form first, so the server's HTML and
  // the first render agree, then what was saved.
  const { caseProgress, mounted } = useCaseProgress(caseId);
  const step: StepKey = mode === 'first' ? 'firstImpressions' : 'secondLook';
  const answers = caseProgress[step] ?? { claims: {} };
  const done = answers.completedAt !== undefined;
  const doneRef = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLHeadingElement>(null);
  const justChanged = useRef<'submitted' | 'reopened' | null>(null);

  // After submitting or reopening, focus goes to the heading of what replaced the form, or to
  // the result screen above it. That screen is another island that may draw after this one: it
  // focuses its heading itself when it appears.
  const doneFocusId = props.mode === 'second' ? props.doneFocusId : undefined;
  useEffect(() => {
    if (justChanged.current === 'submitted')
      ((doneFocusId && document.getElementById(doneFocusId)) || doneRef.current)?.focus();
    if (justChanged.current === 'reopened') formRef.current?.focus();
    justChanged.current = null;
  }, [done, doneFocusId]);

  const submit = () => {
    justChanged.current = 'submitted';
    ignoreRestOfDoubleClick();
    completeImpressions(caseId, step);
  };
  const reopen = () => {
    justChanged.current = 'reopened';
    ignoreRestOfDoubleClick();
    reopenImpressions(caseId, step);
  };

  if (done) return props.done({ caseProgress, headingRef: doneRef, onChange: reopen });
  // Said only while it is true (after the saved answers are read), not to everyone.
  const firstMissing =
    mounted &&
    props.mode === 'second' &&
    props.firstUrl !== undefined &&
    caseProgress.firstImpressions?.completedAt === undefined;
  return (
    <>
      {firstMissing && (
        <p className="notice">
          {t('impressions.secondNote')} <a href={props.firstUrl}>{t('impressions.goFirst')}</a>
        </p>
      )}
      <ImpressionsForm
        caseId={caseId}
        step={step}
        answers={answers}
        claims={props.claims}
        submitLabel={
          mode === 'first' ? t('impressions.submitFirst') : t('impressions.submitSecond')
        }
        onSubmit={submit}
        headingRef={formRef}
        {...(props.mode === 'first' ? { headingId: props.headingId } : {})}
      />
    </>
  );
}
