/**
 * Where a key's core is (issue #14): whole sections of the article, so a page can say "the core
 * is the opening and the list of sources" and a class can do just those in one period. The
 * sections that hold a core red flag are the core; every key passage in them — red flags and
 * passages that check out — belongs to the core, and nothing outside them does.
 */
import { unitOf, type MarkingDoc, type Range, type Section } from './marking-doc';

/** What the split needs of a key passage. */
export interface TieredRange extends Range {
  kind: 'red-flag' | 'sound';
  tier: 'core' | 'extra';
}

/** The section a range starts in, or null (not in the article). */
export function sectionOf(doc: MarkingDoc, range: Range): Section | null {
  const unit = unitOf(doc, range);
  return unit ? (doc.sections[unit.section] ?? null) : null;
}

/** The sections holding a core red flag, in reading order. */
export function coreSections(doc: MarkingDoc, passages: readonly TieredRange[]): Section[] {
  const at = new Set<number>();
  for (const p of passages) {
    if (p.kind !== 'red-flag' || p.tier !== 'core') continue;
    const section = sectionOf(doc, p);
    if (section) at.add(section.index);
  }
  return doc.sections.filter((s) => at.has(s.index));
}

/**
 * The red flags that break the split: an extra in a core section (the page would send the
 * student there and not count it) or a core red flag that is placed nowhere. Empty when sound.
 */
export function misplacedTiers<P extends TieredRange>(
  doc: MarkingDoc,
  passages: readonly P[],
): P[] {
  const core = new Set(coreSections(doc, passages).map((s) => s.index));
  return passages.filter((p) => {
    if (p.kind !== 'red-flag') return false;
    const section = sectionOf(doc, p);
    return p.tier === 'extra' && section !== null && core.has(section.index);
  });
}

/** Whether a key passage (either kind) is in the core: it sits in a core section. */
export function inCore(doc: MarkingDoc, sections: readonly Section[], range: Range): boolean {
  const section = sectionOf(doc, range);
  return section !== null && sections.some((s) => s.index === section.index);
}
