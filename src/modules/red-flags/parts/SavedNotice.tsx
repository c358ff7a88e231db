/**
 * Saved marks that could not be used are said once, in a notice the student can dismiss (see
 * ../use-saved-notice.ts). Loaded only then.
 */
import { useT } from '../../../ui/strings';
import type { RedFlagsMessages } from '../view-types';

export default function SavedNotice(props: { notice: string; onDismiss: () => void }) {
  const t = useT<RedFlagsMessages>();
  return (
    <div className="notice notice--warn" role="status">
      <p>{props.notice}</p>
      <button type="button" className="button button--secondary" onClick={props.onDismiss}>
        {t('redFlags.dismiss')}
      </button>
    </div>
  );
}
