/** The before/after test: the class in plain words, then a row per student. */
import { useId } from 'react';
import { useT } from '../../../ui/strings';
import type { Messages } from '../view-types';
import {
  classTests,
  formatScore,
  type CheckSide,
  type StudentTest,
  type TestSide,
  type TestWords,
} from '../test-summary';

interface Props {
  rows: { line: number; name: string; test: StudentTest; check: CheckSide | null }[];
  words: TestWords;
}

const pair = (a: string, b: string) => `${a} → ${b}`;
const oneDecimal = (n: number | null) =>
  n === null ? '—' : Number.isInteger(n) ? String(n) : n.toFixed(1);

export default function TestResults({ rows, words }: Props) {
  const t = useT<Messages>();
  const uid = useId();
  const cls = classTests(rows.map((r) => r.test));
  const right = (s: TestSide | null) => (s ? String(s.right) : '—');
  const lean = (s: TestSide | null) => (s ? words.lean[s.lean] : '—');
  const outcome = ({ before, after, outcome, moreDoubtful }: StudentTest) => {
    if (outcome === 'worse' && moreDoubtful) return t('check.test.worseDoubtful');
    if (outcome) return words.outcome[outcome];
    if (before && !after) return t('check.test.warmUpOnly');
    if (!before && after) return t('check.test.noWarmUp');
    if (before && after) return t('check.test.incomplete');
    return '—';
  };

  return (
    <section aria-labelledby={`${uid}-test`} className="checker-test">
      <h3 id={`${uid}-test`}>{t('check.test.heading')}</h3>
      <p>{t('check.test.intro')}</p>
      <h4>{t('check.test.classHeading')}</h4>
      {cls.compared === 0 ? (
        <p>{t('check.test.noneCompared')}</p>
      ) : (
        <div className="checker-class">
          <p>{t('check.test.compared', { n: cls.compared, total: cls.students })}</p>
          <ul>
            <li>
              {t('check.test.meanRight', {
                before: oneDecimal(cls.meanRightBefore),
                after: oneDecimal(cls.meanRightAfter),
              })}
            </li>
            <li>
              {t('check.test.meanDPrime', {
                before: formatScore(cls.meanDPrimeBefore),
                after: formatScore(cls.meanDPrimeAfter),
              })}
            </li>
            <li>
              {t('check.test.meanCriterion', {
                before: formatScore(cls.meanCriterionBefore),
                after: formatScore(cls.meanCriterionAfter),
              })}
            </li>
          </ul>
          <ul className="checker-counts">
            <li>{t('check.test.countImproved', { n: cls.counts.improved })}</li>
            <li>{t('check.test.countSame', { n: cls.counts.same })}</li>
            <li>{t('check.test.countWorse', { n: cls.counts.worse })}</li>
            <li>{t('check.test.countDoubtful', { n: cls.counts['more-doubtful'] })}</li>
          </ul>
          <p className="muted">{t('check.test.meaning')}</p>
        </div>
      )}
      <p className="notice">{t('check.test.smallSample')}</p>
      <div className="table-wrap" tabIndex={0} aria-labelledby={`${uid}-test`}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('check.line')}</th>
              <th scope="col">{t('check.test.name')}</th>
              <th scope="col">{t('check.test.right')}</th>
              <th scope="col">{t('retention.checker.column')}</th>
              <th scope="col">{t('check.test.lean')}</th>
              <th scope="col">{t('check.test.outcome')}</th>
              <th scope="col">{t('check.test.scores')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ line, name, test, check }) => (
              <tr key={line} data-outcome={test.outcome ?? undefined}>
                <td>{line}</td>
                <th scope="row">
                  <bdi>{name}</bdi>
                </th>
                <td>
                  {test.before || test.after ? pair(right(test.before), right(test.after)) : '—'}
                </td>
                <td data-check>
                  {check
                    ? check.days === null
                      ? t('retention.checker.cellNoDays', { right: check.right })
                      : t('retention.checker.cell', { right: check.right, n: check.days })
                    : test.after
                      ? t('retention.checker.notTaken')
                      : '—'}
                </td>
                <td>
                  {test.before || test.after ? pair(lean(test.before), lean(test.after)) : '—'}
                </td>
                <td>{outcome(test)}</td>
                <td className="checker-scores">
                  {test.before || test.after ? (
                    <>
                      {t('check.test.dPrime', {
                        before: formatScore(test.before?.dPrime ?? null),
                        after: formatScore(test.after?.dPrime ?? null),
                      })}
                      <br />
                      {t('check.test.criterion', {
                        before: formatScore(test.before?.criterion ?? null),
                        after: formatScore(test.after?.criterion ?? null),
                      })}
                    </>
                  ) : (
                    '—'
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
