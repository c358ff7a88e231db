/** While the answers file loads: a quiet line; if it cannot load, says so with a retry. */
import type { Deferred } from '../../../ui/deferred';
import { useT } from '../../../ui/strings';
import type { TransferMessages } from '../view-types';

export default function AnswersPending({ answers }: { answers: Deferred<unknown> }) {
  const t = useT<TransferMessages>();
  return answers.failed ? (
    <p className="notice notice--bad" role="alert">
      {t('transfer.failed')}{' '}
      <button type="button" className="button button--secondary" onClick={answers.retry}>
        {t('transfer.retry')}
      </button>
    </p>
  ) : (
    <p className="muted">{t('transfer.loading')}</p>
  );
}
