/**
 * What the article highlights in the results: each mark coloured by the credit it earned, and
 * (once revealed) the passages no mark found. Loaded with the results (./Results.tsx).
 */
import type { Highlight } from './ArticleView';
import { markCredit, type RedFlagsScore } from '../score';
import type { SavedMark } from '../scoring';
import type { PassageView, RfKey, Translate } from '../view-types';

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
  score: RedFlagsScore;
  revealed: boolean;
  /** A type's short name ("Headline vs body"). */
  shortName: (id: string) => string;
  t: Translate;
}

export function resultHighlights({ marks, passages, score, revealed, shortName, t }: Input) {
  const srPrefix = t('redFlags.markedAs');
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
  if (!revealed) return highlights;
  score.passages.forEach((r, i) => {
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
