/**
 * The hints for each section of the article, worked out at build time: the page hands the
 * island finished sentences, so the browser needs no code to build them.
 */
import { hintPlaces, passagesInSection } from './scoring';
import { type MarkingDoc, type Range } from '../../core/marking-doc';
import { placeLabel, placeOf } from './place';
import type { Dictionary } from '../../i18n';
import type { Translate as TranslateOf } from '../../i18n/translate';
import type { HintLevels } from './view-types';

/** Built with the pages' `t` (the hint sentences are page-only strings). */
type Translate = TranslateOf<Pick<Dictionary, 'redFlags' | 'place'>>;

/**
 * Section id → its hints, for every section that holds key passages (the others get no hint).
 * Level 1 says where to look ("paragraph 3 and paragraph 5"); level 2 has one nudge per passage.
 */
export function sectionHints(
  t: Translate,
  doc: MarkingDoc,
  passages: readonly (Range & { hint: string })[],
): Record<string, HintLevels> {
  const out: Record<string, HintLevels> = {};
  for (const section of doc.sections) {
    const inSection = passagesInSection(doc, passages, section.index);
    if (inSection.length === 0) continue;
    const places = hintPlaces(doc, passages, section.index).map((label) => placeLabel(t, label));
    const list =
      places.length <= 1
        ? (places[0] ?? '')
        : `${places.slice(0, -1).join(', ')} ${t('redFlags.and')} ${places[places.length - 1]}`;
    const where =
      inSection.length === 1
        ? t('redFlags.hintWhereOne', { places: list })
        : t('redFlags.hintWhereMany', { n: inSection.length, places: list });
    const nudges = inSection.map((p) => `${placeOf(t, doc, p)}: ${p.hint}`);
    out[section.id] = { where, nudges };
  }
  return out;
}
