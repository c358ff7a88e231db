/**
 * "Compare the statistics": for each figure, predict, lock in, then see the article's claim
 * beside the real figure. The core figures and the "number drift" make the step; the extras
 * (for a longer lesson, homework or fast finishers) follow it. What the student does is saved
 * through the actions of ./store.ts.
 *
 * Each figure's quote comes from the page as a named slot (static HTML, once in the page). The
 * comparisons and the drift, shown only after a guess is locked in, are fetched from the page's
 * `answers.json` once the island runs (../../ui/deferred.tsx), so the page loads light.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useDeferred } from '../../ui/deferred';
import { StringsProvider, useT } from '../../ui/strings';
import { useCaseProgress } from '../../ui/use-case-progress';
import { useModuleTime } from '../../ui/use-module-time';
import { coreDone, firstExtraLeft, isCore, moduleScore, scorePrediction } from './scoring';
import {
  MODULE_ID,
  clearUnreadable,
  guessFigure,
  lockInGuess,
  openDrift,
  readStatistics,
  tryAgain,
  type StatisticsStep,
} from './store';
import {
  quoteSlot,
  type DriftView,
  type FigureView,
  type StatisticsAnswers,
  type StatisticsMessages,
  type StatisticsSlots,
} from './view-types';
import FigureCard from './parts/FigureCard';
import FigureQuestion from './parts/FigureQuestion';
import Comparison from './parts/Comparison';
import DriftSection from './parts/DriftSection';
import { bandKey } from './parts/Result';
import { useFocusLater } from './parts/use-focus-later';

export type { DriftView, FigureView } from './view-types';

type Props = {
  caseId: string;
  /** The island's UI strings (`pickKeys('statistics', ISLAND_KEYS)`). */
  messages: StatisticsMessages;
  figures: FigureView[];
  drift?: DriftView | undefined;
  /** The comparisons and the drift (`answers.json`). */
  answersUrl: string;
} & StatisticsSlots;

export default function Statistics({ messages, ...props }: Props) {
  return (
    <StringsProvider messages={messages}>
      <StatisticsSteps {...props} />
    </StringsProvider>
  );
}

const domId = (figureId: string) => `stat-${figureId}`;

