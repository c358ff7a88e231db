/**
 * Each card's static parts, where its steps place them: the quotes (a slot of the page) and what
 * shows after each answer (feedback, prepared panels, explanation: from `answers.json`).
 */
import type { ReactNode } from 'react';
import { DeferredHtml, useDeferred } from '../../../ui/deferred';
import { useT } from '../../../ui/strings';
import {
  quotesSlot,
  type CardParts,
  type ExpertsAnswers,
  type ExpertsMessages,
} from '../view-types';

/** `partsOf(i, id)`: the parts of card `i` (0-based), whose id is `id`. */
export function useCardParts(
  answersUrl: string,
  slots: Partial<Record<string, ReactNode>>,
): (i: number, id: string) => CardParts {
  const t = useT<ExpertsMessages>();
  const answers = useDeferred<ExpertsAnswers>(answersUrl);
  const labels = {
    loading: t('experts.partLoading'),
    failed: t('experts.partFailed'),
    retry: t('experts.partRetry'),
  };
  const deferred = (html: string | undefined, className?: string) => (
    <DeferredHtml state={answers} html={html} className={className} labels={labels} />
  );
  return (i, id) => {
    const card = answers.data?.cards[id];
    return {
      quotes: slots[quotesSlot(i)],
      feedback: card?.feedback,
      pending: deferred(undefined),
      finds: deferred(card?.finds),
      explain: deferred(card?.explain, 'prose ex-explanation'),
    };
  };
}
