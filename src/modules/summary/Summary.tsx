/**
 * The results page: per-step results, before/after ratings, the student's name and their
 * completion code, and their written answers for print. It reads saved progress and changes
 * only the student's name (through src/stores/student.ts).
 */
import { useId } from 'react';
import { useStore } from '@nanostores/react';
import { summarize } from '../../core/completion';
import { encodeCompletion, fitName } from '../../core/completion-code';
import { lessonOrder } from '../../core/lesson';
import { transferOf } from '../../core/transfer-progress';
import type { StepKind } from '../../core/steps';
import { $assignment } from '../../stores/assignment';
import { $studentName } from '../../stores/student';
import { StringsProvider, useT } from '../../ui/strings';
import { useCaseProgress } from '../../ui/use-case-progress';
import { summarizeTest } from '../transfer/report';
import { writtenAnswers } from './answers';
import CheckOffer from './parts/CheckOffer';
import CodeCard from './parts/CodeCard';
import Ratings from './parts/Ratings';
import StepsTable from './parts/StepsTable';
import WrittenAnswers from './parts/WrittenAnswers';
import type { Messages, SummaryProps } from './view-types';

export default function Summary({ messages, ...props }: SummaryProps) {
  return (
    <StringsProvider messages={messages}>
      <SummaryBody {...props} />
    </StringsProvider>
  );
}

function SummaryBody({
  caseId,
  caseCode,
  base,
  steps,
  claims,
  test,
  check,
  locale,
  experts,
}: Omit<SummaryProps, 'messages'>) {
  const t = useT<Messages>();
  const uid = useId();
  const { mounted, caseProgress } = useCaseProgress(caseId);
  const active = useStore($assignment);
  const savedName = useStore($studentName);
  // Saved state exists only in the browser: the first render matches the server's HTML.
  const assignment = mounted && active?.caseId === caseId ? active : null;
  const name = mounted ? savedName : '';

  const order = lessonOrder(
    caseId,
    steps.map((s) => s.id),
    assignment,
  );
  const { record, remaining } = summarize({
    caseCode,
    claims,
    order,
    progress: caseProgress,
    assignment,
    name,
    testForms: test.forms,
    checkForm: check.form,
  });
  const tests = {
    before: record.test?.before ? summarizeTest(test.truth, record.test.before) : null,
    after: record.test?.after ? summarizeTest(test.truth, record.test.after) : null,
  };
  const code = remaining.length === 0 && fitName(name) !== '' ? encodeCompletion(record) : null;
  const title = (id: StepKind) => steps.find((s) => s.id === id)?.title ?? id;
  const answers = writtenAnswers(caseProgress, experts, {
    firstReason: t('summary.firstReason'),
    secondReason: t('summary.secondReason'),
    expertsCheck: (card) => t('summary.expertsCheck', { card }),
    expertsVerdict: (card) => t('summary.expertsVerdict', { card }),
  });

  return (
    <div className="summary">
      <StepsTable order={order} progress={caseProgress} record={record} base={base} title={title} />
      <Ratings record={record} tests={tests} order={order} />
      <CheckOffer data={transferOf(caseProgress)} checkUrl={check.url} locale={locale} />
      {remaining.length > 0 ? (
        <section className="notice notice--warn" aria-labelledby={`${uid}-left`}>
          <h2 id={`${uid}-left`}>{t('summary.notDoneHeading')}</h2>
          <p>{t('summary.notDone')}</p>
          <ul>
            {remaining.map((id) => (
              <li key={id}>
                <a href={`${base}${id}/`}>{title(id)}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <CodeCard name={name} code={code} />
      )}
      <WrittenAnswers answers={answers} />
    </div>
  );
}