function StatisticsSteps({
  caseId,
  figures,
  drift,
  answersUrl,
  ...slots
}: Omit<Props, 'messages'>) {
  const t = useT<StatisticsMessages>();
  const { mounted, module } = useCaseProgress(caseId);
  const saved = module(MODULE_ID);
  const step: StatisticsStep = useMemo(
    () => ({
      caseId,
      figures: figures.map(({ id, question, tier }) => ({ id, question, tier })),
      hasDrift: !!drift,
    }),
    [caseId, figures, drift],
  );
  const { ok, data } = useMemo(() => readStatistics(saved, step.figures), [saved, step]);
  const [notice, setNotice] = useState<'invalid' | 'restarted' | null>(null);
  // Focus moves to each result's heading; its score is also announced, politely.
  const [announcement, setAnnouncement] = useState('');
  const focus = useFocusLater();
  const time = useModuleTime(caseId, MODULE_ID, mounted);
  // Compared figures are folded, except the last one compared here (read now) and any the
  // student opens again. After a reload every compared figure starts folded.
  const [open, setOpen] = useState<Record<string, boolean>>({});
  const lastCompared = useRef<string | null>(null);
  // The extras show once the student asks for them (or has started them).
  const [extrasAsked, setExtrasAsked] = useState(false);
  const answers = useDeferred<StatisticsAnswers>(answersUrl);

  // Unreadable saved answers: start this step fresh and say so, once.
  useEffect(() => {
    if (mounted && saved && !ok) {
      clearUnreadable(caseId);
      setNotice('invalid');
    }
  }, [mounted, saved, ok, caseId]);

  const guess = (id: string, value: number | string) => {
    setNotice(null);
    setAnnouncement('');
    guessFigure(step, id, value, time.now());
  };
  const lockIn = (id: string) => {
    focus.focusLater(`${id}-result`);
    const previous = lastCompared.current;
    lastCompared.current = id;
    setOpen((o) => ({ ...o, ...(previous ? { [previous]: false } : {}), [id]: true }));
    const score = lockInGuess(step, id, time.now());
    const figure = figures.find((f) => f.id === id);
    if (score && figure) setAnnouncement(t(`statistics.${bandKey(figure.question)}.${score.band}`));
  };
  const followDrift = () => {
    focus.focusLater('drift');
    openDrift(step, time.now());
  };
  const restart = () => {
    tryAgain(caseId);
    time.restart();
    setOpen({});
    lastCompared.current = null;
    setExtrasAsked(false);
    setNotice('restarted');
    const first = figures[0];
    if (first) focus.focusLater(`${first.id}-heading`);
  };

  const core = figures.filter(isCore);
  const extras = figures.filter((f) => !isCore(f));
  /** A tier's figures up to the first one not compared (the one being worked on). */
  const upToCurrent = (tier: FigureView[]) => {
    const current = tier.findIndex((f) => !data.revealed.includes(f.id));
    return current === -1 ? tier : tier.slice(0, current + 1);
  };
  const coreCompared = coreDone(step.figures, data);
  const stepDone = coreCompared && (data.drift === true || !drift);
  const extrasStarted = extras.some(
    (f) => data.revealed.includes(f.id) || data.guesses[f.id] !== undefined,
  );
  const extrasShown = stepDone && (extrasAsked || extrasStarted);
  const nextExtra = figures[firstExtraLeft(step.figures, data)];
  const goToExtras = (id: string) => {
    if (extrasShown) focus.focusNow(`${id}-heading`);
    else {
      focus.focusLater(`${id}-heading`);
      setExtrasAsked(true);
    }
  };
  const countOf = (tier: FigureView[]) => tier.filter((f) => data.revealed.includes(f.id)).length;

  const card = (figure: FigureView, i: number, tier: FigureView[]) => {
    const value = data.guesses[figure.id];
    const following = tier[i + 1];
    const compared = data.revealed.includes(figure.id) && value !== undefined;
    return (
      <FigureCard
        key={figure.id}
        figure={figure}
        n={i + 1}
        total={tier.length}
        domId={domId(figure.id)}
        headingRef={focus.target(`${figure.id}-heading`)}
        quote={slots[quoteSlot(figures.indexOf(figure))]}
        fold={
          compared
            ? {
                result: t(
                  `statistics.${bandKey(figure.question)}.${scorePrediction(figure.question, value).band}`,
                ),
                open: open[figure.id] === true,
                onToggle: () => setOpen((o) => ({ ...o, [figure.id]: !o[figure.id] })),
              }
            : undefined
        }
      >
        {compared ? (
          <Comparison
            figure={figure}
            guess={value}
            domId={domId(figure.id)}
            headingRef={focus.target(`${figure.id}-result`)}
            answers={answers}
            onNext={following && (() => focus.focusNow(`${following.id}-heading`))}
          />
        ) : (
          <FigureQuestion
            question={figure.question}
            guess={value}
            domId={domId(figure.id)}
            onGuess={(v) => guess(figure.id, v)}
            onLockIn={() => lockIn(figure.id)}
          />
        )}
      </FigureCard>
    );
  };

  return (
    <div className="stat-module">
      {notice && (
        <p className={notice === 'invalid' ? 'notice notice--warn' : 'notice'} role="status">
          {t(notice === 'invalid' ? 'statistics.invalid' : 'statistics.restarted')}
        </p>
      )}
      <p className="stat-progress">
        {t('statistics.progress', { done: countOf(core), total: core.length })}
      </p>
      {upToCurrent(core).map((f, i) => card(f, i, core))}
      {coreCompared && (
        <DriftSection
          drift={drift}
          answers={answers}
          opened={data.drift === true || !drift}
          headingRef={focus.target('drift')}
          onOpen={followDrift}
          score={moduleScore(step.figures, data)}
          onTryAgain={restart}
          extras={
            nextExtra && {
              left: extras.length - countOf(extras),
              title: nextExtra.title,
              go: () => goToExtras(nextExtra.id),
            }
          }
        />
      )}
      {extrasShown && (
        <>
          <h2 className="stat-extras__heading">{t('statistics.extrasHeading')}</h2>
          <p className="stat-progress">
            {t('statistics.extrasProgress', { done: countOf(extras), total: extras.length })}
          </p>
          {upToCurrent(extras).map((f, i) => card(f, i, extras))}
        </>
      )}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </div>
  );
}
