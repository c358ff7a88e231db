/**
 * The result screen's picture: right answers out of 12 on the new posts, the warm-up above the
 * second look. Plain inline SVG (no library); positions are percentages and text is never
 * scaled, so it reads the same from a 360 px phone to print. The text alternative says every
 * number the bars show.
 */
import { useId } from 'react';
import { useT } from '../../../ui/strings';
import type { TestSummary } from '../../transfer/report';
import type { ResultMessages } from '../view-types';

const LINE = 20;
const BAR = 22;
const GAP = 14;

export default function ResultChart({
  before,
  after,
}: {
  before: TestSummary | null;
  after: TestSummary;
}) {
  const t = useT<ResultMessages>();
  const id = useId();
  const rows = [
    ...(before ? [{ key: 'before', label: t('lessonResult.warmUp'), s: before }] : []),
    { key: 'after', label: t('lessonResult.secondLook'), s: after },
  ].map((r) => ({
    ...r,
    text: t('lessonResult.chartRow', { label: r.label, right: r.s.right, total: r.s.total }),
  }));
  const row = LINE + 4 + BAR + GAP;
  const title = t('lessonResult.chartTitle', { total: after.total });
  return (
    <figure className="result-chart">
      <figcaption id={`${id}-title`}>{title}</figcaption>
      <svg
        width="100%"
        height={rows.length * row - GAP + 2}
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
      >
        <desc id={`${id}-desc`}>{rows.map((r) => r.text).join('; ')}</desc>
        {rows.map((r, i) => {
          const y = i * row;
          return (
            <g key={r.key} className={`result-chart__row result-chart__row--${r.key}`}>
              <text x="0" y={y + LINE - 5}>
                {r.text}
              </text>
              <rect
                className="result-chart__track"
                x="0"
                y={y + LINE + 4}
                width="100%"
                height={BAR}
                rx="4"
              />
              {r.s.right > 0 && (
                <rect
                  className="result-chart__bar"
                  x="0"
                  y={y + LINE + 4}
                  width={`${(100 * r.s.right) / r.s.total}%`}
                  height={BAR}
                  rx="4"
                />
              )}
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
