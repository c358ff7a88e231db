/**
 * Step 3 of a card: the prepared "what a check finds" panels (static HTML, from the card's slot:
 * ../CardFindings.astro), open once the student has said what they would check first.
 */
import type { ReactNode } from 'react';
import { useT } from '../../../ui/strings';
import type { ExpertsMessages } from '../view-types';

interface Props {
  cardId: string;
  /** The panels (a slot). */
  finds: ReactNode;
  unlocked: boolean;
}

export default function Findings({ cardId, finds, unlocked }: Props) {
  const t = useT<ExpertsMessages>();
  return (
    <div className="ex-step">
      <h3 id={`${cardId}-finds-heading`}>{t('experts.steps.finds')}</h3>
      {unlocked ? finds : <p className="muted">{t('experts.findsLocked')}</p>}
    </div>
  );
}
