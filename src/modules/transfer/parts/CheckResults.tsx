/**
 * The retention check, submitted: the result in words, the three sets side by side (warm-up,
 * second look, a week later), and form C's posts explained beside the student's answers.
 * Scored as the before/after test is (../report.ts): a post counts as right when an accurate one
 * was called accurate or a made-up one not accurate, both alike, so doubting everything scores no
 * better than believing everything.
 */
import { useRef, type RefObject } from 'react';
import { formOf, type TransferData } from '../../../core/transfer-progress';
import { useDeferred } from '../../../ui/deferred';
import { useT } from '../../../ui/strings';
import { reportCheck, summarizeTest, type TestSummary } from '../report';
import type { CheckAnswers, RetentionMessages } from '../view-types';
import { Explained } from './PostsExplained';
import AnswersPending from './AnswersPending';
import ResultsChart from './ResultsChart';
import { useOpenForPrint } from '../../../ui/use-open-for-print';

interface Props {
  data: TransferData;
  answersUrl: string;
  summaryUrl: string;
  headingRef: RefObject<HTMLHeadingElement | null>;
}

export default function CheckResults({ data, answersUrl, summaryUrl, headingRef }: Props) {
  const t = useT<RetentionMessages>();
  const answers = useDeferred<CheckAnswers>(answersUrl);
  const explainedRef = useRef<HTMLElement>(null);
  useOpenForPrint(explainedRef);

  let body;
  if (!answers.data) body = <AnswersPending answers={answers} />;
  else {
    const { truth, posts, ids } = answers.data;
    // Answers are saved by post id; the truth goes by position, the same in every form.
    const score = (phase: 'before' | 'after') => {
      const saved = data[phase];
      return saved?.completedAt
        ? summarizeTest(
            truth,
            ids[formOf(data.order, phase)].map((id) => saved.ratings[id]),
          )
        : null;
    };
    const check = summarizeTest(
      truth,
      posts.map((p) => data.check?.ratings[p.id]),
    );
    const rows: { key: string; label: string; s: TestSummary | null }[] = [
      { key: 'before', label: t('transfer.warmUpRow'), s: score('before') },
      { key: 'after', label: t('transfer.afterRow'), s: score('after') },
      { key: 'check', label: t('retention.page.checkRow'), s: check },
    ];
    const after = rows[1]!.s;
    const params = { right: check.right, total: check.total, afterRight: after?.right ?? 0 };
    const { skill, lean } = reportCheck(after, check);
    body = (
      <>
        <div className="transfer-report" aria-live="polite">
          <p className={`transfer-report__${skill}`}>
            {t(`retention.page.message.${skill}`, params)}
          </p>
          <p className={`transfer-report__${lean.key}`}>
            {t(`transfer.message.${lean.key}`, lean.params)}
          </p>
        </div>
        <ResultsChart
          caption={t('retention.page.chartCaption')}
          rows={rows.flatMap(({ key, label, s }) => (s ? [{ key, label, s }] : []))}
        />
        <p className="muted">{t('retention.page.scoring')}</p>
        <p>
          {t('retention.page.codeNote')} <a href={summaryUrl}>{t('retention.page.codeLink')}</a>
        </p>
        <section
          className="posts-explained"
          aria-labelledby="check-explained-heading"
          ref={explainedRef}
        >
          <h3 id="check-explained-heading">{t('retention.page.explainedHeading')}</h3>
          <p>{t('retention.page.explainedIntro')}</p>
          <ol className="post-list">
            {posts.map((post) => (
              <li key={post.id}>
                <Explained post={post} rating={data.check?.ratings[post.id]} />
              </li>
            ))}
          </ol>
        </section>
      </>
    );
  }
  return (
    <section className="transfer-results" aria-labelledby="check-results-heading">
      <h2 id="check-results-heading" ref={headingRef} tabIndex={-1}>
        {t('retention.page.resultsHeading')}
      </h2>
      {body}
    </section>
  );
}
