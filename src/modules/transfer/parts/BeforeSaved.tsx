/** The warm-up, submitted: on to the next step, or change the answers while that is still fair. */
import type { RefObject } from 'react';
import { useStore } from '@nanostores/react';
import { nextStep } from '../../../core/lesson';
import { $assignment } from '../../../stores/assignment';
import { useT } from '../../../ui/strings';
import type { TransferMessages, TransferProps } from '../view-types';

interface Props {
  caseId: string;
  lesson: TransferProps['lesson'];
  headingRef: RefObject<HTMLHeadingElement | null>;
  /** Absent once the answers have been seen. */
  onChange: (() => void) | undefined;
}

export default function BeforeSaved({ caseId, lesson, headingRef, onChange }: Props) {
  const t = useT<TransferMessages>();
  const active = useStore($assignment);
  const next = nextStep(caseId, lesson.steps, 'warm-up', active);
  return (
    <div className="notice notice--good">
      <h2 ref={headingRef} tabIndex={-1}>
        {t('transfer.savedBefore')}
      </h2>
      <div className="button-row">
        {next && (
          <a className="button" href={`${lesson.base}${next}/`}>
            {t('steps.next', { step: lesson.titles[next] ?? next })}{' '}
            <span aria-hidden="true">→</span>
          </a>
        )}
        {onChange && (
          <button type="button" className="button button--secondary" onClick={onChange}>
            {t('transfer.change')}
          </button>
        )}
      </div>
    </div>
  );
}
