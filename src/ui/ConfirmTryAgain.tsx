/**
 * "Try again" that asks first, so a step's answers are never one click from gone. Asking moves
 * focus to "Yes"; cancelling brings it back to "Try again". Used by every module's results.
 */
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

export interface TryAgainLabels {
  tryAgain: string;
  /** What will be cleared, as a question. */
  question: string;
  yes: string;
  no: string;
}

interface Props {
  labels: TryAgainLabels;
  onConfirm: () => void;
  /** Other buttons for the same row, before "Try again" (they stay while it asks). */
  children?: ReactNode;
}

export default function ConfirmTryAgain({ labels, onConfirm, children }: Props) {
  const [asking, setAsking] = useState(false);
  const yesRef = useRef<HTMLButtonElement>(null);
  const tryRef = useRef<HTMLButtonElement>(null);
  const toggled = useRef(false);
  const questionId = useId();
  useEffect(() => {
    if (!toggled.current) return;
    toggled.current = false;
    (asking ? yesRef : tryRef).current?.focus();
  }, [asking]);
  const ask = (value: boolean) => {
    toggled.current = true;
    setAsking(value);
  };

  return (
    <>
      {(children || !asking) && (
        <div className="button-row">
          {children}
          {!asking && (
            <button
              type="button"
              className="button button--secondary"
              ref={tryRef}
              onClick={() => ask(true)}
            >
              {labels.tryAgain}
            </button>
          )}
        </div>
      )}
      {asking && (
        <div className="notice notice--warn" role="group" aria-labelledby={questionId}>
          <p id={questionId}>{labels.question}</p>
          <div className="button-row">
            <button type="button" className="button" ref={yesRef} onClick={onConfirm}>
              {labels.yes}
            </button>
            <button type="button" className="button button--secondary" onClick={() => ask(false)}>
              {labels.no}
            </button>
          </div>
        </div>
      )}
    </>
  );
}
