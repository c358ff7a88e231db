/**
 * After the second test: how the student did on both sets (in words and a small chart), the
 * numbers behind it, and every post of both forms explained beside the student's answer.
 */
import { useEffect, type RefObject } from 'react';
import { formOf, type TestPhase, type TransferData } from '../../../core/transfer-progress';
import { useDeferred } from '../../../ui/deferred';
import { useT } from '../../../ui/strings';
import { reportTests, summarizeTest, type TestSummary } from '../report';
import type { TransferAnswers, TransferMessages } from '../view-types';
import PostsExplained from './PostsExplained';
import AnswersPending from './AnswersPending';
import ResultsChart from './ResultsChart';

interface Props {
  data: TransferData;
  answersUrl: string;
  headingRef: RefObject<HTMLHeadingElement | null>;
  /** Called once shown (the island loads this part lazily, then moves focus to its heading). */
  onShown?: () => void;
}

export default function TestResults({ data, answersUrl, headingRef, onShown }: Props) {
  const t = useT<TransferMessages>();
  useEffect(() => onShown?.(), [onShown]);
  const answers = useDeferred<TransferAnswers>(answersUrl);
  const phases: TestPhase[] = data.before?.completedAt ? ['before', 'after'] : ['after'];

  let body;
  if (!answers.data) body = <AnswersPending answers={answers} />;
  else {
    const forms = answers.data.forms;
    const summary = (phase: TestPhase): TestSummary => {
      const posts = forms[formOf(data.order, phase)];
      const ratings = data[phase]?.ratings ?? {};
      return summarizeTest(
        posts.map((p) => p.accurate),
        posts.map((p) => ratings[p.id]),
      );
    };
    const after = summary('after');
    const before = phases.includes('before') ? summary('before') : null;
    const report = reportTests(before, after);
    const rows = phases.map((phase) => ({ phase, s: phase === 'before' ? before! : after }));
    body = (
      <>
        <div className="transfer-report" aria-live="polite">
          {report.messages.map((m) => (
            <p key={m.key} className={`transfer-report__${m.key}`}>
              {t(`transfer.message.${m.key}`, m.params)}
            </p>
          ))}
        </div>
        <ResultsChart
          caption={t('transfer.chartCaption')}
          rows={rows.map(({ phase, s }) => ({
            key: phase,
            label: phase === 'before' ? t('transfer.warmUpRow') : t('transfer.afterRow'),
            s,
          }))}
        />
        <details className="transfer-numbers">
          <summary>{t('transfer.numbersHeading')}</summary>
          <p>{t('transfer.numbersIntro')}</p>
          <dl>
            {rows.map(({ phase, s }) => (
              <div key={phase}>
                <dt>{phase === 'before' ? t('transfer.warmUpRow') : t('transfer.afterRow')}</dt>
                <dd>
                  {t('transfer.sensitivity')}: {s.score.dPrime.toFixed(2)} · {t('transfer.bias')}:{' '}
                  {s.score.criterion.toFixed(2)}
                </dd>
                <dd>
                  {s.score.calibration.sure.answers > 0
                    ? t('transfer.sureRight', {
                        right: s.score.calibration.sure.right,
                        answers: s.score.calibration.sure.answers,
                      })
                    : t('transfer.noSure')}
                </dd>
                {s.score.calibration.unsure.answers > 0 && (
                  <dd>
                    {t('transfer.unsureRight', {
                      right: s.score.calibration.unsure.right,
                      answers: s.score.calibration.unsure.answers,
                    })}
                  </dd>
                )}
              </div>
            ))}
          </dl>
        </details>
        <PostsExplained data={data} forms={forms} phases={phases} />
      </>
    );
  }
  return (
    <section className="transfer-results" aria-labelledby="transfer-results-heading">
      <h3 id="transfer-results-heading" ref={headingRef} tabIndex={-1}>
        {t('transfer.resultsHeading')}
      </h3>
      {body}
    </section>
  );
}
