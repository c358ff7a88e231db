/**
 * Every step done: the student types a name or initials and gets their completion code, to
 * copy or print for the teacher.
 */
import { Fragment, useId, useRef, useState } from 'react';
import { fitName, nameWasShortened } from '../../../core/completion-code';
import { setStudentName } from '../../../stores/student';
import { useT } from '../../../ui/strings';
import type { Messages } from '../view-types';

interface Props {
  name: string;
  /** The completion code, once there is a name. */
  code: string | null;
}

export default function CodeCard({ name, code }: Props) {
  const t = useT<Messages>();
  const uid = useId();
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const codeRef = useRef<HTMLElement>(null);
  const shortened = code !== null && nameWasShortened(name);

  const copy = async () => {
    if (!code) return;
    try {
      await navigator.clipboard.writeText(code);
      setCopyState('copied');
    } catch {
      // No clipboard: select the code so the student can copy it themselves.
      setCopyState('failed');
      const range = document.createRange();
      if (codeRef.current) {
        range.selectNodeContents(codeRef.current);
        window.getSelection()?.removeAllRanges();
        window.getSelection()?.addRange(range);
      }
    }
  };

  return (
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
        aria-describedby={`${uid}-name-help${shortened ? ` ${uid}-name-short` : ''}`}
        value={name}
        onChange={(e) => {
          setStudentName(e.target.value);
          setCopyState('idle');
        }}
      />
      {shortened && (
        <p className="muted" id={`${uid}-name-short`}>
          {t('summary.nameShortened', { name: fitName(name) })}
        </p>
      )}
      {code ? (
        <>
          <p className="muted">{t('summary.codeHelp')}</p>
          <p className="code" aria-label={t('summary.codeHeading')}>
            <code ref={codeRef} data-completion-code>
              {/* A line may end only after a dash, never inside a group of four. */}
              {code.split('-').map((group, i) => (
                <Fragment key={i}>
                  {i > 0 && (
                    <>
                      -<wbr />
                    </>
                  )}
                  {group}
                </Fragment>
              ))}
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
  );
}
