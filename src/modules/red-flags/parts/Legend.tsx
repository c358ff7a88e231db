/** What the colours in the article mean, once the results show (loaded with them). */
import { useT } from '../../../ui/strings';
import { LEGEND, type Tone } from './result-highlights';
import type { RedFlagsMessages } from '../view-types';

export default function Legend() {
  const t = useT<RedFlagsMessages>();
  return (
    <div className="rf-legend">
      <h3>{t('redFlags.legendHeading')}</h3>
      <ul>
        {(Object.keys(LEGEND) as Tone[]).map((tone) => (
          <li key={tone}>
            <mark className={`rf-hl rf-hl--${tone}`}>{t(LEGEND[tone])}</mark>
          </li>
        ))}
      </ul>
    </div>
  );
}
