/**
 * What the article highlights while marking: each mark with its type's short name (a "checks
 * out" mark in its own style). In the
 * results, ./parts/result-highlights.ts colours them by credit (it loads with the results).
 */
import type { Highlight } from './parts/ArticleView';
import type { SavedMark } from './scoring';
import { CHECKS_OUT } from './checks-out';

export function markHighlights(
  marks: readonly SavedMark[],
  shortName: (id: string) => string,
  srPrefix: string,
): Highlight[] {
  return marks.map((m) => ({
    start: m.start,
    end: m.end,
    tone: m.type === CHECKS_OUT ? 'sound' : 'marked',
    label: shortName(m.type),
    srPrefix,
    mark: m.start,
  }));
}
