/**
 * The second look, submitted: the student's answers before and after, their discernment, each
 * claim checked, and what the steps they finished taught.
 */
import type { RefObject } from 'react';
import { discernment, formatGap, practiceMessages } from '../../../core/discernment';
import type { CaseProgress } from '../../../core/progress';
import { stepStatus } from '../../../core/step-status';
import { useT } from '../../../ui/strings';
import type { CheckedClaimView, RecapView, SecondMessages } from '../view-types';
import ClaimResults from './ClaimResults';
import { num, shareLabel } from './format';

interface Props {
  caseProgress: CaseProgress;
  claims: CheckedClaimView[];
  recaps: RecapView[];
  headingRef: RefObject<HTMLHeadingElement | null>;
  onChange: () => void;
}

export default function Results({ caseProgress, claims, recaps, headingRef, onChange }: Props) {
  const t = useT<SecondMessages>();
  const before = caseProgress.firstImpressions?.completedAt
    ? caseProgress.firstImpressions
    : undefined;
  const after = caseProgress.secondLook;
  const rated = claims.map((c) => ({ id: c.id, accurate: c.accurate }));
  const d0 = discernment(rated, before?.claims ?? {});
  const d1 = discernment(rated, after?.claims ?? {});
  const said = practiceMessages(
    d0.gap,
    d1.gap,
    claims.map((c) => after?.claims[c.id]).filter((r) => r !== undefined),
  );
  const finished = recaps.filter((r) => stepStatus(caseProgress, r.id).state === 'done');
  const gap = (g: number | null) => (g === null ? t('results.notAnswered') : formatGap(g));
  const rows: [string, string, string][] = [
    [t('results.believability'), num(t, before?.believability), num(t, after?.believability)],
    [t('results.share'), shareLabel(t, before?.share), shareLabel(t, after?.share)],
    [t('results.accurateMean'), num(t, d0.accurateMean), num(t, d1.accurateMean)],
    [t('results.inaccurateMean'), num(t, d0.inaccurateMean), num(t, d1.inaccurateMean)],
  ];

  return (
    <section aria-labelledby="results-heading" className="results">
      <h2 id="results-heading" ref={headingRef} tabIndex={-1}>
        {t('results.heading')}
      </h2>
      <p className="notice notice--good">
        {finished.length === recaps.length ? t('results.finished') : t('results.savedSecond')}
      </p>
      <div className="table-wrap">
        <table>
          <caption className="visually-hidden">{t('results.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('results.question')}</th>
              <th scope="col">{t('results.before')}</th>
              <th scope="col">{t('results.after')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([question, b, a]) => (
              <tr key={question}>
                <th scope="row">{question}</th>
                <td>{b}</td>
                <td>{a}</td>
              </tr>
            ))}
            <tr>
              <th scope="row">{t('results.discernment')}</th>
              <td>{gap(d0.gap)}</td>
              <td>
                <strong>{gap(d1.gap)}</strong>
              </td>
            </tr>
          </tbody>
        </table>
      </div>

      <h3>{t('results.discernmentHeading')}</h3>
      <p>{t('results.discernmentExplain')}</p>
      {said.before && (
        <p>{t(`results.gapBefore.${said.before.key}`, { n: num(t, said.before.size) })}</p>
      )}
      {said.after && (
        <p>{t(`results.gapAfter.${said.after.key}`, { n: num(t, said.after.size) })}</p>
      )}
      {said.verdict && (
        <p className={said.verdict === 'strong' ? 'notice notice--good' : 'notice'}>
          {t(`results.verdict.${said.verdict}`)}
        </p>
      )}
      <p>
        {t('results.practiceNote')} <a href="#part-posts">{t('results.practiceLink')}</a>
      </p>

      <h3>{t('results.claimsHeading')}</h3>
      <ClaimResults claims={claims} before={before} after={after} />

      <h3>{t('results.recapHeading')}</h3>
      {finished.length === 0 ? (
        <p>{t('results.recapNone')}</p>
      ) : (
        <dl className="recap">
          {finished.map((r) => (
            <div key={r.id}>
              <dt>{r.title}</dt>
              <dd>{r.recap}</dd>
            </div>
          ))}
        </dl>
      )}
      <p className="muted">{t('results.printHint')}</p>
      <div className="button-row">
        <button type="button" className="button button--secondary" onClick={onChange}>
          {t('impressions.change')}
        </button>
      </div>
    </section>
  );
}
