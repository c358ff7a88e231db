/** The checked codes: a table of the good ones, and what is wrong with the others. */
import { useId, type RefObject } from 'react';
import type { CompletionRecord } from '../../../core/completion-code';
import { echoInput, isGood, type CheckedLine } from '../../../core/code-report';
import { formatGap } from '../../../core/discernment';
import type { StepKind } from '../../../core/steps';
import type { Leaves } from '../../../i18n/translate';
import { useT } from '../../../ui/strings';
import type { Messages } from '../view-types';
import { studentCheck, studentTest, type TestWords } from '../test-summary';
import TestResults from './TestResults';

interface Props {
  lines: CheckedLine[];
  steps: { id: StepKind; title: string }[];
  truth: boolean[];
  words: TestWords;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onDownload: () => void;
}

const pair = (a: string, b: string) => `${a} → ${b}`;
const num = (n: number | null) => (n === null ? '—' : String(n));
const gap = (n: number | null) => (n === null ? '—' : formatGap(n));

export default function CheckResults({
  lines,
  steps,
  truth,
  words,
  headingRef,
  onDownload,
}: Props) {
  const t = useT<Messages>();
  const uid = useId();
  const good = lines.filter(isGood);
  const bad = lines.filter((l) => !isGood(l));
  const stepCell = (r: CompletionRecord, id: StepKind) => {
    const s = r.steps[id];
    if (s.state === 'done') return s.percent === null ? t('check.done') : `${s.percent}%`;
    if (s.state === 'in-progress') return t('check.inProgress');
    return t('check.notStarted');
  };

  return (
    <section aria-labelledby={`${uid}-results`}>
      <h2 id={`${uid}-results`} ref={headingRef} tabIndex={-1}>
        {t('check.resultsHeading')}
      </h2>
      <p role="status">{t('check.summary', { good: good.length, bad: bad.length })}</p>
      {good.length > 0 && (
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
              {good.map(({ line, result: { record }, assignmentLabel }) => (
                <tr key={line}>
                  <td>{line}</td>
                  <th scope="row">
                    <bdi>{record.name}</bdi>
                  </th>
                  {steps.map((s) => (
                    <td key={s.id}>{stepCell(record, s.id)}</td>
                  ))}
                  <td>{pair(num(record.believabilityBefore), num(record.believabilityAfter))}</td>
                  <td>{pair(gap(record.discernmentBefore), gap(record.discernmentAfter))}</td>
                  <td>{t('check.minutes', { n: record.minutes })}</td>
                  <td>{assignmentLabel ?? t('check.noAssignment')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {good.length > 0 && (
        <TestResults
          words={words}
          rows={good.map(({ line, result: { record } }) => ({
            line,
            name: record.name,
            test: studentTest(truth, record.test),
            check: studentCheck(truth, record.check),
          }))}
        />
      )}
      {bad.length > 0 && (
        <>
          <h3>{t('check.problemsHeading')}</h3>
          <ul className="checker-problems">
            {bad.map((l) => (
              <li key={l.line}>
                <strong>{t('check.lineN', { n: l.line })}:</strong>{' '}
                {l.duplicateOf
                  ? t('check.duplicate', { n: l.duplicateOf })
                  : !l.result.ok && t(`check.errors.${l.result.error}` as Leaves<Messages>)}{' '}
                <Echo input={l.input} />
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="button-row">
        <button type="button" className="button" onClick={onDownload} disabled={good.length === 0}>
          {t('check.download')}
        </button>
      </div>
    </section>
  );
}

/** A pasted line as it is echoed back: its start, and its length when it is long. */
function Echo({ input }: { input: string }) {
  const t = useT<Messages>();
  const echo = echoInput(input);
  return (
    <>
      <code>
        <bdi>{echo.start}</bdi>
      </code>
      {echo.cut && ` ${t('check.longLine', { n: echo.length.toLocaleString('en') })}`}
    </>
  );
}
