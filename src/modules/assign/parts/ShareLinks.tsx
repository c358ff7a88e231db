/**
 * The assignment link, shared straight to Google Classroom or Microsoft Teams: two plain links
 * (src/core/share-links.ts), made only once there is a link, opening in a new tab that is told
 * nothing about this page.
 */
import { useId } from 'react';
import { shareLinks } from '../../../core/share-links';
import { useT } from '../../../ui/strings';
import type { Messages } from '../view-types';

export default function ShareLinks({ link }: { link: string }) {
  const t = useT<Messages>();
  const uid = useId();
  const links = shareLinks(link);
  if (!links) return null;
  return (
    <>
      <h3 id={`${uid}-share`}>{t('retention.assign.shareHeading')}</h3>
      <p className="muted" id={`${uid}-share-help`}>
        {t('retention.assign.shareHelp')}
      </p>
      <ul className="button-row share-links" aria-labelledby={`${uid}-share`}>
        {(
          [
            [links.classroom, t('retention.assign.classroom')],
            [links.teams, t('retention.assign.teams')],
          ] as const
        ).map(([href, label]) => (
          <li key={href}>
            <a
              className="button button--secondary"
              href={href}
              target="_blank"
              rel="noopener noreferrer"
              aria-describedby={`${uid}-share-help`}
            >
              {label} <span className="visually-hidden">{t('retention.assign.newTab')}</span>
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}
