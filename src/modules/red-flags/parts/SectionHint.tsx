/**
 * Progressive hints for one section of the article: first where to look, then a nudge per
 * passage. Each level costs a little score; focus moves to the hint just revealed. The hints'
 * words load when the student first asks for one (see ../use-hints.tsx).
 */
import { useEffect, useRef } from 'react';
import { useT } from '../../../ui/strings';
import { MAX_HINT_LEVEL } from '../scoring';
import type { HintLevels, RedFlagsMessages } from '../view-types';

interface Props {
  sectionTitle: string;
  level: number;
  /** The section's hints, once loaded. */
  hints: HintLevels | undefined;
  /** The hints could not be loaded. */
  failed: boolean;
  onTake: () => void;
  /** Loads the hints again after a failure. */
  onRetry: () => void;
}

export default function SectionHint({ sectionTitle, level, hints, failed, ...props }: Props) {
  const t = useT<RedFlagsMessages>();
  const first = useRef<HTMLParagraphElement>(null);
  const second = useRef<HTMLUListElement>(null);
  const taken = useRef(false);

  useEffect(() => {
    if (taken.current) (level >= 2 ? second.current : first.current)?.focus();
    taken.current = false;
  }, [level]);

  return (
    <div className="rf-hint" data-hint="">
      {level >= 1 && hints && (
        <p ref={first} tabIndex={-1} className="rf-hint__text">
          {t('redFlags.hintShown', { text: hints.where })}
        </p>
      )}
      {level >= 2 && hints && (
        <ul ref={second} tabIndex={-1} className="rf-hint__text rf-hint__list">
          {hints.nudges.map((nudge) => (
            <li key={nudge}>{nudge}</li>
          ))}
        </ul>
      )}
      {level >= 1 && !hints && !failed && (
        <p className="rf-hint__text muted">{t('redFlags.hintLoading')}</p>
      )}
      {failed && (
        <p className="field-error" role="alert">
          {t('redFlags.hintFailed')}{' '}
          {level >= MAX_HINT_LEVEL && (
            <button type="button" className="button button--quiet" onClick={props.onRetry}>
              {t('redFlags.hintRetry')}
            </button>
          )}
        </p>
      )}
      {level < MAX_HINT_LEVEL && (
        <button
          type="button"
          className="button button--quiet rf-hint__button"
          onClick={() => {
            taken.current = true;
            props.onTake();
          }}
        >
          {level === 0 ? t('redFlags.hint') : t('redFlags.hintMore')}
          <span className="visually-hidden">
            {' '}
            {t('redFlags.hintFor', { section: sectionTitle })}
          </span>
          <span className="rf-hint__cost">({t('redFlags.hintCost')})</span>
        </button>
      )}
    </div>
  );
}
