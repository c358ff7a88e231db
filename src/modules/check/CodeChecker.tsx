/** The teacher's completion-code checker: paste codes, see a table, download a CSV. */
import { useId, useRef, useState } from 'react';
import { checkCodes, toCsv, type CheckedLine } from '../../core/code-report';
import { decodeCompletion } from '../../core/completion-code';
import type { Leaves } from '../../i18n/translate';
import { StringsProvider, useT } from '../../ui/strings';
import CheckResults from './parts/CheckResults';
import { testCsvColumns, type TestWords } from './test-summary';
import { readAssignmentLinks } from './assignment-names';
import type { CaseOption, Messages } from './view-types';

interface Props {
  messages: Messages;
  cases: CaseOption[];
  /** Whether the before/after test's post at each position is accurate (the same in both forms). */
  truth: boolean[];
  /** The site's locale, for the due dates the teacher's links carry. */
  locale: string;
}

export default function CodeChecker({ messages, cases, truth, locale }: Props) {
  return (
    <StringsProvider messages={messages}>
      <Checker cases={cases} truth={truth} locale={locale} />
    </StringsProvider>
  );
}

function Checker({ cases, truth, locale }: Omit<Props, 'messages'>) {
  const t = useT<Messages>();
  const uid = useId();
  const [text, setText] = useState('');
  const [links, setLinks] = useState('');
  const [linkProblems, setLinkProblems] = useState<number[]>([]);
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
    const known = cases.map((c) => ({ id: c.id, code: c.code, steps: c.steps.map((s) => s.id) }));
    const { names, problems } = readAssignmentLinks(links, known);
    const dateOf = (iso: string) =>
      new Date(`${iso}T12:00:00Z`).toLocaleDateString(locale, {
        day: 'numeric',
        month: 'short',
        year: 'numeric',
        timeZone: 'UTC',
      });
    // An id the teacher's links name is shown by what they wrote in the link.
    const named = (id: string | null) => {
      const name = id ? names.get(id) : undefined;
      if (!id || !name) return id;
      return t('check.assignmentNamed', {
        class: name.classLabel || t('check.noClass'),
        due: name.due ? t('check.dueOn', { date: dateOf(name.due) }) : t('check.noDue'),
        id,
      });
    };
    setLinkProblems(problems);
    setLines(
      checkCodes(text, (code) => decodeCompletion(code, cases)).map((l) => ({
        ...l,
        assignmentLabel: named(l.assignmentLabel),
      })),
    );
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
      <details className="checker__links">
        <summary>{t('check.linksLabel')}</summary>
        <p className="muted" id={`${uid}-links-help`}>
          {t('check.linksHelp')}
        </p>
        <textarea
          aria-label={t('check.linksLabel')}
          aria-describedby={`${uid}-links-help`}
          rows={2}
          spellCheck={false}
          value={links}
          onChange={(e) => setLinks(e.target.value)}
        />
      </details>
      {linkProblems.length > 0 && (
        <p className="notice notice--warn" role="alert">
          {t('check.linksProblem', { lines: linkProblems.join(', ') })}
        </p>
      )}
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
            setLinkProblems([]);
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
