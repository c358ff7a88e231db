/**
 * What the article highlights: while marking, each mark with its type's short name; in the
 * results, each mark coloured by the credit it earned, and (once revealed) the passages no mark
 * found.
 */
import type { Highlight } from './parts/ArticleView';
import { markCredit, type RedFlagsScore, type SavedMark } from './scoring';
import type { PassageView, RfKey, Translate } from './view-types';

export type Tone = 'full' | 'partial' | 'spotted' | 'unkeyed' | 'missed';

/** Each result tone's words, in the legend and beside each highlight. */
export const LEGEND: Record<Tone, RfKey> = {
  full: 'redFlags.legendFull',
  partial: 'redFlags.legendPartial',
  spotted: 'redFlags.legendSpotted',
  unkeyed: 'redFlags.legendUnkeyed',
  missed: 'redFlags.legendMissed',
};

interface Input {
  marks: readonly SavedMark[];
  passages: readonly PassageView[];
  /** The results are showing (null while marking). */
  results: { score: RedFlagsScore; revealed: boolean } | null;
  /** A type's short name ("Headline vs body"). */
  shortName: (id: string) => string;
  t: Translate;
}

export function highlightsOf({ marks, passages, results, shortName, t }: Input): Highlight[] {
  const srPrefix = t('redFlags.markedAs');
  if (!results)
    return marks.map((m) => ({
      start: m.start,
      end: m.end,
      tone: 'marked',
      label: shortName(m.type),
      srPrefix,
      mark: m.start,
    }));
  const highlights: Highlight[] = marks.map((m) => {
    const tone: Tone = markCredit(m, passages) ?? 'unkeyed';
    return {
      start: m.start,
      end: m.end,
      tone,
      label: `${shortName(m.type)}: ${t(LEGEND[tone])}`,
      srPrefix,
    };
  });
  if (!results.revealed) return highlights;
  results.score.passages.forEach((r, i) => {
    const p = passages[i];
    if (!p || r.credit !== null) return;
    if (highlights.some((h) => h.start < p.end && h.end > p.start)) return;
    highlights.push({
      start: p.start,
      end: p.end,
      tone: 'missed',
      label: t(LEGEND.missed),
      srPrefix: '',
    });
  });
  return highlights;
}
