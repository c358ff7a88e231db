/**
 * The impressions questions: how believable, would you share it, why, and how likely each claim
 * is. Every change saves a draft; submitting checks that every question has an answer.
 */
import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import type { Impressions } from '../../../core/progress';
import type { Leaves } from '../../../i18n/translate';
import { useT } from '../../../ui/strings';
import {
  chooseShare,
  rateBelievability,
  rateClaim,
  writeReason,
  type ImpressionsStep,
  type Rating,
} from '../store';
import type { ClaimView, FormMessages } from '../view-types';
import ChoiceGroup from './ChoiceGroup';

interface Props {
  caseId: string;
  step: ImpressionsStep;
  answers: Impressions;
  claims: ClaimView[];
  /** The submit button's words. */
  submitLabel: string;
  onSubmit: () => void;
  headingRef: RefObject<HTMLHeadingElement | null>;
  /** The heading's id when the page links to it (first impressions); a generated one otherwise. */
  headingId?: string;
}

const RATINGS = [1, 2, 3, 4, 5] as const;
const SHARE = ['yes', 'maybe', 'no'] as const;

interface Missing {
  /** The question's key: `believability`, `share` or `claim-<id>`. */
  key: string;
  label: string;
}

export default function ImpressionsForm(props: Props) {
  const { caseId, step, answers, claims } = props;
  const t = useT<FormMessages>();
  const uid = useId();
  const [missing, setMissing] = useState<Missing[]>([]);
  const summaryRef = useRef<HTMLDivElement>(null);
  const fields = useRef(new Map<string, HTMLFieldSetElement | null>());
  const field = (key: string) => (el: HTMLFieldSetElement | null) => {
    fields.current.set(key, el);
  };
  const id = (key: string) => `${uid}-${key}`;
  const headingId = props.headingId ?? id('heading');

  useEffect(() => {
    if (missing.length > 0) summaryRef.current?.focus();
  }, [missing]);

  const submit = (event: { preventDefault(): void }) => {
    event.preventDefault();
    const gaps: Missing[] = [];
    if (answers.believability === undefined)
      gaps.push({ key: 'believability', label: t('impressions.missingBelievability') });
    if (answers.share === undefined)
      gaps.push({ key: 'share', label: t('impressions.missingShare') });
    claims.forEach((c, i) => {
      if (answers.claims[c.id] === undefined)
        gaps.push({ key: `claim-${c.id}`, label: t('impressions.missingClaim', { n: i + 1 }) });
    });
    setMissing(gaps);
    if (gaps.length === 0) props.onSubmit();
  };

  const ratings = (scale: 'believabilityScale' | 'claimScale') =>
    RATINGS.map((r) => ({
      value: r as Rating,
      label: t(`impressions.${scale}.${r}` as Leaves<FormMessages>),
    }));

  return (
    <form onSubmit={submit} noValidate aria-labelledby={headingId}>
      <h2 id={headingId} ref={props.headingRef} tabIndex={-1}>
        {t('impressions.formHeading')}
      </h2>
      {missing.length > 0 && (
        <div
          className="notice notice--bad"
          ref={summaryRef}
          tabIndex={-1}
          role="alert"
          aria-labelledby={id('missing')}
        >
          <h3 id={id('missing')}>{t('impressions.missingHeading')}</h3>
          <ul>
            {missing.map((m) => (
              <li key={m.key}>
                <a
                  href={`#${id(m.key)}`}
                  onClick={(e) => {
                    e.preventDefault();
                    fields.current.get(m.key)?.focus();
                  }}
                >
                  {m.label}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}

      <ChoiceGroup
        id={id('believability')}
        ref={field('believability')}
        legend={t('impressions.believability')}
        name={id('believability')}
        options={ratings('believabilityScale')}
        value={answers.believability as Rating | undefined}
        onChange={(rating) => rateBelievability(caseId, step, rating)}
      />
      <ChoiceGroup
        id={id('share')}
        ref={field('share')}
        legend={t('impressions.share')}
        name={id('share')}
        options={SHARE.map((s) => ({ value: s, label: t(`impressions.shareOptions.${s}`) }))}
        value={answers.share}
        onChange={(share) => chooseShare(caseId, step, share)}
      />
      <div className="field">
        <label className="block" htmlFor={id('reason')}>
          {t('impressions.reason')}
        </label>
        <p className="muted" id={id('reason-help')}>
          {t('impressions.reasonHelp')}
        </p>
        <textarea
          id={id('reason')}
          rows={2}
          maxLength={1000}
          aria-describedby={id('reason-help')}
          value={answers.reason ?? ''}
          onChange={(e) => writeReason(caseId, step, e.target.value)}
        />
      </div>

      <h3>{t('impressions.claimsHeading')}</h3>
      <p>{t('impressions.claimsIntro')}</p>
      {claims.map((claim, i) => (
        <ChoiceGroup
          key={claim.id}
          id={id(`claim-${claim.id}`)}
          ref={field(`claim-${claim.id}`)}
          legend={
            <>
              <span className="visually-hidden">{t('impressions.claimLabel', { n: i + 1 })}: </span>
              {claim.text}
            </>
          }
          name={id(`claim-${claim.id}`)}
          options={ratings('claimScale')}
          value={answers.claims[claim.id] as Rating | undefined}
          onChange={(rating) => rateClaim(caseId, step, claim.id, rating)}
        />
      ))}

      <p className="muted">{t('impressions.savedDraft')}</p>
      <div className="button-row">
        <button type="submit" className="button">
          {props.submitLabel}
        </button>
      </div>
    </form>
  );
}
