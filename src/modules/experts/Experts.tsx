/**
 * "Check the named experts": one card per source the article leans on. For each, the student
 * reads the claim, says what they would check first, sees what a check finds and gives a verdict
 * with a confidence. Answers save as they go; the overview shows the score once all are in.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useStore } from '@nanostores/react';
import { useModuleTime } from '../../ui/use-module-time';
import { $progress, resetModule, updateModule } from '../../stores/progress';
import { caseProgressOf } from '../../core/progress';
import {
  POINTS_PER_CARD,
  decodeExpertsData,
  emptyExpertsData,
  firstUnfinished,
  formatPoints,
  modulePatch,
  scoreModule,
  scoreVerdict,
  withCheck,
  withVerdict,
  type CardKey,
  type Confidence,
  type ExpertsData,
  type Verdict,
} from './scoring';
import type { CardView } from './view-types';
import CardNav, { type View } from './parts/CardNav';
import SourceCard from './parts/SourceCard';
import Summary from './parts/Summary';
import { StringsContext, makeT, type ExpertsMessages } from './strings';

export type { CardView } from './view-types';
export type { ExpertsMessages } from './strings';

const MODULE_ID = 'experts';

interface Props {
  caseId: string;
  cards: CardView[];
  /** This island's UI strings (see ./experts/strings.ts for why they are passed, not imported). */
  messages: ExpertsMessages;
  /** Shown with the summary: what the step teaches. */
  takeaway?: string;
}

export default function Experts({ caseId, cards, messages, takeaway }: Props) {
  const t = useMemo(() => makeT(messages), [messages]);
  const progress = useStore($progress);
  // Saved answers exist only in the browser: the first client render matches the server's
  // (first card, nothing answered), then the saved state appears.
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);

  const saved = mounted ? caseProgressOf(progress, caseId).modules[MODULE_ID] : undefined;
  const shapes = useMemo(
    () => cards.map((c) => ({ id: c.id, choiceIds: c.checkChoices.map((o) => o.id) })),
    [cards],
  );
  const keys: CardKey[] = useMemo(
    () =>
      cards.map((c) => ({
        id: c.id,
        verdict: c.verdict,
        partialVerdicts: c.partialVerdicts.map((p) => p.verdict),
      })),
    [cards],
  );
  const decoded = useMemo(() => decodeExpertsData(saved?.data, shapes), [saved?.data, shapes]);
  const data: ExpertsData = decoded.data;
  const score = scoreModule(keys, data);

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
  const save = (next: ExpertsData) =>
    updateModule(caseId, MODULE_ID, {
      ...modulePatch(keys, next, new Date().toISOString()),
      seconds: time.now(),
    });

  const tryAgain = () => {
    resetModule(caseId, MODULE_ID);
    time.restart();
    go(0);
  };

  const nextFor = (index: number): { label: string; go: () => void } | null => {
    if (score.complete) {
      const following = cards[index + 1];
      return following
        ? { label: t('experts.next', { title: following.short }), go: () => go(index + 1) }
        : { label: t('experts.toSummary'), go: () => go('summary') };
    }
    // Not all done: the next unfinished card after this one, wrapping round.
    const order = [...cards.keys()].map((k) => (index + 1 + k) % cards.length);
    const target = order.find((i) => data.cards[cards[i]?.id ?? '']?.verdict === undefined);
    if (target === undefined) return null;
    const label =
      target === index + 1
        ? t('experts.next', { title: cards[target]?.short ?? '' })
        : t('experts.nextUnfinished', { title: cards[target]?.short ?? '' });
    return { label, go: () => go(target) };
  };

  const index = view === 'summary' ? -1 : Math.min(view, cards.length - 1);
  const card = index >= 0 ? cards[index] : undefined;

  return (
    <StringsContext.Provider value={t}>
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
              save(withCheck(data, card.id, check, own));
            }}
            onVerdict={(verdict: Verdict, confidence: Confidence) => {
              const key = keys[index];
              if (key) {
                const result = scoreVerdict(key, verdict, confidence);
                setAnnouncement(
                  t('experts.announceVerdict', {
                    outcome: t(`experts.outcomes.${result.outcome}`),
                    points: formatPoints(result.points),
                    possible: POINTS_PER_CARD,
                  }),
                );
              }
              setFocus({ cardId: card.id, step: 'verdict' });
              save(withVerdict(data, card.id, verdict, confidence));
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
            onTryAgain={tryAgain}
          />
        )}
        <p className="visually-hidden" role="status">
          {announcement}
        </p>
      </div>
    </StringsContext.Provider>
  );
}
