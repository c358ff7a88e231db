/**
 * The results page: per-step results, before/after ratings, the student's name and their
 * completion code, and their written answers for print.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { useStore } from '@nanostores/react';
import { $progress } from '../../stores/progress';
import { $assignment } from '../../stores/assignment';
import { $studentName, setStudentName } from '../../stores/student';
import { caseProgressOf, type Impressions } from '../../core/progress';
import { stepStatus } from '../../core/step-status';
import { lessonOrder } from '../../core/lesson';
import { summarize } from '../../core/completion';
import { OWN_CHOICE, decodeExpertsData } from '../experts/scoring';
import { encodeCompletion } from '../../core/completion-code';
import { formatGap } from '../../core/discernment';
import type { StepKind } from '../../core/steps';
import type { Dictionary } from '../../i18n';
import { translator, type Translate } from '../../i18n/translate';

/** The UI strings this island uses (pass `pick('summary', 'overview')`). */
export type Messages = Pick<Dictionary, 'summary' | 'overview'>;

/** What the summary needs to show a student's answers in Check the named experts. */
export interface ExpertCardInfo {
  id: string;
  title: string;
  choices: Record<string, string>;
}

interface Props {
  messages: Messages;
  /** Cards of Check the named experts, and the labels of verdicts and confidences. */
  experts?: {
    cards: ExpertCardInfo[];
    verdicts: Record<string, string>;
    confidences: Record<string, string>;
  };
  caseId: string;
  caseCode: string;
  base: string;
  steps: { id: StepKind; title: string }[];
  claims: { id: string; accurate: boolean }[];
}

function statusText(t: Translate<Messages>, state: string, percent: number | null): string {
  if (state === 'done' && percent !== null) return t('overview.status.doneScore', { percent });
  if (state === 'done') return t('overview.status.done');
  if (state === 'in-progress') return t('overview.status.in-progress');
  return t('overview.status.not-started');
}

