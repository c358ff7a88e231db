/**
 * Each claim, checked: the verdict, why, the student's ratings before and after, the sources.
 * As with the posts, a claim the student judged rightly is one line (opened on request) and one
 * they missed is open: the screen shows what there is to learn, not a wall of text.
 */
import { useRef } from 'react';
import { judgedRightly } from '../../../core/discernment';
import type { Impressions } from '../../../core/progress';
import { useT } from '../../../ui/strings';
import { useOpenForPrint } from '../../../ui/use-open-for-print';
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
  const ref = useRef<HTMLOListElement>(null);
  useOpenForPrint(ref);
  return (
    <ol className="claim-results" ref={ref}>
      {claims.map((c) => {
        const right = judgedRightly(c.accurate, after?.claims[c.id]);
        return (
          <li key={c.id} className="card">
            <details className="claim-result" open={!right}>
              <summary>
                <strong>{c.text}</strong>{' '}
                <span className="claim-result__verdict">
                  <span className="verdict" data-verdict={c.accurate ? 'yes' : 'no'}>
                    <span aria-hidden="true">{c.accurate ? '✓' : '✗'}</span>{' '}
                    {c.accurate ? t('results.supported') : t('results.notSupported')}
                  </span>{' '}
                  <span className={right ? 'claim-result__right' : 'claim-result__why'}>
                    {right ? t('results.claimRight') : t('results.claimWhy')}
                  </span>
                </span>
              </summary>
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
            </details>
          </li>
        );
      })}
    </ol>
  );
}
