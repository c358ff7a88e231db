/**
 * The tests side by side: for each, how many posts were judged right and how many were called
 * accurate (beside how many are), as bars with their numbers in words. The before/after results
 * and the check a week later show the same table.
 */
import { useT } from '../../../ui/strings';
import type { TestSummary } from '../report';
import type { TransferMessages } from '../view-types';
import Bar from './Bar';

export interface ChartRow {
  key: string;
  label: string;
  s: TestSummary;
}

export default function ResultsChart({ caption, rows }: { caption: string; rows: ChartRow[] }) {
  const t = useT<TransferMessages>();
  const first = rows[0]?.s;
  if (!first) return null;
  return (
    <div className="table-wrap">
      <table className="transfer-chart">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('transfer.chartTest')}</th>
            <th scope="col">{t('transfer.chartRight', { total: first.total })}</th>
            <th scope="col">
              {t('transfer.chartCalledAccurate', { total: first.total, accurate: first.accurate })}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ key, label, s }) => (
            <tr key={key} data-row={key}>
              <th scope="row">{label}</th>
              <td>
                <Bar value={s.right} max={s.total} label={t('transfer.right', { n: s.right })} />
              </td>
              <td>
                <Bar
                  value={s.calledAccurate}
                  max={s.total}
                  mark={s.accurate}
                  label={t('transfer.calledAccurate', { n: s.calledAccurate })}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
