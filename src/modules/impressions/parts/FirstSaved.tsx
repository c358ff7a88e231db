/**
 * First impressions, submitted: the answers can be changed. The way on is the page's own
 * "Next" link just below (one call to move on, not two; it follows an assignment too).
 */
import type { RefObject } from 'react';
import { useT } from '../../../ui/strings';
import type { FormMessages } from '../view-types';

interface Props {
  headingRef: RefObject<HTMLHeadingElement | null>;
  /** The heading's id: the page's "Go to the questions" links lead here once they are saved. */
  headingId: string;
  onChange: () => void;
}

export default function FirstSaved({ headingRef, headingId, onChange }: Props) {
  const t = useT<FormMessages>();
  return (
    <div className="notice notice--good">
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {t('impressions.savedFirst')}
      </h2>
      <p>{t('impressions.savedFirstNext')}</p>
      <div className="button-row">
        <button type="button" className="button button--secondary" onClick={onChange}>
          {t('impressions.change')}
        </button>
      </div>
    </div>
  );
}
