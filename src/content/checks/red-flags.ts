/** Cross-file checks for "Spot the red flags": key passages against the article and the types. */
import { countQuote, locateQuote, type KeyPassage, type MarkingDoc } from '../../core/marking-doc';
import { CORE_SIZE, FULL_KEY, type RedFlagPassageData } from '../../modules/red-flags/schema';
import { misplacedTiers } from '../../core/key-sections';
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

/**
 * Checks the key's kinds and tiers (issue #13): a red flag names at least one type; a sound
 * passage names none, says how to confirm it and explains in its body why it holds up; and a
 * full key's core holds {@link CORE_SIZE} red flags, so a careful student can finish it.
 * Throws a {@link ContentError} naming the file and field (or the folder, for the core's size).
 */
export function checkKeyTiers(
  folder: string,
  entries: readonly (KeyEntryInput & { body?: string | undefined })[],
): void {
  for (const entry of entries) {
    const { kind, types, confirm } = entry.data;
    const problems: string[] = [];
    if (kind === 'red-flag') {
      if (types.length === 0) problems.push('types: a red flag names at least one type');
      if (confirm !== undefined) problems.push('confirm: only a sound passage has this field');
    } else {
      if (types.length > 0) problems.push('types: a sound passage names no red-flag type');
      if (!confirm) problems.push('confirm: say how a reader would confirm this passage');
      if ((entry.body ?? '').trim().length < 40)
        problems.push('body: explain why this passage holds up (at least a sentence or two)');
    }
    if (problems.length > 0) throw new ContentError(entry.file, problems);
  }
  const flags = entries.filter((e) => e.data.kind === 'red-flag');
  const core = flags.filter((e) => e.data.tier === 'core');
  if (flags.length >= FULL_KEY && (core.length < CORE_SIZE.min || core.length > CORE_SIZE.max))
    throw new ContentError(
      folder,
      [
        `tier: ${core.length} of the ${flags.length} red flags are "core"; ` +
          `a full key's core holds ${CORE_SIZE.min} to ${CORE_SIZE.max}`,
      ],
      'Mark the clearest passages "tier: core" and the rest "tier: extra".',
    );
  if (flags.length < FULL_KEY) {
    const extra = flags.find((e) => e.data.tier === 'extra');
    if (extra)
      throw new ContentError(extra.file, [
        `tier: a key with fewer than ${FULL_KEY} red flags is all core`,
      ]);
  }
}

/**
 * The core is whole sections (issue #14): the page names them, so every red flag in a section
 * that holds a core red flag must be core too. Names the first file that breaks it.
 */
export function checkCoreSections(
  doc: MarkingDoc,
  located: readonly (KeyPassage & { entry: KeyEntryInput })[],
): void {
  const misplaced = misplacedTiers(
    doc,
    located.map((p) => ({ ...p, kind: p.entry.data.kind, tier: p.entry.data.tier })),
  )[0];
  if (misplaced)
    throw new ContentError(
      misplaced.entry.file,
      [
        'tier: "extra", but its section of the article holds core red flags; the core is ' +
          'whole sections, so every red flag in them is "core"',
      ],
      'Make it "tier: core", or move the section\'s other red flags to "extra".',
    );
}
