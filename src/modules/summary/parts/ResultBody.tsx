/**
 * The result screen's body (see ../LessonResult.tsx), loaded once the lesson is done: the
 * verdict and one thing to try next, what the student found in each module step, and what changed
 * on the new posts (in words and a chart) and on the article's claims.
 */
import type { ReactNode } from 'react';
import { discernment, formatGap } from '../../../core/discernment';
import { scorePercent, type CaseProgress } from '../../../core/progress';
import { stepStatus } from '../../../core/step-status';
import { formOf, transferOf, type TestPhase } from '../../../core/transfer-progress';
import { useDeferred } from '../../../ui/deferred';
import { StringsProvider, useT } from '../../../ui/strings';
import { cardState, decodeExpertsData } from '../../experts/scoring';
import { decodeStatisticsData } from '../../statistics/scoring';
import { summarizeTest, type TestSummary } from '../../transfer/report';
import { lessonResult } from '../lesson-result';
import ResultChart from './ResultChart';
import type { FoundStep, LessonResultData, ResultMessages } from '../view-types';

/** The part of the answers file this screen reads: which posts were accurate. */
interface PostsTruth {
  forms: Record<'A' | 'B', { id: string; accurate: boolean }[]>;
}

interface Props {
  caseProgress: CaseProgress;
  resultUrl: string;
  answersUrl: string;
  loading: ReactNode;
  failed: string;
  retry: string;
}

export default function ResultBody(props: Props) {
  const result = useDeferred<LessonResultData>(props.resultUrl);
  const testDone = transferOf(props.caseProgress)?.after?.completedAt !== undefined;
  const posts = useDeferred<PostsTruth>(props.answersUrl, testDone);
  const failed = result.failed || posts.failed;
  if (failed)
    return (
      <p className="notice notice--bad" role="alert">
        {props.failed}{' '}
        <button
          type="button"
          className="button button--secondary"
          onClick={result.failed ? result.retry : posts.retry}
        >
          {props.retry}
        </button>
      </p>
    );
  if (!result.data || (testDone && !posts.data)) return props.loading;
  return (
    <StringsProvider messages={result.data.messages}>
      <Body caseProgress={props.caseProgress} data={result.data} truth={posts.data} />
    </StringsProvider>
  );
}

function Body({
  caseProgress,
  data: { found, claims },
  truth,
}: {
  caseProgress: CaseProgress;
  data: LessonResultData;
  truth: PostsTruth | null;
}) {
  const t = useT<ResultMessages>();
  const data = transferOf(caseProgress);
  const summary = (phase: TestPhase): TestSummary | null => {
    const answers = data?.[phase];
    if (!data || !answers?.completedAt || !truth) return null;
    const form = truth.forms[formOf(data.order, phase)];
    return summarizeTest(
      form.map((p) => p.accurate),
      form.map((p) => answers.ratings[p.id]),
    );
  };
  const before = summary('before');
  const after = summary('after');
  const words = lessonResult(before, after);
  const first = caseProgress.firstImpressions?.completedAt ? caseProgress.firstImpressions : null;
  const gap = (ratings: Record<string, number>) => discernment(claims, ratings).gap;
  const gapBefore = first ? gap(first.claims) : null;
  const gapAfter = gap(caseProgress.secondLook?.claims ?? {});
  const fmt = (g: number | null) => (g === null ? '—' : formatGap(g));

  return (
    <div data-band={words.band}>
      <div className="lesson-result__verdict" aria-live="polite">
        <p
          className={
            words.band === 'better' || words.band === 'steady' ? 'notice notice--good' : 'notice'
          }
        >
          {t(`lessonResult.verdict.${words.band}`, words.params)}
        </p>
        <p>
          <strong>{t('lessonResult.nextLabel')}</strong> {t(`lessonResult.next.${words.band}`)}
        </p>
      </div>

      {found.length > 0 && (
        <>
          <h3>{t('lessonResult.foundHeading')}</h3>
          <dl className="lesson-result__found">
            {found.map((step) => (
              <div key={step.id}>
                <dt>{step.title}</dt>
                <dd>{foundText(step, caseProgress, t)}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
      <h3>{t('lessonResult.changeHeading')}</h3>
      {before && after && (
        <>
          <p>{t('lessonResult.posts', words.params)}</p>
          <p>{t('lessonResult.lean', words.params)}</p>
          <ResultChart before={before} after={after} />
        </>
      )}
      {!before && after && (
        <>
          <p>{t('lessonResult.postsAfterOnly', words.params)}</p>
          <ResultChart before={null} after={after} />
        </>
      )}
      <p>
        {gapBefore !== null
          ? t('lessonResult.claims', {
              n: claims.length,
              before: fmt(gapBefore),
              after: fmt(gapAfter),
            })
          : t('lessonResult.claimsAfterOnly', { n: claims.length, after: fmt(gapAfter) })}
      </p>

      <p className="muted">{t('lessonResult.detailsNote')}</p>
    </div>
  );
}

/** What the student found in one module step, in words. */
function foundText(
  step: FoundStep,
  progress: CaseProgress,
  t: ReturnType<typeof useT<ResultMessages>>,
): ReactNode {
  const status = stepStatus(progress, step.id);
  if (status.state !== 'done') return t('lessonResult.notDone');
  const percent = status.score ? scorePercent(status.score) : null;
  const saved = progress.modules[step.id]?.data;
  if (step.id === 'experts') {
    const { data } = decodeExpertsData(saved, step.cards);
    const n = step.cards.filter((c) => cardState(data.cards[c.id]) === 'done').length;
    return t('lessonResult.sourcesChecked', { n, percent: percent ?? 0 });
  }
  if (step.id === 'statistics') {
    const { data } = decodeStatisticsData(saved);
    const n = step.figureIds.filter((id) => data.revealed.includes(id)).length;
    return t('lessonResult.figuresCompared', { n, percent: percent ?? 0 });
  }
  return percent === null ? t('lessonResult.done') : t('lessonResult.score', { percent });
}
