/**
 * The retention check's offer (issue 16), once the second look's posts are submitted: when it
 * opens (a week after the lesson, on the student's calendar), a link to it once open, and that
 * it was taken once it was (the completion code then carries it).
 */
import { useId } from 'react';
import { checkState, codeDays } from '../../../core/retention';
import type { TransferData } from '../../../core/transfer-progress';
import { useT } from '../../../ui/strings';
import type { Messages } from '../view-types';

interface Props {
  data: TransferData | null;
  checkUrl: string;
  locale: string;
}

export default function CheckOffer({ data, checkUrl, locale }: Props) {
  const t = useT<Messages>();
  const uid = useId();
  const lesson = data?.after?.completedAt;
  if (!lesson) return null;
  const state = checkState(lesson, Date.now());
  const done = data.check?.completedAt;
  // A lesson date it cannot read: nothing honest to offer (the check page says why).
  if (state.kind === 'no-lesson' && !done) return null;
  let body;
  if (done) body = <p>{t('retention.offer.done', { n: codeDays(lesson, done) ?? 0 })}</p>;
  else if (state.kind === 'ahead') body = <p>{t('retention.offer.ahead')}</p>;
  else if (state.kind === 'wait')
    body = (
      <p>
        {t('retention.offer.wait', {
          date: new Date(state.opensMs).toLocaleDateString(locale, {
            weekday: 'long',
            day: 'numeric',
            month: 'long',
          }),
        })}
      </p>
    );
  else
    body = (
      <>
        <p>{t('retention.offer.open')}</p>
        <p>
          <a className="button" href={checkUrl}>
            {t('retention.offer.link')}
          </a>
        </p>
      </>
    );
  return (
    <section className="card check-offer" aria-labelledby={`${uid}-check`}>
      <h2 id={`${uid}-check`}>{t('retention.offer.heading')}</h2>
      {body}
    </section>
  );
}
