/** "Your marks": every mark with its place, quote and type, to change or remove; then "Check". */
import { Suspense, lazy } from 'react';
import type { MarkingDoc } from '../../../core/marking-doc';
import { useT } from '../../../ui/strings';
import { placeOf } from '../place';
import { warmInput } from '../use-marking';
import type { SavedMark } from '../scoring';
import type { RedFlagsMessages } from '../view-types';

// The marks themselves come with the marking input (../marking-input.ts): there are none
// before the student reaches for the article, and saved ones wait for the kinds anyway.
const MarkItems = lazy(() => warmInput().then((input) => ({ default: input.MarkItems })));

interface Props {
  doc: MarkingDoc;
  marks: SavedMark[];
  typeName: (id: string) => string;
  headingRef: React.RefObject<HTMLHeadingElement | null>;
  /** "Check my answers" was pressed with no marks. */
  checkError: boolean;
  /** "Check my answers" was pressed and the key is loading, or could not load. */
  checking?: 'loading' | 'failed';
  onChange: (mark: SavedMark, button: HTMLElement) => void;
  onRemove: (mark: SavedMark) => void;
  onCheck: () => void;
  /** Loads the key again after it could not load. */
  onRetry: () => void;
}

export default function MarksList({ doc, marks, typeName, headingRef, ...props }: Props) {
  const t = useT<RedFlagsMessages>();
  return (
    <section className="rf-marks" aria-labelledby="rf-marks-heading">
      <h2 id="rf-marks-heading" ref={headingRef} tabIndex={-1}>
        {t('redFlags.yourMarks')} ({marks.length})
      </h2>
      {marks.length === 0 ? (
        <p className="muted">{t('redFlags.noMarks')}</p>
      ) : (
        <Suspense>
          <MarkItems
            placeOf={(range) => placeOf(t, doc, range)}
            marks={marks}
            typeName={typeName}
            headingRef={headingRef}
            onChange={props.onChange}
            onRemove={props.onRemove}
          />
        </Suspense>
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
      {props.checking === 'failed' ? (
        <div className="notice notice--warn" role="alert">
          <p>{t('redFlags.resultsFailed')}</p>
          <button type="button" className="button button--secondary" onClick={props.onRetry}>
            {t('redFlags.loadRetry')}
          </button>
        </div>
      ) : (
        props.checking && (
          <p className="muted" role="status">
            {t('redFlags.resultsLoading')}
          </p>
        )
      )}
    </section>
  );
}
