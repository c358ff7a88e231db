/** The card that closes a step: what it taught, and what comes next. */
import { useT } from '../../../ui/strings';
import type { Messages, StepView } from '../view-types';

interface Props {
  step: StepView;
  nextStep: StepView | undefined;
  /** The step's note, shown for the red flags (with the link to the full key). */
  note: string | undefined;
  guideHref: string;
}

export default function EndCard({ step, nextStep, note, guideHref }: Props) {
  const t = useT<Messages>();
  return (
    <div className="cm-slide cm-end">
      <p className="cm-statement">{t('classMode.ui.endHeading', { step: step.title })}</p>
      {step.recap && (
        <div className="cm-discuss">
          <p className="cm-discuss__label">{t('classMode.ui.takeaway')}</p>
          <p className="cm-discuss__question">{step.recap}</p>
        </div>
      )}
      {note && step.id === 'red-flags' && (
        <p>
          {note} <a href={guideHref}>{t('classMode.ui.fullKey')}</a>
        </p>
      )}
      <p className="cm-end__next">
        {nextStep ? t('classMode.ui.endNext', { step: nextStep.title }) : t('classMode.ui.endLast')}
      </p>
    </div>
  );
}
