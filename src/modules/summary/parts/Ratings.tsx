/** The student's believability and discernment before and after, and their time. */
import type { CompletionRecord } from '../../../core/completion-code';
import { formatGap } from '../../../core/discernment';
import { useT } from '../../../ui/strings';
import type { TestSummary } from '../../transfer/report';
import type { Messages } from '../view-types';

const gap = (g: number | null) => (g === null ? '—' : formatGap(g));
const rating = (r: number | null) => (r === null ? '—' : String(r));

interface Props {
  record: CompletionRecord;
  /** The before/after test's results, when the student took it. */
  tests: { before: TestSummary | null; after: TestSummary | null };
}

export default function Ratings({ record, tests }: Props) {
  const t = useT<Messages>();
  return (
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
            <tr>
              <th scope="row">{t('summary.believability')}</th>
              <td>{rating(record.believabilityBefore)}</td>
              <td>{rating(record.believabilityAfter)}</td>
            </tr>
            <tr>
              <th scope="row">{t('summary.discernment')}</th>
              <td>{gap(record.discernmentBefore)}</td>
              <td>{gap(record.discernmentAfter)}</td>
            </tr>
            <tr>
              <th scope="row">{t('summary.testRight')}</th>
              <td>{tests.before ? tests.before.right : '—'}</td>
              <td>{tests.after ? tests.after.right : '—'}</td>
            </tr>
            <tr>
              <th scope="row">{t('summary.testLean')}</th>
              <td>{tests.before ? t(`summary.lean.${tests.before.score.bias}`) : '—'}</td>
              <td>{tests.after ? t(`summary.lean.${tests.after.score.bias}`) : '—'}</td>
            </tr>
          </tbody>
        </table>
      </div>
      <p>{t('summary.time', { minutes: record.minutes })}</p>
    </>
  );
}
