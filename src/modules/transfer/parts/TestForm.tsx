/** The 12 posts of one form, each with the six-point scale; submitting needs every answer. */
import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import type { AnyPhase } from '../../../core/transfer-progress';
import { useT } from '../../../ui/strings';
import { ratePost } from '../store';
import type { PostView, TransferMessages } from '../view-types';
import PostCard from './PostCard';

interface Props {
  caseId: string;
  phase: AnyPhase;
  posts: PostView[];
  ratings: Record<string, number>;
  headingRef: RefObject<HTMLHeadingElement | null>;
  showNoWarmUp: boolean;
  onSubmit: () => void;
}

export default function TestForm(props: Props) {
  const { caseId, phase, posts, ratings } = props;
  const t = useT<TransferMessages>();
  const uid = useId();
  const [missing, setMissing] = useState<number[]>([]);
  const summaryRef = useRef<HTMLDivElement>(null);
  const fields = useRef(new Map<number, HTMLFieldSetElement | null>());
  const total = posts.length;
  const answered = posts.filter((p) => ratings[p.id] !== undefined).length;

  useEffect(() => {
    if (missing.length > 0) summaryRef.current?.focus();
  }, [missing]);

  const submit = (event: { preventDefault(): void }) => {
    event.preventDefault();
    const gaps = posts.flatMap((p, i) => (ratings[p.id] === undefined ? [i] : []));
    setMissing(gaps);
    if (gaps.length === 0) props.onSubmit();
  };

  // The warm-up's form is the page's main part; in the second look it sits under "Part 1".
  const Heading = phase === 'before' ? 'h2' : 'h3';
  const Sub = phase === 'before' ? 'h3' : 'h4';
  return (
    <form className="transfer" onSubmit={submit} noValidate aria-labelledby={`${uid}-heading`}>
      <Heading
        id={`${uid}-heading`}
        ref={props.headingRef}
        tabIndex={-1}
        className="visually-hidden"
      >
        {phase === 'before' ? t('transfer.warmHeading') : t('transfer.afterHeading')}
      </Heading>
      {props.showNoWarmUp && <p className="notice">{t('transfer.beforeFirst')}</p>}
      <p className="muted">{t('transfer.scaleNote')}</p>
      {missing.length > 0 && (
        <div
          className="notice notice--bad"
          ref={summaryRef}
          tabIndex={-1}
          role="alert"
          aria-labelledby={`${uid}-missing`}
        >
          <Sub id={`${uid}-missing`}>{t('transfer.missingHeading')}</Sub>
          <ul className="inline-list">
            {missing.map((i) => (
              <li key={i}>
                <a
                  href={`#${uid}-post-${i}`}
                  onClick={(e) => {
                    e.preventDefault();
                    fields.current.get(i)?.focus();
                  }}
                >
                  {t('transfer.missingPost', { n: i + 1 })}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <ol className="post-list">
        {posts.map((post, i) => (
          <li key={post.id}>
            <PostCard
              id={`${uid}-post-${i}`}
              ref={(el) => {
                fields.current.set(i, el);
              }}
              post={post}
              n={i + 1}
              total={total}
              value={ratings[post.id]}
              onChange={(rating) => {
                ratePost(caseId, phase, post.id, rating);
                setMissing((m) => m.filter((x) => x !== i));
              }}
            />
          </li>
        ))}
      </ol>
      <p className="muted" aria-live="polite">
        {t('transfer.answered', { n: answered, total })}
      </p>
      {phase !== 'before' && <p>{t('transfer.finalNote')}</p>}
      <div className="button-row">
        <button type="submit" className="button">
          {phase === 'before' ? t('transfer.submitBefore') : t('transfer.submitAfter')}
        </button>
      </div>
    </form>
  );
}
