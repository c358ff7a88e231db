/**
 * Progressive hints for one section of the article: first where to look, then a nudge per
 * passage. Each level costs a little score; focus moves to the hint just revealed.
 */
import { useEffect, useRef } from 'react';
import { useT } from '../messages';

export interface HintLevels {
  /** Level 1: where the section's key passages are. */
  where: string;
  /** Level 2: one nudge per passage (empty when the section has none). */
  nudges: string[];
}

interface Props {
  sectionTitle: string;
  level: number;
  hints: HintLevels;
  onTake: () => void;
}

export default function SectionHint({ sectionTitle, level, hints, onTake }: Props) {
  const t = useT();
  const max = hints.nudges.length > 0 ? 2 : 1;
  const first = useRef<HTMLParagraphElement>(null);
  const second = useRef<HTMLUListElement>(null);
  const taken = useRef(false);

  useEffect(() => {
    if (taken.current) (level >= 2 ? second.current : first.current)?.focus();
    taken.current = false;
  }, [level]);

  return (
    <div className="rf-hint" data-hint="">
      {level >= 1 && (
        <p ref={first} tabIndex={-1} className="rf-hint__text">
          {t('redFlags.hintShown', { text: hints.where })}
        </p>
      )}
      {level >= 2 && (
        <ul ref={second} tabIndex={-1} className="rf-hint__text rf-hint__list">
          {hints.nudges.map((nudge) => (
            <li key={nudge}>{nudge}</li>
          ))}
        </ul>
      )}
      {level < max && (
        <button
          type="button"
          className="button button--quiet rf-hint__button"
          onClick={() => {
            taken.current = true;
            onTake();
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
