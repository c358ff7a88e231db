/** The steps to assign: each can be left out, and moved up or down the order. */
import { useId, useRef, useState } from 'react';
import type { StepKind } from '../../../core/steps';
import { useT } from '../../../ui/strings';
import type { Messages } from '../view-types';

interface Props {
  order: StepKind[];
  chosen: ReadonlySet<StepKind>;
  titleOf: (id: StepKind) => string;
  onOrder: (order: StepKind[]) => void;
  onToggle: (id: StepKind) => void;
}

export default function StepOrder({ order, chosen, titleOf, onOrder, onToggle }: Props) {
  const t = useT<Messages>();
  const uid = useId();
  const [announce, setAnnounce] = useState('');
  const moveRefs = useRef(new Map<string, HTMLButtonElement | null>());

  const move = (id: StepKind, delta: -1 | 1) => {
    const i = order.indexOf(id);
    const j = i + delta;
    if (j < 0 || j >= order.length) return;
    const next = order.slice();
    [next[i], next[j]] = [next[j] as StepKind, next[i] as StepKind];
    onOrder(next);
    setAnnounce(t('assign.moved', { step: titleOf(id), n: j + 1 }));
    // Keep focus on the same button as the row moves, or its twin at the ends.
    requestAnimationFrame(() => {
      const same = moveRefs.current.get(`${id}:${delta}`);
      (same && !same.disabled ? same : moveRefs.current.get(`${id}:${-delta}`))?.focus();
    });
  };

  const moveButton = (id: StepKind, delta: -1 | 1, disabled: boolean) => (
    <button
      type="button"
      className="button button--secondary"
      ref={(el) => {
        moveRefs.current.set(`${id}:${delta}`, el);
      }}
      disabled={disabled}
      aria-label={t(delta < 0 ? 'assign.moveUp' : 'assign.moveDown', { step: titleOf(id) })}
      onClick={() => move(id, delta)}
    >
      {delta < 0 ? '↑' : '↓'}
    </button>
  );

  return (
    <fieldset aria-describedby={`${uid}-steps-help`}>
      <legend>{t('assign.stepsLegend')}</legend>
      <p className="muted" id={`${uid}-steps-help`}>
        {t('assign.stepsHelp')}
      </p>
      <ol className="assign-steps">
        {order.map((id, i) => (
          <li key={id}>
            <label className="assign-step">
              <input type="checkbox" checked={chosen.has(id)} onChange={() => onToggle(id)} />
              <span>{titleOf(id)}</span>
            </label>
            <span className="assign-move">
              {moveButton(id, -1, i === 0)}
              {moveButton(id, 1, i === order.length - 1)}
            </span>
          </li>
        ))}
      </ol>
      <p role="status" className="visually-hidden">
        {announce}
      </p>
    </fieldset>
  );
}
