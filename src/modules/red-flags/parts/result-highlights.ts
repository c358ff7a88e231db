/**
 * What the article highlights in the results: each mark coloured by how it reads (the credit it
 * earned, a passage that checks out confirmed or called a red flag, a red flag called sound),
 * and (once revealed) the passages no mark found. Loaded with the results (./Results.tsx).
 */
import type { Highlight } from './ArticleView';
import { markTone, type DiscernmentScore, type MarkTone } from '../discernment';
import type { SavedMark } from '../scoring';
import type { PassageView, RfKey, Translate } from '../view-types';

export type Tone = MarkTone | 'missed';

/** Each result tone's words, in the legend and beside each highlight. */
export const LEGEND: Record<Tone, RfKey> = {
  full: 'redFlags.legendFull',
  partial: 'redFlags.legendPartial',
  spotted: 'redFlags.legendSpotted',
  confirmed: 'redFlags.legendConfirmed',
  'false-alarm': 'redFlags.legendFalseAlarm',
  'called-sound': 'redFlags.legendCalledSound',
  unkeyed: 'redFlags.legendUnkeyed',
  missed: 'redFlags.legendMissed',
};

interface Input {
  marks: readonly SavedMark[];
  passages: readonly PassageView[];
  score: DiscernmentScore;
  revealed: boolean;
  /** A type's short name ("Headline vs body"). */
  shortName: (id: string) => string;
  t: Translate;
}

export function resultHighlights({ marks, passages, score, revealed, shortName, t }: Input) {
  const srPrefix = t('redFlags.markedAs');
  const highlights: Highlight[] = marks.map((m) => {
    const tone = markTone(m, passages);
    return {
      start: m.start,
      end: m.end,
      tone,
      label: `${shortName(m.type)}: ${t(LEGEND[tone])}`,
      srPrefix,
    };
  });
  if (!revealed) return highlights;
  for (const p of passages) {
    // Red flags no mark found (passages that check out, unmarked, are not missed).
    if (score.outcomes[p.id]?.kind !== 'missed') continue;
    if (highlights.some((h) => h.start < p.end && h.end > p.start)) continue;
    highlights.push({
      start: p.start,
      end: p.end,
      tone: 'missed',
      label: t(LEGEND.missed),
      srPrefix: '',
    });
  }
  return highlights;
}
