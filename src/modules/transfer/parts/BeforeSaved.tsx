/**
 * The warm-up, submitted. The step footer right below offers the next step, so this says only
 * that it is saved, and offers a change while that is still fair (before the answers are seen).
 */
import type { RefObject } from 'react';
import { useT } from '../../../ui/strings';
import type { TransferMessages } from '../view-types';

interface Props {
  headingRef: RefObject<HTMLHeadingElement | null>;
  /** Absent once the answers have been seen. */
  onChange: (() => void) | undefined;
}

export default function BeforeSaved({ headingRef, onChange }: Props) {
  const t = useT<TransferMessages>();
  return (
    <div className="notice notice--good">
      <h2 ref={headingRef} tabIndex={-1}>
        {t('transfer.savedBefore')}
      </h2>
      {onChange && (
        <div className="button-row">
          <button type="button" className="button button--secondary" onClick={onChange}>
            {t('transfer.change')}
          </button>
        </div>
      )}
    </div>
  );
}
