/**
 * In the SCORM package only: a classic script at the top of every page (before the page's own
 * scripts), at the package's root. The LMS serves the package from a path of its choosing and
 * serves files, not folders:
 * - `self.__slRoot` is the package's root as a URL, for the lesson's scripts: the packager puts
 *   it where the site's scripts have the site's base path (`/`);
 * - a link to a folder (`…/red-flags/`, as the islands build them) is pointed at its
 *   `index.html` just before it is followed, opened in a new tab or copied.
 */
declare global {
  interface Window {
    __slRoot?: string;
  }
}

const script = document.currentScript as HTMLScriptElement | null;
const root = new URL('./', script?.src ?? location.href).href;
window.__slRoot = root;

function toFile(event: Event): void {
  const link = (event.target as Element | null)?.closest?.('a[href]');
  if (!(link instanceof HTMLAnchorElement) || !link.href.startsWith(root)) return;
  const url = new URL(link.href);
  if (url.pathname.endsWith('/')) {
    url.pathname += 'index.html';
    link.href = url.href;
  }
}
for (const type of ['click', 'auxclick', 'contextmenu', 'focusin'])
  document.addEventListener(type, toFile, true);

export {};
