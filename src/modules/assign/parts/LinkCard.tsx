/** The assignment link to share: copy it, open it, or show its QR code. */
import { useId, useRef } from 'react';
import { renderSVG } from 'uqr';
import { useT } from '../../../ui/strings';
import type { Messages } from '../view-types';
import ShareLinks from './ShareLinks';

interface Props {
  /** The full link; empty until the page knows its own address. */
  link: string;
  /** False when no step is chosen (there is no link to give). */
  hasSteps: boolean;
  /** Whether the link was copied (the builder resets it when the steps change). */
  copy: CopyState;
  onCopy: (state: CopyState) => void;
}

export type CopyState = 'idle' | 'copied' | 'failed';

export default function LinkCard({ link, hasSteps, copy, onCopy }: Props) {
  const t = useT<Messages>();
  const uid = useId();
  const linkRef = useRef<HTMLInputElement>(null);
  const qr = link ? renderSVG(link, { ecc: 'M', border: 2 }) : '';

  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(link);
      onCopy('copied');
    } catch {
      linkRef.current?.select();
      onCopy('failed');
    }
  };

  return (
    <section aria-labelledby={`${uid}-link-heading`} className="card">
      <h2 id={`${uid}-link-heading`}>{t('assign.linkHeading')}</h2>
      {!hasSteps ? (
        <p className="notice notice--warn" role="alert">
          {t('assign.noSteps')}
        </p>
      ) : (
        <>
          <label className="block" htmlFor={`${uid}-link`}>
            {t('assign.linkLabel')}
          </label>
          <input
            id={`${uid}-link`}
            ref={linkRef}
            type="text"
            readOnly
            value={link}
            aria-describedby={`${uid}-link-help`}
            onFocus={(e) => e.target.select()}
          />
          <p className="muted" id={`${uid}-link-help`}>
            {t('assign.linkHelp')} {t('assign.length', { n: link.length })}
          </p>
          <div className="button-row">
            <button type="button" className="button" onClick={copyLink}>
              {t('assign.copy')}
            </button>
            <a
              className="button button--secondary"
              href={link}
              target="_blank"
              rel="noopener noreferrer"
            >
              {t('assign.open')}
            </a>
          </div>
          <p role="status">
            {copy === 'copied'
              ? t('assign.copied')
              : copy === 'failed'
                ? t('assign.copyFailed')
                : ''}
          </p>
          <ShareLinks link={link} />
          <h3>{t('assign.qrHeading')}</h3>
          <p className="muted">{t('assign.qrHelp')}</p>
          {qr && (
            <div
              className="qr"
              role="img"
              aria-label={t('assign.qrAlt')}
              dangerouslySetInnerHTML={{ __html: qr }}
            />
          )}
        </>
      )}
    </section>
  );
}