export default function Summary({
  messages,
  experts,
  caseId,
  caseCode,
  base,
  steps,
  claims,
}: Props) {
  const t = translator(messages);
  const progress = useStore($progress);
  const active = useStore($assignment);
  const savedName = useStore($studentName);
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const codeRef = useRef<HTMLElement>(null);
  const uid = useId();

  const caseProgress = mounted ? caseProgressOf(progress, caseId) : { modules: {} };
  const assignment = mounted && active?.caseId === caseId ? active : null;
  const name = mounted ? savedName : '';
  const order = lessonOrder(
    caseId,
    steps.map((s) => s.id),
    assignment,
  );
  const { record, remaining } = summarize({
    caseCode,
    claims,
    order,
    progress: caseProgress,
    assignment,
    name,
  });
  const code = remaining.length === 0 && name.trim() !== '' ? encodeCompletion(record) : null;
  const title = (id: StepKind) => steps.find((s) => s.id === id)?.title ?? id;

  const copy = async () => {
    if (!code) return;
    try {
      await navigator.clipboard.writeText(code);
      setCopyState('copied');
    } catch {
      setCopyState('failed');
      const range = document.createRange();
      if (codeRef.current) {
        range.selectNodeContents(codeRef.current);
        window.getSelection()?.removeAllRanges();
        window.getSelection()?.addRange(range);
      }
    }
  };

  const reasons = (
    [
      [t('summary.firstReason'), caseProgress.firstImpressions],
      [t('summary.secondReason'), caseProgress.secondLook],
    ] as [string, Impressions | undefined][]
  ).filter(([, i]) => (i?.reason ?? '').trim() !== '');

  // The student's own words and choices in Check the named experts, for print.
  const expertAnswers: [string, string][] = [];
  const expertData = caseProgress.modules['experts']?.data;
  if (experts && expertData !== undefined) {
    const { data } = decodeExpertsData(
      expertData,
      experts.cards.map((c) => ({ id: c.id, choiceIds: Object.keys(c.choices) })),
    );
    for (const card of experts.cards) {
      const a = data.cards[card.id];
      if (!a) continue;
      if (a.check)
        expertAnswers.push([
          t('summary.expertsCheck', { card: card.title }),
          a.check === OWN_CHOICE ? (a.own ?? '') : (card.choices[a.check] ?? a.check),
        ]);
      if (a.verdict)
        expertAnswers.push([
          t('summary.expertsVerdict', { card: card.title }),
          `${experts.verdicts[a.verdict] ?? a.verdict}${a.confidence ? ` (${experts.confidences[a.confidence] ?? a.confidence})` : ''}`,
        ]);
    }
  }
  const written: [string, string][] = [
    ...reasons.map(([label, i]): [string, string] => [label, i?.reason ?? '']),
    ...expertAnswers,
  ];

  const gap = (g: number | null) => (g === null ? '—' : formatGap(g));
  const rating = (r: number | null) => (r === null ? '—' : String(r));

  return (
    <div className="summary">
      <h2>{t('summary.stepsHeading')}</h2>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t('summary.step')}</th>
              <th scope="col">{t('summary.status')}</th>
            </tr>
          </thead>
          <tbody>
            {order.map((id) => (
              <tr key={id}>
                <th scope="row">
                  <a href={`${base}${id}/`}>{title(id)}</a>
                </th>
                <td>
                  {statusText(t, stepStatus(caseProgress, id).state, record.steps[id].percent)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2>{t('summary.ratingsHeading')}</h2>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <td />
              <th scope="col">{t('summary.before')}</th>
              <th scope="col">{t('summary.after')}</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{t('summary.believability')}</th>
              <td>{rating(record.believabilityBefore)}</td>
              <td>{rating(record.believabilityAfter)}</td>
            </tr>
            <tr>
              <th scope="row">{t('summary.discernment')}</th>
              <td>{gap(record.discernmentBefore)}</td>
              <td>{gap(record.discernmentAfter)}</td>
            </tr>
          </tbody>
        </table>
      </div>
      <p>{t('summary.time', { minutes: record.minutes })}</p>

      {remaining.length > 0 ? (
        <section className="notice notice--warn" aria-labelledby={`${uid}-left`}>
          <h2 id={`${uid}-left`}>{t('summary.notDoneHeading')}</h2>
          <p>{t('summary.notDone')}</p>
          <ul>
            {remaining.map((id) => (
              <li key={id}>
                <a href={`${base}${id}/`}>{title(id)}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : (
        <section className="card code-card" aria-labelledby={`${uid}-code`}>
          <h2 id={`${uid}-code`}>{t('summary.codeHeading')}</h2>
          <label className="block" htmlFor={`${uid}-name`}>
            {t('summary.nameLabel')}
          </label>
          <p className="muted" id={`${uid}-name-help`}>
            {t('summary.nameHelp')}
          </p>
          <input
            id={`${uid}-name`}
            type="text"
            autoComplete="off"
            maxLength={30}
            aria-describedby={`${uid}-name-help`}
            value={name}
            onChange={(e) => {
              setStudentName(e.target.value);
              setCopyState('idle');
            }}
          />
          {code ? (
            <>
              <p className="muted">{t('summary.codeHelp')}</p>
              <p className="code" aria-label={t('summary.codeHeading')}>
                <code ref={codeRef} data-completion-code>
                  {code}
                </code>
              </p>
              <div className="button-row">
                <button type="button" className="button" onClick={copy}>
                  {t('summary.copy')}
                </button>
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => window.print()}
                >
                  {t('summary.print')}
                </button>
              </div>
            </>
          ) : (
            <p className="muted">{t('summary.nameMissing')}</p>
          )}
          <p role="status" className="copy-status">
            {copyState === 'copied'
              ? t('summary.copied')
              : copyState === 'failed'
                ? t('summary.copyFailed')
                : ''}
          </p>
        </section>
      )}

      <section className="written-answers" aria-labelledby={`${uid}-answers`}>
        <h2 id={`${uid}-answers`}>{t('summary.answersHeading')}</h2>
        <p className="muted">{t('summary.answersIntro')}</p>
        {written.length === 0 ? (
          <p>{t('summary.noAnswers')}</p>
        ) : (
          <dl>
            {written.map(([label, text], i) => (
              <div key={i}>
                <dt>{label}</dt>
                <dd>{text}</dd>
              </div>
            ))}
          </dl>
        )}
      </section>
    </div>
  );
}
