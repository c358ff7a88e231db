/** The marks in "Your marks": each with its place, quote and type, to change or remove. */
import type { Range } from '../../../core/marking-doc';
import { useT } from '../../../ui/strings';
import type { SavedMark } from '../scoring';
import { CHECKS_OUT } from '../checks-out';
import type { RedFlagsMessages } from '../view-types';
import stylesheet from './marking.css?url';

interface Props {
  /** Where a mark is ("Paragraph 14"): ../place.ts, handed in by the marks list. */
  placeOf: (range: Range) => string;
  marks: SavedMark[];
  typeName: (id: string) => string;
  /** Where focus goes once a mark is removed. */
  headingRef: React.RefObject<HTMLHeadingElement | null>;
  onChange: (mark: SavedMark, button: HTMLElement) => void;
  onRemove: (mark: SavedMark) => void;
}

export default function MarkItems({
  placeOf,
  marks,
  typeName,
  headingRef,
  onChange,
  onRemove,
}: Props) {
  const t = useT<RedFlagsMessages>();
  return (
    <>
      {/* The marks' styles (./marking.css, loaded with the chooser): the list waits for them. */}
      <link rel="stylesheet" href={stylesheet} precedence="red-flags" />
      <ol className="rf-mark-list">
        {marks.map((m) => {
          const quote = m.text.length > 90 ? `${m.text.slice(0, 88)}…` : m.text;
          return (
            <li key={m.start}>
              <span className="rf-mark-list__text">
                <span className="muted">{placeOf(m)}:</span> “{quote}”{' '}
                <strong
                  className={`rf-mark-list__type${m.type === CHECKS_OUT ? ' rf-mark-list__type--sound' : ''}`}
                >
                  {typeName(m.type)}
                </strong>
              </span>
              <span className="rf-mark-list__actions">
                <button
                  type="button"
                  className="button button--quiet"
                  aria-label={t('redFlags.changeMark', { quote })}
                  onClick={(e) => onChange(m, e.currentTarget)}
                >
                  {t('redFlags.change')}
                </button>
                <button
                  type="button"
                  className="button button--quiet"
                  aria-label={t('redFlags.removeMark', { quote })}
                  onClick={() => {
                    onRemove(m);
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
    </>
  );
}
