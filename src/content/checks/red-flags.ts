/** Cross-file checks for "Spot the red flags": key passages against the article and the types. */
import { countQuote, locateQuote, type KeyPassage, type MarkingDoc } from '../../core/marking-doc';
import type { RedFlagPassageData } from '../../modules/red-flags/schema';
import { ContentError } from '../errors';

/** One answer-key file as read from the collection. */
export interface KeyEntryInput {
  id: string;
  /** Shown in errors, e.g. `content/cases/paramedics-walkout/red-flags/02-headline.mdx`. */
  file: string;
  data: RedFlagPassageData;
}

/**
 * Places every key passage in the article and checks it against the taxonomy. Throws a
 * {@link ContentError} naming the file and field for a quote that is not in the article
 * verbatim, an ambiguous quote, an unknown type, or a passage overlapping another.
 * Returns the passages in reading order.
 */
export function locateKeyPassages(
  doc: MarkingDoc,
  entries: readonly KeyEntryInput[],
  typeIds: ReadonlySet<string>,
): (KeyPassage & { entry: KeyEntryInput })[] {
  const located = entries.map((entry) => {
    const problems: string[] = [];
    const { quote, occurrence } = entry.data;
    const count = countQuote(doc, quote);
    const range = locateQuote(doc, quote, occurrence ?? 1);
    if (count === 0 || !range)
      problems.push(
        count === 0
          ? 'quote: not found verbatim in the article (check quotes, dashes and spaces)'
          : `occurrence: the quote appears ${count} times, not ${occurrence ?? 1}`,
      );
    else if (count > 1 && occurrence === undefined)
      problems.push(`quote: appears ${count} times in the article; add "occurrence"`);
    entry.data.types.forEach((type, i) => {
      if (!typeIds.has(type))
        problems.push(`types.${i}: "${type}" is not in content/red-flag-types.yaml`);
    });
    if (problems.length > 0 || !range) throw new ContentError(entry.file, problems);
    return { id: entry.id, start: range.start, end: range.end, types: entry.data.types, entry };
  });
  located.sort((a, b) => a.start - b.start);
  located.forEach((p, i) => {
    const next = located[i + 1];
    if (next && next.start < p.end)
      throw new ContentError(next.entry.file, [`quote: overlaps the passage in ${p.entry.file}`]);
  });
  return located;
}
