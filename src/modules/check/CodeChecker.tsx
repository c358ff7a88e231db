/** The teacher's completion-code checker: paste codes, see a table, download a CSV. */
import { useId, useRef, useState } from 'react';
import { checkCodes, toCsv, type CheckedLine } from '../../core/code-report';
import { decodeCompletion } from '../../core/completion-code';
import type { Leaves } from '../../i18n/translate';
import { StringsProvider, useT } from '../../ui/strings';
import CheckResults from './parts/CheckResults';
import { testCsvColumns, type TestWords } from './test-summary';
import type { CaseOption, Messages } from './view-types';

interface Props {
  messages: Messages;
  cases: CaseOption[];
  /** Whether the before/after test's post at each position is accurate (the same in both forms). */
  truth: boolean[];
}

export default function CodeChecker({ messages, cases, truth }: Props) {
  return (
    <StringsProvider messages={messages}>
      <Checker cases={cases} truth={truth} />
    </StringsProvider>
  );
}

function Checker({ cases, truth }: { cases: CaseOption[]; truth: boolean[] }) {
  const t = useT<Messages>();
  const uid = useId();
  const [text, setText] = useState('');
  const [lines, setLines] = useState<CheckedLine[] | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const steps = cases[0]?.steps ?? [];
  const words: TestWords = {
    lean: {
      'leaned-accurate': t('check.test.leanWords.leaned-accurate'),
      balanced: t('check.test.leanWords.balanced'),
      'leaned-not-accurate': t('check.test.leanWords.leaned-not-accurate'),
    },
    outcome: {
      improved: t('check.test.outcomes.improved'),
      same: t('check.test.outcomes.same'),
      worse: t('check.test.outcomes.worse'),
      'more-doubtful': t('check.test.outcomes.more-doubtful'),
    },
    yes: t('check.test.yes'),
    no: t('check.test.no'),
  };

  const check = () => {
    setLines(checkCodes(text, (code) => decodeCompletion(code, cases)));
    requestAnimationFrame(() => headingRef.current?.focus());
  };

  const download = () => {
    if (!lines) return;
    const csv = toCsv(
      lines,
      steps,
      {
        line: t('check.line'),
        name: t('check.name'),
        assignment: t('check.assignment'),
        problem: t('check.problem'),
        pasted: t('check.pasted'),
        states: {
          'not-started': t('check.csvStates.notStarted'),
          'in-progress': t('check.csvStates.inProgress'),
          done: t('check.csvStates.done'),
        },
        errors: (e) => t(`check.errors.${e}` as Leaves<Messages>),
      },
      testCsvColumns(truth, words),
    );
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = t('check.csvFile');
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

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
        <CheckResults
          lines={lines}
          steps={steps}
          truth={truth}
          words={words}
          headingRef={headingRef}
          onDownload={download}
        />
      )}
    </div>
  );
}
