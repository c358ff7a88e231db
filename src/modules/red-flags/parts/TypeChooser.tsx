/**
 * The type chooser: a modal dialog offering "It checks out" first, set apart, then every kind of
 * red flag by its short name, the one its mark's pill shows; what each means opens on request
 * (a screen reader hears it with each option either way). Arrow keys move between types, Enter
 * saves, Escape cancels.
 */
import { Fragment, useEffect, useId, useRef, useState } from 'react';
import { preinit } from 'react-dom';
import { useT } from '../../../ui/strings';
import { CHECKS_OUT } from '../checks-out';
import type { RedFlagsMessages, TypeView } from '../view-types';
import stylesheet from './marking.css?url';

// The chooser's styles (and the marks', and the touch selection bar's) load with its code: the
// island loads it when the student first reaches for the article. The dialog waits for them.
preinit(stylesheet, { as: 'style', precedence: 'red-flags' });

/** Whether the meanings were last shown: kept while the page is open, so they stay as chosen. */
let meaningsShown = false;

interface Props {
  /** The marked text, shown so the student knows what they are naming. */
  quote: string;
  types: TypeView[];
  /** The current type when changing an existing mark. */
  current?: string;
  /** Saving will replace marks already made in this sentence. */
  replaces: boolean;
  onSave: (type: string) => void;
  onRemove?: () => void;
  onCancel: () => void;
}

export default function TypeChooser(props: Props) {
  const t = useT<RedFlagsMessages>();
  const { quote, types, current, replaces, onSave, onRemove, onCancel } = props;
  const dialogRef = useRef<HTMLDialogElement>(null);
  const [chosen, setChosen] = useState<string | undefined>(current);
  const [missing, setMissing] = useState(false);
  const [meanings, setMeanings] = useState(meaningsShown);
  const uid = useId();

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    const first =
      dialog.querySelector<HTMLInputElement>('input[type="radio"]:checked') ??
      dialog.querySelector<HTMLInputElement>('input[type="radio"]');
    first?.focus();
    return () => {
      if (dialog.open) dialog.close();
    };
  }, []);

  const submit = (event?: { preventDefault: () => void }) => {
    event?.preventDefault();
    if (!chosen) {
      setMissing(true);
      return;
    }
    onSave(chosen);
  };

  return (
    <>
      <link rel="stylesheet" href={stylesheet} precedence="red-flags" />
      <dialog
        ref={dialogRef}
        className="rf-dialog"
        aria-labelledby={`${uid}-title`}
        onCancel={(e) => {
          e.preventDefault();
          onCancel();
        }}
      >
        <form onSubmit={submit} noValidate className="rf-dialog__form">
          <div className="rf-dialog__head">
            <h2 id={`${uid}-title`}>
              {current ? t('redFlags.chooserEditHeading') : t('redFlags.chooserHeading')}
            </h2>
            <p className="rf-dialog__quote">
              <span className="muted">{t('redFlags.chooserQuote')}</span> “{quote}”
            </p>
            {replaces && <p className="rf-dialog__warn">{t('redFlags.chooserReplaces')}</p>}
            <button
              type="button"
              className="button button--quiet rf-dialog__meanings"
              aria-expanded={meanings}
              aria-controls={`${uid}-options`}
              onClick={() => setMeanings((meaningsShown = !meanings))}
            >
              {meanings ? t('redFlags.chooserHideMeanings') : t('redFlags.chooserShowMeanings')}
            </button>
          </div>
          <div className="rf-options-scroll">
            <fieldset
              id={`${uid}-options`}
              className={`rf-options${meanings ? ' rf-options--meanings' : ''}`}
              aria-describedby={missing ? `${uid}-missing` : undefined}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && (e.target as HTMLElement).matches('input')) {
                  e.preventDefault();
                  submit();
                }
              }}
            >
              <legend className="visually-hidden">{t('redFlags.chooserLegend')}</legend>
              {types.map((type) => (
                <Fragment key={type.id}>
                  <div className={`rf-option${type.id === CHECKS_OUT ? ' rf-option--sound' : ''}`}>
                    <input
                      type="radio"
                      id={`${uid}-${type.id}`}
                      name={`${uid}-type`}
                      value={type.id}
                      checked={chosen === type.id}
                      aria-describedby={`${uid}-${type.id}-def`}
                      onChange={() => {
                        setChosen(type.id);
                        setMissing(false);
                      }}
                    />
                    <label htmlFor={`${uid}-${type.id}`}>{type.short}</label>
                    <p id={`${uid}-${type.id}-def`} className="rf-option__def">
                      {type.short === type.name ? '' : `${type.name}. `}
                      {type.definition}
                    </p>
                  </div>
                  {/* "It checks out" comes first, set apart from the kinds of red flag. */}
                  {type.id === CHECKS_OUT && (
                    <p className="rf-options__or" aria-hidden="true">
                      {t('redFlags.chooserRedFlags')}
                    </p>
                  )}
                </Fragment>
              ))}
            </fieldset>
          </div>
          <div className="rf-dialog__actions">
            {missing && (
              <p id={`${uid}-missing`} className="field-error" role="alert">
                {t('redFlags.chooserMissing')}
              </p>
            )}
            <div className="rf-dialog__buttons">
              <button type="submit" className="button">
                {t('redFlags.save')}
              </button>
              {onRemove && (
                <button type="button" className="button button--secondary" onClick={onRemove}>
                  {t('redFlags.remove')}
                </button>
              )}
              <button type="button" className="button button--quiet" onClick={onCancel}>
                {t('redFlags.cancel')}
              </button>
            </div>
          </div>
        </form>
      </dialog>
    </>
  );
}
