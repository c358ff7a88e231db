/** First impressions, submitted: on to the next step, or change the answers. */
import type { RefObject } from 'react';
import { useStore } from '@nanostores/react';
import { nextStep } from '../../../core/lesson';
import { $assignment } from '../../../stores/assignment';
import { useT } from '../../../ui/strings';
import type { FirstMessages, LessonLinks } from '../view-types';

interface Props {
  caseId: string;
  lesson: LessonLinks;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onChange: () => void;
}

export default function FirstSaved({ caseId, lesson, headingRef, onChange }: Props) {
  const t = useT<FirstMessages>();
  const active = useStore($assignment);
  const next = nextStep(caseId, lesson.steps, 'first-impressions', active);
  return (
    <div className="notice notice--good">
      <h2 ref={headingRef} tabIndex={-1}>
        {t('impressions.savedFirst')}
      </h2>
      <div className="button-row">
        {next && (
          <a className="button" href={`${lesson.base}${next}/`}>
            {t('steps.next', { step: lesson.titles[next] ?? next })}{' '}
            <span aria-hidden="true">→</span>
          </a>
        )}
        <button type="button" className="button button--secondary" onClick={onChange}>
          {t('impressions.change')}
        </button>
      </div>
    </div>
  );
}
