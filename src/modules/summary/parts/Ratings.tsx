/** The student's believability and discernment before and after, and their time. */
import type { CompletionRecord } from '../../../core/completion-code';
import { formatGap } from '../../../core/discernment';
import { useT } from '../../../ui/strings';
import type { Messages } from '../view-types';

const gap = (g: number | null) => (g === null ? '—' : formatGap(g));
const rating = (r: number | null) => (r === null ? '—' : String(r));

export default function Ratings({ record }: { record: CompletionRecord }) {
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
          </tbody>
        </table>
      </div>
      <p>{t('summary.time', { minutes: record.minutes })}</p>
    </>
  );
}
