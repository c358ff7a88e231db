/** How a place in the article is named in hints and results: "Paragraph 14", "The headline". */
import { paragraphLabel, unitOf, type MarkingDoc, type Range } from './scoring';
import type { Translate } from './messages';

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** "paragraph 14", "the headline", "the site name at the top" (for use inside a sentence). */
export function placeLabel(t: Translate, label: string): string {
  if (label === 'site') return t('redFlags.placeSite');
  if (label === 'headline') return t('redFlags.placeHeadline');
  return t('redFlags.placeParagraph', { n: label });
}

/** "Paragraph 14", "The headline": where a range starts, as a title. */
export function placeOf(t: Translate, doc: MarkingDoc, range: Range): string {
  const unit = unitOf(doc, range);
  return capitalise(placeLabel(t, unit ? paragraphLabel(unit) : ''));
}
