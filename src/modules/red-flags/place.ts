/** How a place in the article is named in hints and results: "Paragraph 14", "The headline". */
import { paragraphLabel, unitOf, type MarkingDoc, type Range } from '../../core/marking-doc';
import { formatPlace, placeOfAnchor, type PlaceWords } from '../../core/place';
import type { Dictionary } from '../../i18n';
import type { Translate as TranslateOf } from '../../i18n/translate';

/** Any `t` that has the place words (the island's, or the pages' whole dictionary). */
type Translate = TranslateOf<Pick<Dictionary, 'place'>>;

const wordsOf = (t: Translate): PlaceWords => ({
  site: t('place.site'),
  headline: t('place.headline'),
  paragraph: t('place.paragraph'),
  item: t('place.item'),
});

/** A label from {@link paragraphLabel} ("site", "headline", "14") as a place. */
const placeOfLabel = (label: string) =>
  placeOfAnchor(label === 'site' || label === 'headline' ? label : `p${label}`);

/** "paragraph 14", "the headline", "the site name at the top" (for use inside a sentence). */
export function placeLabel(t: Translate, label: string): string {
  return formatPlace(placeOfLabel(label), wordsOf(t));
}

/** "Paragraph 14", "The headline": where a range starts, as a title. */
export function placeOf(t: Translate, doc: MarkingDoc, range: Range): string {
  const unit = unitOf(doc, range);
  return formatPlace(placeOfLabel(unit ? paragraphLabel(unit) : ''), wordsOf(t), true);
}

/** How the results name a place and quote the article (handed to their lazily loaded code). */
export type ArticleWords = ReturnType<typeof articleWords>;

export function articleWords(t: Translate, doc: MarkingDoc) {
  return {
    placeOf: (range: Range) => placeOf(t, doc, range),
    quoteOf: (range: Range) => doc.text.slice(range.start, range.end),
  };
}
