/** Every post of both forms, its answer and explanation, beside what the student said. */
import { useRef } from 'react';
import type { Leaves } from '../../../i18n/translate';
import { formOf, type TestPhase, type TransferData } from '../../../core/transfer-progress';
import { useT } from '../../../ui/strings';
import { ratedAccurate } from '../scoring';
import { useOpenForPrint } from '../../../ui/use-open-for-print';
import type { ExplainedPost, TransferAnswers, TransferMessages } from '../view-types';

interface Props {
  data: TransferData;
  forms: TransferAnswers['forms'];
  phases: TestPhase[];
}

export default function PostsExplained({ data, forms, phases }: Props) {
  const t = useT<TransferMessages>();
  const ref = useRef<HTMLElement>(null);
  useOpenForPrint(ref);
  // Both forms are explained, also one the student did not take (no answer beside it).
  const shown: { phase: TestPhase; form: 'A' | 'B' }[] = (['before', 'after'] as const).map(
    (phase) => ({ phase, form: formOf(data.order, phase) }),
  );
  return (
    <section className="posts-explained" aria-labelledby="posts-explained-heading" ref={ref}>
      <h4 id="posts-explained-heading">{t('transfer.explainedHeading')}</h4>
      <p>{t('transfer.explainedIntro')}</p>
      {shown.map(({ phase, form }) => (
        <section key={phase} aria-labelledby={`posts-${phase}`}>
          <h5 id={`posts-${phase}`}>
            {phase === 'before' ? t('transfer.warmUpPosts') : t('transfer.afterPosts')}
          </h5>
          <ol className="post-list">
            {forms[form].map((post) => (
              <li key={post.id}>
                <Explained
                  post={post}
                  rating={phases.includes(phase) ? data[phase]?.ratings[post.id] : undefined}
                />
              </li>
            ))}
          </ol>
        </section>
      ))}
    </section>
  );
}

export function Explained({ post, rating }: { post: ExplainedPost; rating: number | undefined }) {
  const t = useT<TransferMessages>();
  const right = rating !== undefined && ratedAccurate(rating) === post.accurate;
  // What the student got wrong is open; what they got right is one line, opened on request.
  return (
    <details
      className={`explained ${post.accurate ? 'explained--accurate' : 'explained--made-up'}`}
      open={!right}
    >
      <summary>
        <span className="explained__verdict">
          <strong>{post.accurate ? t('transfer.verdictAccurate') : post.madeUpLabel}</strong>{' '}
          {rating === undefined
            ? t('transfer.noAnswer')
            : t('transfer.yourAnswer', {
                answer: t(`transfer.scale.${rating}` as Leaves<TransferMessages>),
              })}
          {rating !== undefined && (
            <span className={right ? 'explained__right' : 'explained__wrong'}>
              {' '}
              ({right ? t('transfer.answerRight') : t('transfer.answerWrong')})
            </span>
          )}
        </span>{' '}
        <span className="explained__text">{post.text}</span>
      </summary>
      <p className="post__source">{post.sourceLine}</p>
      <p>{post.explanation}</p>
      {post.figureRefersTo && (
        <p>
          {t('transfer.figureRefersTo')} {post.figureRefersTo}
        </p>
      )}
      {post.asOf && (
        <p>
          {t('transfer.asOf')} {post.asOf}
        </p>
      )}
      {post.techniquesText && (
        <p>
          {t('transfer.techniques')} {post.techniquesText}
        </p>
      )}
      {post.howItDistorts && (
        <p>
          {t('transfer.howItDistorts')} {post.howItDistorts}
        </p>
      )}
      {post.whereToCheck.length > 0 && (
        <p>
          {t('transfer.whereToCheck')}{' '}
          {post.whereToCheck
            .map((w) => (w.site ? `${w.organisation} (${w.site})` : w.organisation))
            .join('; ')}
        </p>
      )}
    </details>
  );
}
