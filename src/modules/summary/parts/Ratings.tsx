/** The student's believability and discernment before and after, and their time. */
import type { ReactNode } from 'react';
import type { CompletionRecord } from '../../../core/completion-code';
import { formatGap } from '../../../core/discernment';
import type { StepKind } from '../../../core/steps';
import { useT } from '../../../ui/strings';
import type { TestSummary } from '../../transfer/report';
import type { Messages } from '../view-types';

interface Props {
  record: CompletionRecord;
  /** The before/after test's results, when the student took it. */
  tests: { before: TestSummary | null; after: TestSummary | null };
  /** The steps of the lesson or of the assignment: a row shows only what they measure. */
  order: readonly StepKind[];
}

interface Row {
  label: string;
  /** The steps whose answers give the "before" and the "after" value. */
  steps: [StepKind, StepKind];
  values: [ReactNode | null, ReactNode | null];
}

export default function Ratings({ record, tests, order }: Props) {
  const t = useT<Messages>();
  const lean = (s: TestSummary | null) => (s ? t(`summary.lean.${s.score.bias}`) : null);
  const rows: Row[] = [
    {
      label: t('summary.believability'),
      steps: ['first-impressions', 'second-look'],
      values: [record.believabilityBefore, record.believabilityAfter],
    },
    {
      label: t('summary.discernment'),
      steps: ['first-impressions', 'second-look'],
      values: [
        record.discernmentBefore === null ? null : formatGap(record.discernmentBefore),
        record.discernmentAfter === null ? null : formatGap(record.discernmentAfter),
      ],
    },
    {
      label: t('summary.testRight'),
      steps: ['warm-up', 'second-look'],
      values: [tests.before?.right ?? null, tests.after?.right ?? null],
    },
    {
      label: t('summary.testLean'),
      steps: ['warm-up', 'second-look'],
      values: [lean(tests.before), lean(tests.after)],
    },
  ];
  // An assignment without these steps does not measure these rows: they are left out, and a
  // side whose step was not assigned says so instead of a bare dash.
  const shown = rows.filter((r) => r.steps.some((s) => order.includes(s)));
  const cell = (r: Row, i: 0 | 1) =>
    r.values[i] ?? (order.includes(r.steps[i]) ? '—' : t('summary.notAssigned'));
  return (
    <>
      {shown.length > 0 && (
        <>
          <h2>{t('summary.ratingsHeading')}</h2>
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <td />
                  <th scope="col">{t('summary.before')}</th>
                  <th scope="col">{t('summary.after')}</th>
                </tr>
              </thead>
              <tbody>
                {shown.map((r) => (
                  <tr key={r.label}>
                    <th scope="row">{r.label}</th>
                    <td>{cell(r, 0)}</td>
                    <td>{cell(r, 1)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <p>{t('summary.time', { minutes: record.minutes })}</p>
    </>
  );
}
