/** One source card: what the article claims, check first, what a check finds, verdict. */
import { forwardRef } from 'react';
import { useT } from '../../../ui/strings';
import ReadAloud from '../../../ui/ReadAloud';
import type { CardAnswer, Confidence, Verdict } from '../scoring';
import type { CardParts, CardView, ExpertsMessages } from '../view-types';
import CheckFirst from './CheckFirst';
import Findings from './Findings';
import VerdictStep from './VerdictStep';

interface Props {
  card: CardView;
  /** The card's static HTML: quotes (a slot), and what shows after each answer. */
  parts: CardParts;
  index: number;
  total: number;
  answer: CardAnswer | undefined;
  /** The step the student just completed here, whose feedback takes focus; null on a restore. */
  focus: 'check' | 'verdict' | null;
  onCheck: (check: string, own?: string) => void;
  onVerdict: (verdict: Verdict, confidence: Confidence) => void;
  /** Where "next" goes once the verdict is in. */
  next: { label: string; go: () => void } | null;
}

const SourceCard = forwardRef<HTMLHeadingElement, Props>(function SourceCard(
  { card, parts, index, total, answer, focus, onCheck, onVerdict, next },
  headingRef,
) {
  const t = useT<ExpertsMessages>();
  const titleId = `${card.id}-title`;
  const done = Boolean(answer?.verdict && answer.confidence);
  return (
    <section className="ex-card" aria-labelledby={titleId} data-read-aloud-region>
      <p className="ex-card__meta">
        <span className="ex-kind">{t(`experts.kinds.${card.kind}`)}</span>
        <span>{t('experts.sourceOf', { n: index + 1, total })}</span>
        {card.tier === 'extra' && (
          <span className="ex-kind ex-kind--extra">{t('experts.extra')}</span>
        )}
      </p>
      <h2 id={titleId} ref={headingRef} tabIndex={-1} className="ex-card__title">
        {card.title}
      </h2>
      <ReadAloud what="card" />

      <div className="ex-step">
        <h3 id={`${card.id}-claims-heading`}>{t('experts.steps.claims')}</h3>
        {parts.quotes}
        <p>
          <strong>{t('experts.leansOn')}</strong> {card.claim}
        </p>
      </div>

      <CheckFirst
        key={`${card.id}-check`}
        cardId={card.id}
        choices={card.checkChoices}
        feedback={parts.feedback}
        pending={parts.pending}
        answer={answer}
        onCheck={onCheck}
        focusFeedback={focus === 'check'}
      />
      <Findings cardId={card.id} finds={parts.finds} unlocked={Boolean(answer?.check)} />
      <VerdictStep
        key={`${card.id}-verdict`}
        card={card}
        explain={parts.explain}
        answer={answer}
        onVerdict={onVerdict}
        focusResult={focus === 'verdict'}
      />

      {done && next && (
        <div className="button-row">
          <button type="button" className="button" onClick={next.go}>
            {next.label} <span aria-hidden="true">→</span>
          </button>
        </div>
      )}
    </section>
  );
});

export default SourceCard;
