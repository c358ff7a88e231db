/** Step 3 of a card: the prepared "what a check finds" panels, with where to repeat each check. */
import { useT } from '../strings';
import type { FindingView } from '../view-types';
import { ExternalIcon, ResultIcon } from './Icons';

interface Props {
  cardId: string;
  findings: FindingView[];
  unlocked: boolean;
}

export default function Findings({ cardId, findings, unlocked }: Props) {
  const t = useT();
  const headingId = `${cardId}-finds-heading`;
  return (
    <div className="ex-step">
      <h3 id={headingId}>{t('experts.steps.finds')}</h3>
      {!unlocked ? (
        <p className="muted">{t('experts.findsLocked')}</p>
      ) : (
        <>
          <p className="ex-prepared-intro">
            <span className="ex-prepared-tag">{t('experts.prepared')}</span>{' '}
            {t('experts.preparedIntro')}
          </p>
          <ul className="ex-findings">
            {findings.map((f, i) => {
              const titleId = `${cardId}-finding-${i}`;
              return (
                <li key={titleId} className={`ex-finding ex-finding--${f.result}`}>
                  <article aria-labelledby={titleId}>
                    <p className="ex-finding__meta">
                      <span className={`ex-result ex-result--${f.result}`}>
                        <ResultIcon result={f.result} /> {t(`experts.results.${f.result}`)}
                      </span>
                      <span className="ex-prepared-tag">{t('experts.prepared')}</span>
                    </p>
                    <h4 id={titleId}>{f.title}</h4>
                    {f.paragraphs.map((p, j) => (
                      <p key={j}>{p}</p>
                    ))}
                    {f.sources.length > 0 && (
                      <div className="ex-repeat">
                        <p className="ex-repeat__label">
                          {t(
                            f.result === 'where-to-check'
                              ? 'experts.whereLinks'
                              : 'experts.repeatLinks',
                          )}
                        </p>
                        <ul>
                          {f.sources.map((s) => (
                            <li key={s.id}>
                              <a href={s.url} target="_blank" rel="noopener noreferrer">
                                {s.title}
                                <span className="visually-hidden"> {t('sources.newTab')}</span>
                                <ExternalIcon />
                              </a>{' '}
                              <span className="muted">({s.publisher})</span>
                            </li>
                          ))}
                        </ul>
                      </div>
                    )}
                    {f.repeat && (
                      <p className="ex-repeat">
                        <span className="ex-repeat__label">{t('experts.repeatText')}</span>{' '}
                        {f.repeat}
                      </p>
                    )}
                  </article>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </div>
  );
}
