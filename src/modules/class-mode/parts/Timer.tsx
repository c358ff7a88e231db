/**
 * The activity timer: a countdown from the step's length, started and paused by the teacher,
 * one minute more or less at a time. Time up shows in words (not only by colour) and is
 * announced through the island's live region; there is no sound.
 */
import { useEffect, useState } from 'react';
import {
  adjustTimer,
  formatClock,
  isRunning,
  pauseTimer,
  resetTimer,
  startTimer,
  tickTimer,
  timeLeft,
  type ClassTimer,
} from '../model';
import { useT } from '../../../ui/strings';
import type { Messages } from '../view-types';

interface Props {
  timer: ClassTimer;
  onChange: (timer: ClassTimer) => void;
  /** Called once when a running countdown reaches zero. */
  onTimeUp: () => void;
}

/** How often the clock face is redrawn while running (the time itself comes from Date.now()). */
const TICK_MS = 250;

export default function Timer({ timer, onChange, onTimeUp }: Props) {
  const t = useT<Messages>();
  const [now, setNow] = useState(() => Date.now());
  const running = isRunning(timer);

  useEffect(() => {
    if (!running) return undefined;
    const tick = () => {
      const at = Date.now();
      const next = tickTimer(timer, at);
      setNow(at);
      if (next.ended) {
        onChange(next.timer);
        onTimeUp();
      }
    };
    tick();
    const id = window.setInterval(tick, TICK_MS);
    return () => window.clearInterval(id);
  }, [running, timer, onChange, onTimeUp]);

  const left = running ? timeLeft(timer, now) : timer.remainingMs;
  const up = !running && left === 0;
  const started = left > 0 && left < timer.durationMs;
  const act = (f: (timer: ClassTimer, at: number) => ClassTimer) => {
    const at = Date.now();
    setNow(at);
    onChange(f(timer, at));
  };

  return (
    <div
      className="cm-timer"
      role="group"
      aria-label={t('classMode.ui.timer')}
      data-state={up ? 'up' : running ? 'running' : 'idle'}
    >
      <span className="cm-timer__clock" role="timer">
        {formatClock(left)}
      </span>
      {up && <strong className="cm-timer__up">{t('classMode.ui.timeUp')}</strong>}
      <span className="cm-timer__buttons">
        <button
          type="button"
          className="cm-timer__button cm-timer__button--main"
          onClick={() => act(running ? pauseTimer : startTimer)}
        >
          {running
            ? t('classMode.ui.pause')
            : started
              ? t('classMode.ui.resume')
              : t('classMode.ui.start')}
        </button>
        <button type="button" className="cm-timer__button" onClick={() => act(resetTimer)}>
          {t('classMode.ui.reset')}
        </button>
        <button
          type="button"
          className="cm-timer__button"
          onClick={() => act((tm, at) => adjustTimer(tm, -1, at))}
        >
          {t('classMode.ui.less')}
          <span className="cm-timer__unit"> {t('classMode.ui.minuteUnit')}</span>
        </button>
        <button
          type="button"
          className="cm-timer__button"
          onClick={() => act((tm, at) => adjustTimer(tm, 1, at))}
        >
          {t('classMode.ui.more')}
          <span className="cm-timer__unit"> {t('classMode.ui.minuteUnit')}</span>
        </button>
      </span>
    </div>
  );
}
