/** The on-screen buttons: they do what the keys do, for a mouse, a touch screen or a clicker. */
import type { Dispatch } from 'react';
import { useT } from '../../../ui/strings';
import type { ClassAction } from '../model';
import { useFullScreen } from '../use-browser';
import type { Messages } from '../view-types';

interface Props {
  dispatch: Dispatch<ClassAction>;
  canBack: boolean;
  canNext: boolean;
  /** What "next" does now: show the answer, next slide, finish, next step. */
  nextLabel: string;
}

export default function Controls({ dispatch, canBack, canNext, nextLabel }: Props) {
  const t = useT<Messages>();
  const [fullScreen, toggleFullScreen] = useFullScreen();
  return (
    <nav className="cm-controls" aria-label={t('classMode.ui.eyebrow')}>
      <button
        type="button"
        className="button button--secondary cm-controls__back"
        aria-disabled={!canBack}
        onClick={() => dispatch({ type: 'back' })}
      >
        <span aria-hidden="true">← </span>
        {t('classMode.ui.back')}
      </button>
      <button
        type="button"
        className="button cm-controls__next"
        aria-disabled={!canNext}
        onClick={() => dispatch({ type: 'next' })}
      >
        {nextLabel}
        {canNext && <span aria-hidden="true"> →</span>}
      </button>
      <span className="cm-controls__more">
        <button
          type="button"
          className="button button--quiet"
          onClick={() => dispatch({ type: 'close' })}
        >
          {t('classMode.ui.allSteps')}
        </button>
        {fullScreen !== null && (
          <button
            type="button"
            className="button button--quiet cm-fullscreen"
            aria-pressed={fullScreen}
            onClick={toggleFullScreen}
          >
            {t('classMode.ui.fullScreen')}
          </button>
        )}
      </span>
    </nav>
  );
}
