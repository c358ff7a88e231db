/** Saved marks that could not be used are said once, in a notice the student can dismiss. */
import { useEffect, useRef, useState } from 'react';
import { useT } from '../../../ui/strings';
import type { DecodedRedFlags } from '../scoring';
import type { RedFlagsMessages } from '../view-types';

/** The notice for what was saved, once the saved state shows; `clear` hides it. */
export function useSavedNotice(mounted: boolean, decoded: DecodedRedFlags) {
  const t = useT<RedFlagsMessages>();
  const [notice, setNotice] = useState<string | null>(null);
  const done = useRef(false);
  useEffect(() => {
    if (!mounted || done.current) return;
    done.current = true;
    if (decoded.status === 'invalid') setNotice(t('redFlags.invalidSaved'));
    else if (decoded.dropped > 0) setNotice(t('redFlags.droppedSaved', { n: decoded.dropped }));
  }, [mounted, decoded, t]);
  return { notice, clear: () => setNotice(null) };
}

export default function SavedNotice(props: { notice: string | null; onDismiss: () => void }) {
  const t = useT<RedFlagsMessages>();
  return (
    <div className="rf-top">
      {props.notice && (
        <div className="notice notice--warn" role="status">
          <p>{props.notice}</p>
          <button type="button" className="button button--secondary" onClick={props.onDismiss}>
            {t('redFlags.dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}
