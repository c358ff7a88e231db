/** The teacher's assignment link builder: steps in order, label, due date, note → link + QR. */
import { useEffect, useId, useState } from 'react';
import { LIMITS, encodeAssignment } from '../../core/assignment-link';
import type { StepKind } from '../../core/steps';
import { StringsProvider, useT } from '../../ui/strings';
import LinkCard, { type CopyState } from './parts/LinkCard';
import StepOrder from './parts/StepOrder';
import type { CaseOption, Messages } from './view-types';

interface Props {
  messages: Messages;
  cases: CaseOption[];
  base: string;
}

export default function AssignBuilder({ messages, ...props }: Props) {
  return (
    <StringsProvider messages={messages}>
      <Builder {...props} />
    </StringsProvider>
  );
}

function Builder({ cases, base }: Omit<Props, 'messages'>) {
  const t = useT<Messages>();
  const uid = useId();
  const [caseId, setCaseId] = useState(cases[0]?.id ?? '');
  const lesson = cases.find((c) => c.id === caseId) ?? cases[0];
  const [order, setOrder] = useState<StepKind[]>(lesson?.steps.map((s) => s.id) ?? []);
  const [chosen, setChosen] = useState<Set<StepKind>>(new Set(order));
  const [classLabel, setClassLabel] = useState('');
  const [due, setDue] = useState('');
  const [note, setNote] = useState('');
  const [origin, setOrigin] = useState('');
  const [copy, setCopy] = useState<CopyState>('idle');
  const [planSet, setPlanSet] = useState('');
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

  const presetNotes = [t('assign.planCoreNote'), t('assign.planFullNote')];
  /** A plan: every step, in the lesson's order, and its note (never over a note of the teacher's own). */
  const applyPlan = (label: string, planNote: string) => {
    const ids = lesson.steps.map((s) => s.id);
    setOrder(ids);
    setChosen(new Set(ids));
    if (note.trim() === '' || presetNotes.includes(note)) setNote(planNote);
    setPlanSet(t('assign.planSet', { plan: label }));
    setCopy('idle');
  };

  const toggle = (id: StepKind) => {
    const next = new Set(chosen);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    setChosen(next);
    setCopy('idle');
    setPlanSet('');
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
      <fieldset className="assign-plans">
        <legend>{t('assign.plansLegend')}</legend>
        <p className="muted">{t('assign.plansHelp')}</p>
        <div className="assign-plans__buttons">
          {(
            [
              [t('assign.planCore', { n: lesson.minutes.core }), t('assign.planCoreNote')],
              [t('assign.planFull', { n: lesson.minutes.full }), t('assign.planFullNote')],
            ] as const
          ).map(([label, planNote]) => (
            <button
              key={label}
              type="button"
              className="button button--secondary"
              onClick={() => applyPlan(label, planNote)}
            >
              {label}
            </button>
          ))}
        </div>
        <p role="status" className="muted">
          {planSet}
        </p>
      </fieldset>
      <StepOrder
        order={order}
        chosen={chosen}
        titleOf={titleOf}
        onOrder={setOrder}
        onToggle={toggle}
      />

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

      <LinkCard link={link} hasSteps={fragment !== null} copy={copy} onCopy={setCopy} />
      <section aria-labelledby={`${uid}-check`} className="card">
        <h2 id={`${uid}-check`}>{t('retention.assign.checkHeading')}</h2>
        <p className="muted" id={`${uid}-check-help`}>
          {t('retention.assign.checkHelp')}
        </p>
        <label className="block" htmlFor={`${uid}-check-link`}>
          {t('retention.assign.checkLabel')}
        </label>
        <input
          id={`${uid}-check-link`}
          type="text"
          readOnly
          aria-describedby={`${uid}-check-help`}
          value={origin ? `${origin}${base}${lesson.id}/check-back/` : ''}
          onFocus={(e) => e.target.select()}
        />
      </section>
    </div>
  );
}
