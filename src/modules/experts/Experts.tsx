/**
 * "Check the named experts": one card per source the article leans on. For each, the student
 * reads the claim, says what they would check first, sees what a check finds and gives a verdict
 * with a confidence. Answers save as they go (./store.ts); the overview shows the score once all
 * are in.
 *
 * Each card's quotes come from the page as a named slot (static HTML, once in the page). What
 * shows after each answer (feedback, prepared panels, explanations) is fetched from the page's
 * `answers.json` once the island runs (../../ui/deferred.tsx), so the page loads light.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { StringsProvider, useT } from '../../ui/strings';
import { useCaseProgress } from '../../ui/use-case-progress';
import { useModuleTime } from '../../ui/use-module-time';
import {
  POINTS_PER_CARD,
  emptyExpertsData,
  firstExtraLeft,
  firstUnfinished,
  formatPoints,
  nextCardAfter,
  scoreModule,
} from './scoring';
import {
  MODULE_ID,
  chooseCheck,
  giveVerdict,
  readExperts,
  tryAgain,
  type ExpertsStep,
} from './store';
import type { CardView, ExpertsMessages, ExpertsSlots } from './view-types';
import { useCardParts } from './parts/card-parts';
import CardNav, { type View } from './parts/CardNav';
import SourceCard from './parts/SourceCard';
import Summary from './parts/Summary';

export type { CardView, ExpertsMessages } from './view-types';

type Props = {
  caseId: string;
  cards: CardView[];
  /** The island's UI strings (`pickKeys('experts', ISLAND_KEYS)`). */
  messages: ExpertsMessages;
  /** What shows after each answer (`answers.json`). */
  answersUrl: string;
  /** Shown with the summary: what the step teaches. */
  takeaway?: string;
} & ExpertsSlots;

export default function Experts({ messages, ...props }: Props) {
  return (
    <StringsProvider messages={messages}>
      <ExpertCards {...props} />
    </StringsProvider>
  );
}

function ExpertCards({ caseId, cards, answersUrl, takeaway, ...slots }: Omit<Props, 'messages'>) {
  const t = useT<ExpertsMessages>();
  const { mounted, module } = useCaseProgress(caseId);
  const saved = module(MODULE_ID);
  const step: ExpertsStep = useMemo(
    () => ({
      caseId,
      cards: cards.map((c) => ({
        id: c.id,
        verdict: c.verdict,
        partialVerdicts: c.partialVerdicts.map((p) => p.verdict),
        choiceIds: c.checkChoices.map((o) => o.id),
        tier: c.tier,
      })),
    }),
    [caseId, cards],
  );
  const decoded = useMemo(() => readExperts(saved, step.cards), [saved, step]);
  const data = decoded.data;
  const score = scoreModule(step.cards, data);
  const partsOf = useCardParts(answersUrl, slots);

  const [view, setView] = useState<View>(0);
  const [focus, setFocus] = useState<{ cardId: string; step: 'check' | 'verdict' } | null>(null);
  // A short polite announcement of each result; the full feedback also takes focus.
  const [announcement, setAnnouncement] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moveFocus = useRef(false);

  // Once saved progress is readable, open where the student left off.
  const restored = useRef(false);
  useEffect(() => {
    if (!mounted || restored.current) return;
    restored.current = true;
    const next = firstUnfinished(cards, data);
    setView(next === -1 ? 'summary' : next);
  }, [mounted, cards, data]);

  useEffect(() => {
    if (!moveFocus.current) return;
    moveFocus.current = false;
    headingRef.current?.focus();
  }, [view]);

  const go = (next: View) => {
    moveFocus.current = true;
    setAnnouncement('');
    setFocus(null);
    setView(next);
    if (next === view) headingRef.current?.focus();
  };

  const time = useModuleTime(caseId, MODULE_ID, mounted);
  const restart = () => {
    tryAgain(caseId);
    time.restart();
    go(0);
  };

  const nextFor = (index: number): { label: string; go: () => void } | null => {
    const next = nextCardAfter(cards, data, index);
    if (!next) return null;
    const { to, unfinished } = next;
    if (to === 'summary') return { label: t('experts.toSummary'), go: () => go('summary') };
    const title = cards[to]?.short ?? '';
    return {
      label: t(unfinished ? 'experts.nextUnfinished' : 'experts.next', { title }),
      go: () => go(to),
    };
  };

  const index = view === 'summary' ? -1 : Math.min(view, cards.length - 1);
  const card = index >= 0 ? cards[index] : undefined;
  return (
    <div className="ex-app">
      {decoded.unreadable && (
        <p className="notice notice--warn" role="status">
          {t('experts.unreadable')}
        </p>
      )}
      <CardNav cards={cards} data={data} view={view} complete={score.complete} onSelect={go} />
      {card ? (
        <SourceCard
          key={card.id}
          ref={headingRef}
          card={card}
          parts={partsOf(index, card.id)}
          index={index}
          total={cards.length}
          answer={data.cards[card.id]}
          focus={focus?.cardId === card.id ? focus.step : null}
          onCheck={(check, own) => {
            const picked = card.checkChoices.find((c) => c.id === check);
            setAnnouncement(
              picked
                ? t(picked.strong ? 'experts.strong' : 'experts.weak')
                : t('experts.ownFeedback'),
            );
            setFocus({ cardId: card.id, step: 'check' });
            chooseCheck(step, card.id, check, own, time.now());
          }}
          onVerdict={(verdict, confidence) => {
            const result = giveVerdict(step, card.id, verdict, confidence, time.now());
            if (result)
              setAnnouncement(
                t('experts.announceVerdict', {
                  outcome: t(`experts.outcomes.${result.outcome}`),
                  points: formatPoints(result.points),
                  possible: POINTS_PER_CARD,
                }),
              );
            setFocus({ cardId: card.id, step: 'verdict' });
          }}
          next={nextFor(index)}
        />
      ) : (
        <Summary
          ref={headingRef}
          cards={cards}
          data={score.complete ? data : emptyExpertsData()}
          score={score}
          takeaway={takeaway}
          onTryAgain={restart}
          extra={(() => {
            const i = firstExtraLeft(cards, data);
            const next = cards[i];
            return next ? { short: next.short, go: () => go(i) } : null;
          })()}
        />
      )}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </div>
  );
}
