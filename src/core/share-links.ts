/**
 * "Share to Google Classroom" and "Share to Microsoft Teams" as plain links (issue 16): the
 * assignment link goes into each service's public share address, and no script of theirs is
 * loaded, so the site still makes no request to any other site. The teacher's browser opens the
 * address only when the teacher follows the link.
 *
 * Formats (looked up, not remembered). Neither service documents a plain link: Google's "Add a
 * Classroom Share Button" and Microsoft's "Share to Teams from web apps" document script buttons
 * (Classroom's one required parameter is `url`, the address to share; Teams' launcher takes
 * `data-href`). The plain addresses below are the ones widely used share-link libraries build:
 * - Google Classroom: `https://classroom.google.com/share?url=<link>`;
 * - Microsoft Teams: `https://teams.microsoft.com/share?href=<link>`.
 * If either service changes them, this function is the one place to change.
 * These two hosts are the only outside addresses the site builds in the browser; the crawl story
 * checks that no built page carries them and the assignment story that they appear only there.
 */

/** The only two hosts a share link may point to. */
export const SHARE_HOSTS = ['classroom.google.com', 'teams.microsoft.com'] as const;

export interface ShareLinks {
  classroom: string;
  teams: string;
}

/** The two share addresses for an assignment link, or null for anything but an http(s) address. */
export function shareLinks(link: string): ShareLinks | null {
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  // The whole link, its #fragment too, as one encoded parameter value.
  const value = encodeURIComponent(url.href);
  return {
    classroom: `https://classroom.google.com/share?url=${value}`,
    teams: `https://teams.microsoft.com/share?href=${value}`,
  };
}
