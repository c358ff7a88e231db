/**
 * First impressions and second look: the same questions before and after the lesson.
 * Answers save as drafts on every change; submitting marks the step done.
 */
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useStore } from '@nanostores/react';
import { $progress } from '../../stores/progress';
import {
  completeImpressions,
  reopenImpressions,
  saveImpressions,
  type ImpressionsStep,
} from './store';
import { caseProgressOf, type Impressions as Answers } from '../../core/progress';
import { stepStatus } from '../../core/step-status';
import { compareDiscernment, discernment, formatGap } from '../../core/discernment';
import type { Dictionary } from '../../i18n';
import { translator, type Leaves, type Translate } from '../../i18n/translate';
import { $assignment } from '../../stores/assignment';
import { nextStep as nextStepOf } from '../../core/lesson';
import type { StepKind } from '../../core/steps';

export interface ClaimView {
  id: string;
  text: string;
  /** Only passed to the second look, where the answers are revealed. */
  accurate?: boolean;
  explanation?: string;
  sources?: { id: string; title: string; publisher: string; url: string }[];
}

export interface RecapView {
  id: string;
  title: string;
  recap: string;
}

/** The UI strings this island uses (pass `pick('impressions', 'results', 'steps', 'sources')`). */
export type Messages = Pick<Dictionary, 'impressions' | 'results' | 'steps' | 'sources'>;
type Key = Leaves<Messages>;

interface Props {
  messages: Messages;
  caseId: string;
  mode: 'first' | 'second';
  claims: ClaimView[];
  /** The lesson's steps, to offer the next one (in the assignment's order, if any). */
  lesson?: { base: string; steps: StepKind[]; titles: Record<string, string> };
  /** Second look: the module steps and what each taught. */
  recaps?: RecapView[];
}

const RATINGS = [1, 2, 3, 4, 5] as const;
const SHARE = ['yes', 'maybe', 'no'] as const;

