/** Each claim, checked: the verdict, why, the student's ratings before and after, the sources. */
import type { Impressions } from '../../../core/progress';
import { useT } from '../../../ui/strings';
import type { CheckedClaimView, SecondMessages } from '../view-types';
import { num } from './format';

interface Props {
  claims: CheckedClaimView[];
  /** The submitted first impressions, if any. */
  before: Impressions | undefined;
  after: Impressions | undefined;
}

export default function ClaimResults({ claims, before, after }: Props) {
  const t = useT<SecondMessages>();
  return (
    <ol className="claim-results">
      {claims.map((c) => (
        <li key={c.id} className="card">
          <p>
            <strong>{c.text}</strong>
          </p>
          <p className="verdict" data-verdict={c.accurate ? 'yes' : 'no'}>
            <span aria-hidden="true">{c.accurate ? '✓' : '✗'}</span>{' '}
            {c.accurate ? t('results.supported') : t('results.notSupported')}
          </p>
          <p>{c.explanation}</p>
          <p className="muted">
            {t('results.yourRatings', {
              before: num(t, before?.claims[c.id]),
              after: num(t, after?.claims[c.id]),
            })}
          </p>
          {c.sources.length > 0 && (
            <p className="muted">
              {t('results.sources')}{' '}
              {c.sources.map((s, i) => (
                <span key={s.id}>
                  {i > 0 && '; '}
                  <a href={s.url} target="_blank" rel="noopener noreferrer">
                    {s.title}
                    <span className="visually-hidden"> {t('sources.newTab')}</span>
                  </a>{' '}
                  ({s.publisher})
                </span>
              ))}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
