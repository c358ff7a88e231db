/** "Your marks": every mark with its place, quote and type, to change or remove; then "Check". */
import type { MarkingDoc } from '../../../core/marking-doc';
import { useT } from '../../../ui/strings';
import { placeOf } from '../place';
import type { SavedMark } from '../scoring';
import type { RedFlagsMessages } from '../view-types';

interface Props {
  doc: MarkingDoc;
  marks: SavedMark[];
  typeName: (id: string) => string;
  headingRef: React.RefObject<HTMLHeadingElement | null>;
  /** "Check my answers" was pressed with no marks. */
  checkError: boolean;
  /** "Check my answers" was pressed and the key is loading, or could not load. */
  checkStatus?: { loading: string } | { failed: string; retry: string };
  onChange: (mark: SavedMark, button: HTMLElement) => void;
  onRemove: (mark: SavedMark) => void;
  onCheck: () => void;
  /** Loads the key again after it could not load. */
  onRetry: () => void;
}

export default function MarksList({ doc, marks, typeName, headingRef, ...props }: Props) {
  const t = useT<RedFlagsMessages>();
  const status = props.checkStatus;
  return (
    <section className="rf-marks" aria-labelledby="rf-marks-heading">
      <h2 id="rf-marks-heading" ref={headingRef} tabIndex={-1}>
        {t('redFlags.yourMarks')} ({marks.length})
      </h2>
      {marks.length === 0 ? (
        <p className="muted">{t('redFlags.noMarks')}</p>
      ) : (
        <ol className="rf-mark-list">
          {marks.map((m) => {
            const quote = m.text.length > 90 ? `${m.text.slice(0, 88)}…` : m.text;
            return (
              <li key={m.start}>
                <span className="rf-mark-list__text">
                  <span className="muted">{placeOf(t, doc, m)}:</span> “{quote}”{' '}
                  <strong className="rf-mark-list__type">{typeName(m.type)}</strong>
                </span>
                <span className="rf-mark-list__actions">
                  <button
                    type="button"
                    className="button button--quiet"
                    aria-label={t('redFlags.changeMark', { quote })}
                    onClick={(e) => props.onChange(m, e.currentTarget)}
                  >
                    {t('redFlags.change')}
                  </button>
                  <button
                    type="button"
                    className="button button--quiet"
                    aria-label={t('redFlags.removeMark', { quote })}
                    onClick={() => {
                      props.onRemove(m);
                      requestAnimationFrame(() => headingRef.current?.focus());
                    }}
                  >
                    {t('redFlags.removeShort')}
                  </button>
                </span>
              </li>
            );
          })}
        </ol>
      )}
      <div className="button-row">
        <button type="button" className="button" onClick={props.onCheck}>
          {t('redFlags.check')}
        </button>
        <span className="muted">{t('redFlags.checkHelp')}</span>
      </div>
      {props.checkError && (
        <p className="field-error" role="alert">
          {t('redFlags.checkNeedMarks')}
        </p>
      )}
      {status &&
        ('failed' in status ? (
          <div className="notice notice--warn" role="alert">
            <p>{status.failed}</p>
            <button type="button" className="button button--secondary" onClick={props.onRetry}>
              {status.retry}
            </button>
          </div>
        ) : (
          <p className="muted" role="status">
            {status.loading}
          </p>
        ))}
    </section>
  );
}
