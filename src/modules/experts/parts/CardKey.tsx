/**
 * A card's steps 2 to 4 as the server's HTML draws them, before saved progress is read: for
 * readers without JavaScript the answer key (every choice with its feedback, the prepared panels,
 * the verdict explained; `ex-nojs`), and with JavaScript, on the first card, the exercise as it
 * starts (`form`, and the locked steps; `ex-js`).
 */
import type { ReactNode } from 'react';
import { useT } from '../../../ui/strings';
import type { CardParts, CardView, ExpertsMessages } from '../view-types';
import { ChoiceFeedbackList } from './CheckFirst';
import { VerdictIcon } from './Icons';

interface Props {
  card: CardView;
  parts: CardParts;
  /** The first card's "check first" form (the other cards show only without JavaScript). */
  form?: ReactNode;
}

export default function CardKey({ card, parts, form }: Props) {
  const t = useT<ExpertsMessages>();
  return (
    <>
      {form}
      <div className="ex-step ex-nojs">
        <h3>{t('experts.steps.check')}</h3>
        <ChoiceFeedbackList choices={card.checkChoices} feedback={parts.feedback} />
      </div>
      <div className="ex-step">
        <h3 id={`${card.id}-finds-heading`}>{t('experts.steps.finds')}</h3>
        {form && <p className="muted ex-js">{t('experts.findsLocked')}</p>}
        <div className="ex-nojs">{parts.finds}</div>
      </div>
      <div className="ex-step">
        <h3 id={`${card.id}-verdict-heading`}>{t('experts.steps.verdict')}</h3>
        {form && <p className="muted ex-js">{t('experts.verdictLocked')}</p>}
        <div className="ex-nojs">
          <p>
            <VerdictIcon verdict={card.verdict} />{' '}
            {t('experts.answerIs', { verdict: t(`experts.verdicts.${card.verdict}.label`) })}
          </p>
          <h4>{t('experts.explained')}</h4>
          {parts.explain}
        </div>
      </div>
    </>
  );
}