function ChoiceGroup<V extends string | number>(props: {
  legend: ReactNode;
  name: string;
  options: readonly { value: V; label: string }[];
  value: V | undefined;
  onChange: (value: V) => void;
  id?: string;
  hint?: ReactNode;
}) {
  return (
    <fieldset id={props.id} tabIndex={-1}>
      <legend>{props.legend}</legend>
      {props.hint}
      <div className="choices">
        {props.options.map((o) => (
          <label className="choice" key={String(o.value)}>
            <input
              type="radio"
              name={props.name}
              value={String(o.value)}
              checked={props.value === o.value}
              onChange={() => props.onChange(o.value)}
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export default function Impressions({
  messages,
  caseId,
  mode,
  claims,
  lesson,
  recaps = [],
}: Props) {
  const t = translator(messages);
  const progress = useStore($progress);
  // Saved answers exist only in the browser: render the empty form first so the server HTML
  // and the first client render agree, then show what was saved.
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  const caseProgress = mounted ? caseProgressOf(progress, caseId) : { modules: {} };
  const step: ImpressionsStep = mode === 'first' ? 'firstImpressions' : 'secondLook';
  const answers: Answers = caseProgress[step] ?? { claims: {} };
  const done = answers.completedAt !== undefined;
  const active = useStore($assignment);
  const nextStep = lesson ? nextStepOf(caseId, lesson.steps, 'first-impressions', active) : null;
  const next =
    lesson && nextStep
      ? {
          href: `${lesson.base}${nextStep}/`,
          label: t('steps.next', { step: lesson.titles[nextStep] ?? nextStep }),
        }
      : null;
  const [missing, setMissing] = useState<{ id: string; label: string }[]>([]);
  const summaryRef = useRef<HTMLDivElement>(null);
  const doneRef = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLHeadingElement>(null);
  const justChanged = useRef<'submitted' | 'reopened' | null>(null);
  const uid = useId();

  useEffect(() => {
    if (justChanged.current === 'submitted') doneRef.current?.focus();
    if (justChanged.current === 'reopened') formRef.current?.focus();
    justChanged.current = null;
  }, [done]);

  useEffect(() => {
    if (missing.length > 0) summaryRef.current?.focus();
  }, [missing]);

  const save = (patch: Parameters<typeof saveImpressions>[2]) =>
    saveImpressions(caseId, step, patch);

  const submit = (event: { preventDefault(): void }) => {
    event.preventDefault();
    const gaps: { id: string; label: string }[] = [];
    if (answers.believability === undefined)
      gaps.push({ id: `${uid}-believability`, label: t('impressions.missingBelievability') });
    if (answers.share === undefined)
      gaps.push({ id: `${uid}-share`, label: t('impressions.missingShare') });
    claims.forEach((c, i) => {
      if (answers.claims[c.id] === undefined)
        gaps.push({
          id: `${uid}-claim-${c.id}`,
          label: t('impressions.missingClaim', { n: i + 1 }),
        });
    });
    setMissing(gaps);
    if (gaps.length > 0) return;
    justChanged.current = 'submitted';
    completeImpressions(caseId, step);
  };

  const reopen = () => {
    justChanged.current = 'reopened';
    reopenImpressions(caseId, step);
  };

  if (done && mode === 'first') {
    return (
      <div className="notice notice--good">
        <h2 ref={doneRef} tabIndex={-1}>
          {t('impressions.savedFirst')}
        </h2>
        <div className="button-row">
          {next && (
            <a className="button" href={next.href}>
              {next.label} <span aria-hidden="true">→</span>
            </a>
          )}
          <button type="button" className="button button--secondary" onClick={reopen}>
            {t('impressions.change')}
          </button>
        </div>
      </div>
    );
  }

  if (done && mode === 'second') {
    return (
      <Results
        t={t}
        caseId={caseId}
        claims={claims}
        recaps={recaps}
        headingRef={doneRef}
        onChange={reopen}
      />
    );
  }

  return (
    <form onSubmit={submit} noValidate aria-labelledby={`${uid}-heading`}>
      <h2 id={`${uid}-heading`} ref={formRef} tabIndex={-1}>
        {t('impressions.formHeading')}
      </h2>
      {missing.length > 0 && (
        <div
          className="notice notice--bad"
          ref={summaryRef}
          tabIndex={-1}
          role="alert"
          aria-labelledby={`${uid}-missing`}
        >
          <h3 id={`${uid}-missing`}>{t('impressions.missingHeading')}</h3>
          <ul>
            {missing.map((m) => (
              <li key={m.id}>
                <a
                  href={`#${m.id}`}
                  onClick={(e) => {
                    e.preventDefault();
                    document.getElementById(m.id)?.focus();
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
        id={`${uid}-believability`}
        legend={t('impressions.believability')}
        name={`${uid}-believability`}
        options={RATINGS.map((r) => ({
          value: r,
          label: t(`impressions.believabilityScale.${r}` as Key),
        }))}
        value={answers.believability}
        onChange={(believability) => save({ believability })}
      />
      <ChoiceGroup
        id={`${uid}-share`}
        legend={t('impressions.share')}
        name={`${uid}-share`}
        options={SHARE.map((s) => ({ value: s, label: t(`impressions.shareOptions.${s}`) }))}
        value={answers.share}
        onChange={(share) => save({ share })}
      />
      <div className="field">
        <label className="block" htmlFor={`${uid}-reason`}>
          {t('impressions.reason')}
        </label>
        <p className="muted" id={`${uid}-reason-help`}>
          {t('impressions.reasonHelp')}
        </p>
        <textarea
          id={`${uid}-reason`}
          rows={2}
          maxLength={1000}
          aria-describedby={`${uid}-reason-help`}
          value={answers.reason ?? ''}
          onChange={(e) => save({ reason: e.target.value })}
        />
      </div>

      <h3>{t('impressions.claimsHeading')}</h3>
      <p>{t('impressions.claimsIntro')}</p>
      {claims.map((claim, i) => (
        <ChoiceGroup
          key={claim.id}
          id={`${uid}-claim-${claim.id}`}
          legend={
            <>
              <span className="visually-hidden">{t('impressions.claimLabel', { n: i + 1 })}: </span>
              {claim.text}
            </>
          }
          name={`${uid}-claim-${claim.id}`}
          options={RATINGS.map((r) => ({
            value: r,
            label: t(`impressions.claimScale.${r}` as Key),
          }))}
          value={answers.claims[claim.id]}
          onChange={(rating) => save({ claims: { [claim.id]: rating } })}
        />
      ))}

      <p className="muted">{t('impressions.savedDraft')}</p>
      <div className="button-row">
        <button type="submit" className="button">
          {mode === 'first' ? t('impressions.submitFirst') : t('impressions.submitSecond')}
        </button>
      </div>
    </form>
  );
}

function shareLabel(t: Translate<Messages>, share: Answers['share']): string {
  return share ? t(`impressions.shareOptions.${share}`) : t('results.notAnswered');
}

function num(t: Translate<Messages>, n: number | null | undefined, digits = 1): string {
  if (n === null || n === undefined) return t('results.notAnswered');
  return Number.isInteger(n) ? String(n) : n.toFixed(digits);
}

function Results(props: {
  t: Translate<Messages>;
  caseId: string;
  claims: ClaimView[];
  recaps: RecapView[];
  headingRef: React.RefObject<HTMLHeadingElement | null>;
  onChange: () => void;
}) {
  const { t } = props;
  const progress = useStore($progress);
  const caseProgress = caseProgressOf(progress, props.caseId);
  const before = caseProgress.firstImpressions;
  const after = caseProgress.secondLook;
  const rated = props.claims.map((c) => ({ id: c.id, accurate: c.accurate === true }));
  const d0 = discernment(rated, before?.completedAt ? before.claims : {});
  const d1 = discernment(rated, after?.claims ?? {});
  const change = d0.gap !== null && d1.gap !== null ? compareDiscernment(d0.gap, d1.gap) : null;
  const finished = props.recaps.filter((r) => stepStatus(caseProgress, r.id).state === 'done');
  const gap = (g: number | null) => (g === null ? t('results.notAnswered') : formatGap(g));
  const b = before?.completedAt ? before : undefined;

  return (
    <section aria-labelledby="results-heading" className="results">
      <h2 id="results-heading" ref={props.headingRef} tabIndex={-1}>
        {t('results.heading')}
      </h2>
      <p className="notice notice--good">
        {finished.length === props.recaps.length ? t('results.finished') : t('results.savedSecond')}
      </p>
      <div className="table-wrap">
        <table>
          <caption className="visually-hidden">{t('results.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('results.question')}</th>
              <th scope="col">{t('results.before')}</th>
              <th scope="col">{t('results.after')}</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{t('results.believability')}</th>
              <td>{num(t, b?.believability)}</td>
              <td>{num(t, after?.believability)}</td>
            </tr>
            <tr>
              <th scope="row">{t('results.share')}</th>
              <td>{shareLabel(t, b?.share)}</td>
              <td>{shareLabel(t, after?.share)}</td>
            </tr>
            <tr>
              <th scope="row">{t('results.accurateMean')}</th>
              <td>{num(t, d0.accurateMean)}</td>
              <td>{num(t, d1.accurateMean)}</td>
            </tr>
            <tr>
              <th scope="row">{t('results.inaccurateMean')}</th>
              <td>{num(t, d0.inaccurateMean)}</td>
              <td>{num(t, d1.inaccurateMean)}</td>
            </tr>
            <tr>
              <th scope="row">{t('results.discernment')}</th>
              <td>{gap(d0.gap)}</td>
              <td>
                <strong>{gap(d1.gap)}</strong>
              </td>
            </tr>
          </tbody>
        </table>
      </div>

      <h3>{t('results.discernmentHeading')}</h3>
      <p>{t('results.discernmentExplain')}</p>
      {change && <p className="notice">{t(`results.${change}`)}</p>}

      <h3>{t('results.claimsHeading')}</h3>
      <ol className="claim-results">
        {props.claims.map((c) => (
          <li key={c.id} className="card">
            <p>
              <strong>{c.text}</strong>
            </p>
            <p className="verdict" data-verdict={c.accurate ? 'yes' : 'no'}>
              <span aria-hidden="true">{c.accurate ? '✓' : '✗'}</span>{' '}
              {c.accurate ? t('results.supported') : t('results.notSupported')}
            </p>
            <p>{c.explanation}</p>
            <p className="muted">
              {t('results.yourRatings', {
                before: num(t, b?.claims[c.id]),
                after: num(t, after?.claims[c.id]),
              })}
            </p>
            {c.sources && c.sources.length > 0 && (
              <p className="muted">
                {t('results.sources')}{' '}
                {c.sources.map((s, i) => (
                  <span key={s.id}>
                    {i > 0 && '; '}
                    <a href={s.url} target="_blank" rel="noopener noreferrer">
                      {s.title}
                      <span className="visually-hidden"> {t('sources.newTab')}</span>
                    </a>{' '}
                    ({s.publisher})
                  </span>
                ))}
              </p>
            )}
          </li>
        ))}
      </ol>

      <h3>{t('results.recapHeading')}</h3>
      {finished.length === 0 ? (
        <p>{t('results.recapNone')}</p>
      ) : (
        <dl className="recap">
          {finished.map((r) => (
            <div key={r.id}>
              <dt>{r.title}</dt>
              <dd>{r.recap}</dd>
            </div>
          ))}
        </dl>
      )}
      <p className="muted">{t('results.printHint')}</p>
      <div className="button-row">
        <button type="button" className="button button--secondary" onClick={props.onChange}>
          {t('impressions.change')}
        </button>
      </div>
    </section>
  );
}
