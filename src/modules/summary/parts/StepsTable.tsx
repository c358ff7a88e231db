/** Each step the student had to do, with its status (and score, once done). */
import type { CompletionRecord } from '../../../core/completion-code';
import type { CaseProgress } from '../../../core/progress';
import { stepStatus } from '../../../core/step-status';
import type { StepKind } from '../../../core/steps';
import { useT } from '../../../ui/strings';
import type { Messages } from '../view-types';

interface Props {
  order: readonly StepKind[];
  progress: CaseProgress;
  record: CompletionRecord;
  base: string;
  title: (id: StepKind) => string;
}

export default function StepsTable({ order, progress, record, base, title }: Props) {
  const t = useT<Messages>();
  const status = (id: StepKind) => {
    const { state } = stepStatus(progress, id);
    const { percent } = record.steps[id];
    if (state === 'done' && percent !== null) return t('overview.status.doneScore', { percent });
    if (state === 'done') return t('overview.status.done');
    if (state === 'in-progress') return t('overview.status.in-progress');
    return t('overview.status.not-started');
  };
  return (
    <>
      <h2>{t('summary.stepsHeading')}</h2>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('summary.step')}</th>
              <th scope="col">{t('summary.status')}</th>
            </tr>
          </thead>
          <tbody>
            {order.map((id) => (
              <tr key={id}>
                <th scope="row">
                  <a href={`${base}${id}/`}>{title(id)}</a>
                </th>
                <td>{status(id)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
