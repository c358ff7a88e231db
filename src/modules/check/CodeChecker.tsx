/** The teacher's completion-code checker: paste codes, see a table, download a CSV. */
import { useId, useRef, useState } from 'react';
import { decodeCompletion, type CompletionRecord } from '../../core/completion-code';
import { checkCodes, isGood, toCsv, type CheckedLine } from '../../core/code-report';
import type { StepKind } from '../../core/steps';
import { formatGap } from '../../core/discernment';
import type { Dictionary } from '../../i18n';
import { translator, type Leaves } from '../../i18n/translate';

/** The UI strings this island uses (pass `pick('check')`). */
export type Messages = Pick<Dictionary, 'check'>;
type Key = Leaves<Messages>;

interface Props {
  messages: Messages;
  cases: { id: string; code: string; title: string; steps: { id: StepKind; title: string }[] }[];
}

export default function CodeChecker({ messages, cases }: Props) {
  const t = translator(messages);
  const uid = useId();
  const [text, setText] = useState('');
  const [lines, setLines] = useState<CheckedLine[] | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const steps = cases[0]?.steps ?? [];

  const check = () => {
    setLines(checkCodes(text, (code) => decodeCompletion(code, cases)));
    requestAnimationFrame(() => headingRef.current?.focus());
  };

  const download = () => {
    if (!lines) return;
    const csv = toCsv(lines, steps, {
      line: t('check.line'),
      name: t('check.name'),
      assignment: t('check.assignment'),
      problem: t('check.problem'),
      errors: (e) => t(`check.errors.${e}` as Key),
    });
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = t('check.csvFile');
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  const good = lines?.filter(isGood).length ?? 0;
  const bad = (lines?.length ?? 0) - good;
  const stepCell = (r: CompletionRecord, id: StepKind) => {
    const s = r.steps[id];
    if (s.state === 'done') return s.percent === null ? t('check.done') : `${s.percent}%`;
    if (s.state === 'in-progress') return t('check.inProgress');
    return t('check.notStarted');
  };
  const pair = (a: string, b: string) => `${a} → ${b}`;
  const num = (n: number | null) => (n === null ? '—' : String(n));
  const gap = (n: number | null) => (n === null ? '—' : formatGap(n));

  return (
    <div className="checker">
      <label className="block" htmlFor={`${uid}-codes`}>
        {t('check.inputLabel')}
      </label>
      <textarea
        id={`${uid}-codes`}
        rows={8}
        spellCheck={false}
        autoCapitalize="characters"
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <div className="button-row">
        <button type="button" className="button" onClick={check}>
          {t('check.check')}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setText('');
            setLines(null);
          }}
        >
          {t('check.clear')}
        </button>
      </div>

      {lines && (
        <section aria-labelledby={`${uid}-results`}>
          <h2 id={`${uid}-results`} ref={headingRef} tabIndex={-1}>
            {t('check.resultsHeading')}
          </h2>
          <p role="status">{t('check.summary', { good, bad })}</p>
          {good > 0 && (
            <div className="table-wrap" tabIndex={0} aria-labelledby={`${uid}-results`}>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('check.line')}</th>
                    <th scope="col">{t('check.name')}</th>
                    {steps.map((s) => (
                      <th scope="col" key={s.id}>
                        {s.title}
                      </th>
                    ))}
                    <th scope="col">{t('check.believability')}</th>
                    <th scope="col">{t('check.discernment')}</th>
                    <th scope="col">{t('check.time')}</th>
                    <th scope="col">{t('check.assignment')}</th>
                  </tr>
                </thead>
                <tbody>
                  {lines.filter(isGood).map((l) => (
                    <tr key={l.line}>
                      <td>{l.line}</td>
                      <th scope="row">{l.result.record.name}</th>
                      {steps.map((s) => (
                        <td key={s.id}>{stepCell(l.result.record, s.id)}</td>
                      ))}
                      <td>
                        {pair(
                          num(l.result.record.believabilityBefore),
                          num(l.result.record.believabilityAfter),
                        )}
                      </td>
                      <td>
                        {pair(
                          gap(l.result.record.discernmentBefore),
                          gap(l.result.record.discernmentAfter),
                        )}
                      </td>
                      <td>{t('check.minutes', { n: l.result.record.minutes })}</td>
                      <td>{l.assignmentLabel ?? t('check.noAssignment')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {bad > 0 && (
            <>
              <h3>{t('check.problemsHeading')}</h3>
              <ul className="checker-problems">
                {lines
                  .filter((l) => !isGood(l))
                  .map((l) => (
                    <li key={l.line}>
                      <strong>{t('check.lineN', { n: l.line })}:</strong>{' '}
                      {l.duplicateOf
                        ? t('check.duplicate', { n: l.duplicateOf })
                        : !l.result.ok && t(`check.errors.${l.result.error}` as Key)}{' '}
                      <code>{l.input}</code>
                    </li>
                  ))}
              </ul>
            </>
          )}
          <div className="button-row">
            <button type="button" className="button" onClick={download} disabled={good === 0}>
              {t('check.download')}
            </button>
          </div>
        </section>
      )}
    </div>
  );
}
