/**
 * What the article highlights while marking: each mark with its type's short name. In the
 * results, ./parts/result-highlights.ts colours them by credit (it loads with the results).
 */
import type { Highlight } from './parts/ArticleView';
import type { SavedMark } from './scoring';

export function markHighlights(
  marks: readonly SavedMark[],
  shortName: (id: string) => string,
  srPrefix: string,
): Highlight[] {
  return marks.map((m) => ({
    start: m.start,
    end: m.end,
    tone: 'marked',
    label: shortName(m.type),
    srPrefix,
    mark: m.start,
  }));
}
