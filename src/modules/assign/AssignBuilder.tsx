/** The teacher's assignment link builder: steps in order, label, due date, note → link + QR. */
import { useEffect, useId, useRef, useState } from 'react';
import { renderSVG } from 'uqr';
import { LIMITS, encodeAssignment } from '../../core/assignment-link';
import type { StepKind } from '../../core/steps';
import type { Dictionary } from '../../i18n';
import { translator } from '../../i18n/translate';

interface CaseOption {
  id: string;
  code: string;
  title: string;
  steps: { id: StepKind; title: string }[];
}

/** The UI strings this island uses (pass `pick('assign')`). */
export type Messages = Pick<Dictionary, 'assign'>;

interface Props {
  messages: Messages;
  cases: CaseOption[];
  base: string;
}

export default function AssignBuilder({ messages, cases, base }: Props) {
  const t = translator(messages);
  const uid = useId();
  const [caseId, setCaseId] = useState(cases[0]?.id ?? '');
  const lesson = cases.find((c) => c.id === caseId) ?? cases[0];
  const [order, setOrder] = useState<StepKind[]>(lesson?.steps.map((s) => s.id) ?? []);
  const [chosen, setChosen] = useState<Set<StepKind>>(new Set(order));
  const [classLabel, setClassLabel] = useState('');
  const [due, setDue] = useState('');
  const [note, setNote] = useState('');
  const [origin, setOrigin] = useState('');
  const [announce, setAnnounce] = useState('');
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const linkRef = useRef<HTMLInputElement>(null);
  const moveRefs = useRef(new Map<string, HTMLButtonElement | null>());
  useEffect(() => setOrigin(window.location.origin), []);

  if (!lesson) return null;
  const titleOf = (id: StepKind) => lesson.steps.find((s) => s.id === id)?.title ?? id;
  const steps = order.filter((s) => chosen.has(s));
  const fragment =
    steps.length > 0
      ? encodeAssignment({
          caseCode: lesson.code,
          steps,
          classLabel,
          due: /^\d{4}-\d{2}-\d{2}$/.test(due) ? due : null,
          note,
        })
      : null;
  const link = fragment && origin ? `${origin}${base}a/#${fragment}` : '';
  const qr = link ? renderSVG(link, { ecc: 'M', border: 2 }) : '';

  const move = (id: StepKind, delta: -1 | 1) => {
    const i = order.indexOf(id);
    const j = i + delta;
    if (j < 0 || j >= order.length) return;
    const next = order.slice();
    [next[i], next[j]] = [next[j] as StepKind, next[i] as StepKind];
    setOrder(next);
    setAnnounce(t('assign.moved', { step: titleOf(id), n: j + 1 }));
    // Keep focus on the same button as the row moves, or its twin at the ends.
    requestAnimationFrame(() => {
      const same = moveRefs.current.get(`${id}:${delta}`);
      (same && !same.disabled ? same : moveRefs.current.get(`${id}:${-delta}`))?.focus();
    });
  };

  const toggle = (id: StepKind) => {
    const next = new Set(chosen);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setChosen(next);
    setCopy('idle');
  };

  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopy('copied');
    } catch {
      linkRef.current?.select();
      setCopy('failed');
    }
  };

  return (
    <div className="assign">
      {cases.length > 1 && (
        <p>
          <label className="block" htmlFor={`${uid}-case`}>
            {t('assign.lesson')}
          </label>
          <select
            id={`${uid}-case`}
            value={caseId}
            onChange={(e) => {
              const c = cases.find((x) => x.id === e.target.value);
              setCaseId(e.target.value);
              const ids = c?.steps.map((s) => s.id) ?? [];
              setOrder(ids);
              setChosen(new Set(ids));
            }}
          >
            {cases.map((c) => (
              <option key={c.id} value={c.id}>
                {c.title}
              </option>
            ))}
          </select>
        </p>
      )}
      <fieldset aria-describedby={`${uid}-steps-help`}>
        <legend>{t('assign.stepsLegend')}</legend>
        <p className="muted" id={`${uid}-steps-help`}>
          {t('assign.stepsHelp')}
        </p>
        <ol className="assign-steps">
          {order.map((id, i) => (
            <li key={id}>
              <label className="assign-step">
                <input type="checkbox" checked={chosen.has(id)} onChange={() => toggle(id)} />
                <span>{titleOf(id)}</span>
              </label>
              <span className="assign-move">
                <button
                  type="button"
                  className="button button--secondary"
                  ref={(el) => {
                    moveRefs.current.set(`${id}:-1`, el);
                  }}
                  disabled={i === 0}
                  aria-label={t('assign.moveUp', { step: titleOf(id) })}
                  onClick={() => move(id, -1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="button button--secondary"
                  ref={(el) => {
                    moveRefs.current.set(`${id}:1`, el);
                  }}
                  disabled={i === order.length - 1}
                  aria-label={t('assign.moveDown', { step: titleOf(id) })}
                  onClick={() => move(id, 1)}
                >
                  ↓
                </button>
              </span>
            </li>
          ))}
        </ol>
        <p role="status" className="visually-hidden">
          {announce}
        </p>
      </fieldset>

      <div className="assign-fields">
        <p>
          <label className="block" htmlFor={`${uid}-class`}>
            {t('assign.classLabel')}
          </label>
          <span className="muted" id={`${uid}-class-help`}>
            {t('assign.classHelp')}
          </span>
          <input
            id={`${uid}-class`}
            type="text"
            maxLength={LIMITS.classLabel}
            aria-describedby={`${uid}-class-help`}
            value={classLabel}
            onChange={(e) => setClassLabel(e.target.value)}
          />
        </p>
        <p>
          <label className="block" htmlFor={`${uid}-due`}>
            {t('assign.due')}
          </label>
          <input
            id={`${uid}-due`}
            type="date"
            value={due}
            onChange={(e) => setDue(e.target.value)}
          />
        </p>
      </div>
      <p>
        <label className="block" htmlFor={`${uid}-note`}>
          {t('assign.note')}
        </label>
        <span className="muted" id={`${uid}-note-help`}>
          {t('assign.noteHelp', { max: LIMITS.note })}
        </span>
        <textarea
          id={`${uid}-note`}
          rows={3}
          maxLength={LIMITS.note}
          aria-describedby={`${uid}-note-help`}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
      </p>

      <section aria-labelledby={`${uid}-link-heading`} className="card">
        <h2 id={`${uid}-link-heading`}>{t('assign.linkHeading')}</h2>
        {!fragment ? (
          <p className="notice notice--warn" role="alert">
            {t('assign.noSteps')}
          </p>
        ) : (
          <>
            <label className="block" htmlFor={`${uid}-link`}>
              {t('assign.linkLabel')}
            </label>
            <input
              id={`${uid}-link`}
              ref={linkRef}
              type="text"
              readOnly
              value={link}
              aria-describedby={`${uid}-link-help`}
              onFocus={(e) => e.target.select()}
            />
            <p className="muted" id={`${uid}-link-help`}>
              {t('assign.linkHelp')} {t('assign.length', { n: link.length })}
            </p>
            <div className="button-row">
              <button type="button" className="button" onClick={copyLink}>
                {t('assign.copy')}
              </button>
              <a
                className="button button--secondary"
                href={link}
                target="_blank"
                rel="noopener noreferrer"
              >
                {t('assign.open')}
              </a>
            </div>
            <p role="status">
              {copy === 'copied'
                ? t('assign.copied')
                : copy === 'failed'
                  ? t('assign.copyFailed')
                  : ''}
            </p>
            <h3>{t('assign.qrHeading')}</h3>
            <p className="muted">{t('assign.qrHelp')}</p>
            {qr && (
              <div
                className="qr"
                role="img"
                aria-label={t('assign.qrAlt')}
                dangerouslySetInnerHTML={{ __html: qr }}
              />
            )}
          </>
        )}
      </section>
    </div>
  );
}
