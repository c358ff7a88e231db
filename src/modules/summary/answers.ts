/**
 * The student's own words and choices, for the results page to print: why they would (not)
 * share the article, before and after, and what they chose in Check the named experts.
 */
import type { CaseProgress, Impressions } from '../../core/progress';
import { OWN_CHOICE, decodeExpertsData } from '../experts/scoring';
import type { ExpertsInfo } from './view-types';

export interface AnswerLabels {
  firstReason: string;
  secondReason: string;
  /** "What Dr. Thornton would check first" for a card's short title. */
  expertsCheck: (card: string) => string;
  /** "Your verdict on Dr. Thornton". */
  expertsVerdict: (card: string) => string;
}

/** [label, answer] pairs, in the lesson's order; unanswered questions are left out. */
export function writtenAnswers(
  progress: CaseProgress,
  experts: ExpertsInfo | undefined,
  labels: AnswerLabels,
): [string, string][] {
  const reasons = (
    [
      [labels.firstReason, progress.firstImpressions],
      [labels.secondReason, progress.secondLook],
    ] as [string, Impressions | undefined][]
  )
    .filter(([, i]) => (i?.reason ?? '').trim() !== '')
    .map(([label, i]): [string, string] => [label, i?.reason ?? '']);

  const answers: [string, string][] = [];
  const saved = progress.modules['experts']?.data;
  if (experts && saved !== undefined) {
    const { data } = decodeExpertsData(
      saved,
      experts.cards.map((c) => ({ id: c.id, choiceIds: Object.keys(c.choices) })),
    );
    for (const card of experts.cards) {
      const a = data.cards[card.id];
      if (!a) continue;
      if (a.check)
        answers.push([
          labels.expertsCheck(card.title),
          a.check === OWN_CHOICE ? (a.own ?? '') : (card.choices[a.check] ?? a.check),
        ]);
      if (a.verdict)
        answers.push([
          labels.expertsVerdict(card.title),
          `${experts.verdicts[a.verdict] ?? a.verdict}${a.confidence ? ` (${experts.confidences[a.confidence] ?? a.confidence})` : ''}`,
        ]);
    }
  }
  return [...reasons, ...answers];
}
