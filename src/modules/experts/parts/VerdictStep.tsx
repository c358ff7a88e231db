/** Step 4 of a card: verdict and confidence, then the result and the explained answer. */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useT } from '../../../ui/strings';
import {
  POINTS_PER_CARD,
  confidences,
  formatPoints,
  scoreVerdict,
  verdicts,
  type CardAnswer,
  type Confidence,
  type Verdict,
} from '../scoring';
import type { CardView, ExpertsMessages } from '../view-types';
import { OutcomeIcon, VerdictIcon } from './Icons';
import { ignoreRestOfDoubleClick } from '../../../ui/double-click-guard';

interface Props {
  card: CardView;
  /** The explained answer (a slot). */
  explain: ReactNode;
  answer: CardAnswer | undefined;
  onVerdict: (verdict: Verdict, confidence: Confidence) => void;
  /** Move focus to the result (right after the student gave a verdict, not on a restore). */
  focusResult: boolean;
}

const OUTCOME_NOTICE = { right: 'notice--good', partly: 'notice--warn', wrong: 'notice--bad' };

export default function VerdictStep({ card, explain, answer, onVerdict, focusResult }: Props) {
  const t = useT<ExpertsMessages>();
  const [verdict, setVerdict] = useState<Verdict | undefined>(undefined);
  const [confidence, setConfidence] = useState<Confidence | undefined>(undefined);
  const [error, setError] = useState<'verdict' | 'confidence' | null>(null);
  const verdictRef = useRef<HTMLInputElement>(null);
  const confidenceRef = useRef<HTMLInputElement>(null);
  const resultRef = useRef<HTMLHeadingElement>(null);
  const headingId = `${card.id}-verdict-heading`;
  const ruleId = `${card.id}-points-rule`;
  const given = answer?.verdict && answer.confidence ? answer : undefined;

  useEffect(() => {
    if (given && focusResult) resultRef.current?.focus();
  }, [given, focusResult]);

  if (!answer?.check) {
    return (
      <div className="ex-step">
        <h3 id={headingId}>{t('experts.steps.verdict')}</h3>
        <p className="muted">{t('experts.verdictLocked')}</p>
      </div>
    );
  }

  if (given?.verdict && given.confidence) {
    const { outcome, points } = scoreVerdict(
      {
        id: card.id,
        verdict: card.verdict,
        partialVerdicts: card.partialVerdicts.map((p) => p.verdict),
      },
      given.verdict,
      given.confidence,
    );
    const partial = card.partialVerdicts.find((p) => p.verdict === given.verdict);
    return (
      <div className="ex-step">
        <h3 id={headingId}>{t('experts.steps.verdict')}</h3>
        <div className={`notice ${OUTCOME_NOTICE[outcome]}`}>
          <h4 ref={resultRef} tabIndex={-1} className="ex-outcome">
            <OutcomeIcon outcome={outcome} /> {t(`experts.outcomes.${outcome}`)}
          </h4>
          <p>
            {t('experts.youSaid', {
              verdict: t(`experts.verdicts.${given.verdict}.label`),
              confidence: t(`experts.confidences.${given.confidence}`).toLowerCase(),
            })}
          </p>
          {outcome !== 'right' && (
            <p>
              <VerdictIcon verdict={card.verdict} />{' '}
              {t('experts.answerIs', { verdict: t(`experts.verdicts.${card.verdict}.label`) })}
            </p>
          )}
          {partial && <p>{partial.feedback}</p>}
          <p>
            <strong>
              {t('experts.points', { points: formatPoints(points), possible: POINTS_PER_CARD })}
            </strong>
          </p>
        </div>
        <h4>{t('experts.explained')}</h4>
        {explain}
      </div>
    );
  }

  const submit = (event: React.SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!verdict) {
      setError('verdict');
      verdictRef.current?.focus();
      return;
    }
    if (!confidence) {
      setError('confidence');
      confidenceRef.current?.focus();
      return;
    }
    setError(null);
    // What replaces the form (the answer, "Next source") must not take the rest of a double-click.
    ignoreRestOfDoubleClick();
    onVerdict(verdict, confidence);
  };

  return (
    <div className="ex-step">
      <h3 id={headingId}>{t('experts.steps.verdict')}</h3>
      <form onSubmit={submit} noValidate>
        <fieldset aria-describedby={error === 'verdict' ? `${card.id}-verdict-error` : undefined}>
          <legend>{t('experts.verdictQuestion')}</legend>
          <div className="choices ex-options">
            {verdicts.map((v, i) => (
              <label className="choice" key={v}>
                <input
                  ref={i === 0 ? verdictRef : undefined}
                  type="radio"
                  name={`${card.id}-verdict`}
                  value={v}
                  checked={verdict === v}
                  onChange={() => {
                    setVerdict(v);
                    setError(null);
                  }}
                />
                <span className="ex-verdict-option">
                  <strong className="ex-verdict-option__label">
                    <VerdictIcon verdict={v} /> {t(`experts.verdicts.${v}.label`)}
                  </strong>
                  <small className="ex-verdict-option__hint">
                    {t(`experts.verdicts.${v}.hint`)}
                  </small>
                </span>
              </label>
            ))}
          </div>
          {error === 'verdict' && (
            <p id={`${card.id}-verdict-error`} className="field-error" role="alert">
              {t('experts.chooseVerdict')}
            </p>
          )}
        </fieldset>
        <fieldset
          aria-describedby={
            error === 'confidence' ? `${ruleId} ${card.id}-confidence-error` : ruleId
          }
        >
          <legend>{t('experts.confidenceQuestion')}</legend>
          <div className="choices">
            {confidences.map((c, i) => (
              <label className="choice" key={c}>
                <input
                  ref={i === 0 ? confidenceRef : undefined}
                  type="radio"
                  name={`${card.id}-confidence`}
                  value={c}
                  checked={confidence === c}
                  onChange={() => {
                    setConfidence(c);
                    setError(null);
                  }}
                />
                <span>{t(`experts.confidences.${c}`)}</span>
              </label>
            ))}
          </div>
          <p id={ruleId} className="muted ex-rule">
            {t('experts.pointsRule')}
          </p>
          {error === 'confidence' && (
            <p id={`${card.id}-confidence-error`} className="field-error" role="alert">
              {t('experts.chooseConfidence')}
            </p>
          )}
        </fieldset>
        <div className="button-row">
          <button type="submit" className="button">
            {t('experts.verdictButton')}
          </button>
        </div>
      </form>
    </div>
  );
}
