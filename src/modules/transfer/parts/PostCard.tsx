/** One post as it would turn up in a feed, and the six-point scale to rate it. */
import type { Ref } from 'react';
import { useT } from '../../../ui/strings';
import ReadAloud from '../../../ui/ReadAloud';
import type { Leaves } from '../../../i18n/translate';
import type { PostView, TransferMessages } from '../view-types';

export const SCALE = [1, 2, 3, 4, 5, 6] as const;

interface Props {
  id: string;
  ref?: Ref<HTMLFieldSetElement>;
  post: PostView;
  n: number;
  total: number;
  value: number | undefined;
  onChange: (rating: number) => void;
}

export default function PostCard({ id, ref, post, n, total, value, onChange }: Props) {
  const t = useT<TransferMessages>();
  return (
    <fieldset
      className="post-rating"
      id={id}
      ref={ref}
      tabIndex={-1}
      aria-describedby={`${id}-text`}
      data-read-aloud-region
    >
      <legend>{t('transfer.postLegend', { n, total })}</legend>
      <ReadAloud what="post" />
      <Post post={post} id={`${id}-text`} />
      <div className="scale">
        {SCALE.map((r) => (
          <label className={`choice scale__option scale__option--${r}`} key={r}>
            <input
              type="radio"
              name={id}
              value={r}
              checked={value === r}
              onChange={() => onChange(r)}
            />
            <span>{t(`transfer.scale.${r}` as Leaves<TransferMessages>)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** The post card: its text and its source line, as a feed shows them. */
export function Post({ post, id }: { post: PostView; id?: string }) {
  return (
    <blockquote className="post" id={id}>
      <p className="post__text">{post.text}</p>
      <p className="post__source">{post.sourceLine}</p>
    </blockquote>
  );
}
