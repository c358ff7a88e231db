/** One source card: what the article claims, check first, what a check finds, verdict. */
import { forwardRef } from 'react';
import type { CardAnswer, Confidence, Verdict } from '../scoring';
import { useT } from '../strings';
import type { CardView } from '../view-types';
import CheckFirst from './CheckFirst';
import Findings from './Findings';
import VerdictStep from './VerdictStep';

interface Props {
  card: CardView;
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
  { card, index, total, answer, focus, onCheck, onVerdict, next },
  headingRef,
) {
  const t = useT();
  const titleId = `${card.id}-title`;
  const claimsId = `${card.id}-claims-heading`;
  const done = Boolean(answer?.verdict && answer.confidence);
  return (
    <section className="ex-card" aria-labelledby={titleId}>
      <p className="ex-card__meta">
        <span className="ex-kind">{t(`experts.kinds.${card.kind}`)}</span>
        <span>{t('experts.sourceOf', { n: index + 1, total })}</span>
      </p>
      <h2 id={titleId} ref={headingRef} tabIndex={-1} className="ex-card__title">
        {card.title}
      </h2>

      <div className="ex-step">
        <h3 id={claimsId}>{t('experts.steps.claims')}</h3>
        <ul className="ex-quotes" aria-label={t('experts.quotesLabel')}>
          {card.quotes.map((q, i) => (
            <li key={`${q.href}-${q.text}`}>
              <blockquote className="ex-quote">
                <p>{q.text}</p>
              </blockquote>
              {/* One link per paragraph: after the last quote taken from it. */}
              {card.quotes[i + 1]?.href !== q.href && (
                <p className="ex-quote__link">
                  <a href={q.href}>{t('experts.readInArticle', { where: q.where })}</a>
                </p>
              )}
            </li>
          ))}
        </ul>
        <p>
          <strong>{t('experts.leansOn')}</strong> {card.claim}
        </p>
      </div>

      <CheckFirst
        key={`${card.id}-check`}
        cardId={card.id}
        choices={card.checkChoices}
        answer={answer}
        onCheck={onCheck}
        focusFeedback={focus === 'check'}
      />
      <Findings cardId={card.id} findings={card.findings} unlocked={Boolean(answer?.check)} />
      <VerdictStep
        key={`${card.id}-verdict`}
        card={card}
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
