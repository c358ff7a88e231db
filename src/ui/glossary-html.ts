/**
 * Glossary marks as HTML: the first mark of each term in a text becomes a button that opens the
 * term's definition in place, later marks stay plain words. The definition is an HTML popover, so
 * it opens and closes (Escape, a tap outside, its Close button) with no script, by keyboard,
 * touch and screen reader; it is hidden in print (/glossary/ prints them all).
 */
import { replaceMarks, termLookup } from '../core/glossary-marks';
import { getGlossary } from '../content/queries';
import { t } from '../i18n';

type Term = Awaited<ReturnType<typeof getGlossary>>[number];

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The glossary page's address for a term. */
export const glossaryHref = (termId?: string) =>
  `${import.meta.env.BASE_URL}glossary/${termId ? `#${termId}` : ''}`;

/** A term's button and its popover; `shownHtml` is already HTML. Ids are unique per `idPrefix`. */
function termHtml(term: Term, shownHtml: string, idPrefix: string): string {
  const id = `g-${idPrefix}-${term.id}`;
  return (
    `<button type="button" class="gl-term" popovertarget="${id}">${shownHtml}` +
    `<span class="visually-hidden"> ${escapeHtml(t('glossary.opens'))}</span></button>` +
    `<span class="gl-def" id="${id}" popover role="definition">` +
    `<strong>${escapeHtml(term.term)}</strong>: ${escapeHtml(term.definition)} ` +
    `<a href="${glossaryHref(term.id)}">${escapeHtml(t('glossary.more'))}</a> ` +
    `<button type="button" class="gl-close" popovertarget="${id}" popovertargetaction="hide">` +
    `${escapeHtml(t('glossary.close'))}</button></span>`
  );
}

let glossary: Promise<{ byId: Map<string, Term>; lookup: (t: string) => string | undefined }>;
function loadGlossary() {
  glossary ??= getGlossary().then((terms) => ({
    byId: new Map(terms.map((term) => [term.id, term])),
    lookup: termLookup(terms),
  }));
  return glossary;
}

/**
 * Turns the marks in rendered HTML into glossary buttons (the first of each term) and plain
 * words (the rest). `idPrefix` keeps popover ids unique on a page that shows several texts.
 */
export async function markGlossaryHtml(html: string, idPrefix: string): Promise<string> {
  if (!html.includes('[[')) return html;
  const { byId, lookup } = await loadGlossary();
  return replaceMarks(html, lookup, (id, shown, first) => {
    const term = byId.get(id);
    return first && term ? termHtml(term, shown, idPrefix) : shown;
  });
}
