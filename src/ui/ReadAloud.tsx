/**
 * Read aloud in an island: the same controls as ./ReadAloud.astro, shown only once the browser has
 * a voice. The engine (./read-aloud.ts) is a separate chunk loaded on the first press, so a page
 * pays only for these buttons. It reads the nearest [data-read-aloud-region] around it.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { Dictionary } from '../i18n';
import { useT } from './strings';
import type { ReadState } from './read-aloud';

export type ReadAloudMessages = Pick<Dictionary, 'readAloud'>;
type What = 'question' | 'explanation' | 'post' | 'card' | 'figure';

const RATES = [0.75, 1, 1.25, 1.5];
/** The engine once a press has loaded it (until then there is nothing to stop). */
let loaded: typeof import('./read-aloud') | undefined;
const engine = () =>
  import('./read-aloud').then((e) => {
    loaded = e;
    return e;
  });

/** Reads the element `target` names, or else the nearest [data-read-aloud-region] around it. */
export default function ReadAloud({ what, target }: { what: What; target?: string }) {
  const t = useT<ReadAloudMessages>();
  const group = useRef<HTMLDivElement>(null);
  const play = useRef<HTMLButtonElement>(null);
  const speedId = useId();
  const [voiced, setVoiced] = useState(false);
  const [state, setState] = useState<ReadState | undefined>();

  useEffect(() => {
    if (!('speechSynthesis' in window)) return;
    const synth = window.speechSynthesis;
    const check = () => setVoiced(synth.getVoices().length > 0);
    check();
    synth.addEventListener('voiceschanged', check);
    const el = group.current;
    return () => {
      synth.removeEventListener('voiceschanged', check);
      // The question or explanation goes away (a new card, a reset): so does its reading.
      if (el) loaded?.stop(el);
    };
  }, []);

  const press = (action: 'toggle' | 'stop' | 'rate') => {
    const el = group.current;
    if (!el) return;
    void engine().then((e) => {
      if (action === 'stop') {
        // Stop goes away as it is pressed: keep the keyboard on the controls.
        play.current?.focus();
        e.stop(el);
      } else if (action === 'rate') e.changeRate(el);
      else e.toggle(el, setState);
    });
  };
  const active = state === 'playing' || state === 'paused';

  return (
    <div
      ref={group}
      className="button-row read-aloud no-print"
      role="group"
      aria-label={t('readAloud.group', { what: t(`readAloud.${what}`) })}
      data-read-aloud=""
      data-for={target}
      hidden={!voiced}
    >
      <button
        type="button"
        className="button button--secondary"
        ref={play}
        onClick={() => press('toggle')}
      >
        {t(
          state === 'playing'
            ? 'readAloud.pause'
            : state === 'paused'
              ? 'readAloud.resume'
              : 'readAloud.play',
        )}
      </button>
      {active && (
        <button type="button" className="button button--secondary" onClick={() => press('stop')}>
          {t('readAloud.stop')}
        </button>
      )}
      <span className="read-aloud__speed">
        <label htmlFor={speedId}>{t('readAloud.speed')}</label>
        <select id={speedId} defaultValue="1" onChange={() => press('rate')}>
          {RATES.map((r) => (
            <option key={r} value={r}>
              {r}×
            </option>
          ))}
        </select>
      </span>
      <span className="visually-hidden" role="status">
        {state ? t(`readAloud.${state === 'playing' ? 'started' : state}`) : ''}
      </span>
    </div>
  );
}
