/**
 * "Compare the statistics": for each figure, predict, lock in, then see the article's claim
 * beside the real figure; the "number drift" ends the step. What the student does is saved
 * through the actions of ./store.ts.
 *
 * The static HTML (each figure's quote and comparison, the drift) comes from the page as named
 * slots (./view-types.ts), so it is in the page once. Until saved progress is read (the server's
 * HTML, and for good without JavaScript) the island draws every figure with its answer and its
 * comparison, marked `stat-nojs`: the CSS shows those only when scripting is off, so with
 * JavaScript the first figure's question is what shows.
 */
import { useEffect, useMemo, useState } from 'react';
import { StringsProvider, useT } from '../../ui/strings';
import { useCaseProgress } from '../../ui/use-case-progress';
import { useModuleTime } from '../../ui/use-module-time';
import { moduleScore } from './scoring';
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
  DRIFT_SLOT,
  figureSlots,
  type DriftView,
  type FigureView,
  type QuestionView,
  type StatisticsMessages,
  type StatisticsSlots,
} from './view-types';
import FigureCard from './parts/FigureCard';
import FigureQuestion from './parts/FigureQuestion';
import Result from './parts/Result';
import DriftSection from './parts/DriftSection';
import { useFocusLater } from './parts/use-focus-later';

export type { DriftView, FigureView } from './view-types';

type Props = {
  caseId: string;
  /** The island's UI strings (`pickKeys('statistics', ISLAND_KEYS)`). */
  messages: StatisticsMessages;
  figures: FigureView[];
  drift?: DriftView | undefined;
} & StatisticsSlots;

export default function Statistics({ messages, ...props }: Props) {
  return (
    <StringsProvider messages={messages}>
      <StatisticsSteps {...props} />
    </StringsProvider>
  );
}

const domId = (figureId: string) => `stat-${figureId}`;
const answerOf = (q: QuestionView) =>
  q.kind === 'number' ? q.answerDisplay : (q.options.find((o) => o.id === q.answer)?.label ?? '');

function StatisticsSteps({ caseId, figures, drift, ...slots }: Omit<Props, 'messages'>) {
  const t = useT<StatisticsMessages>();
  const { mounted, module } = useCaseProgress(caseId);
  const saved = module(MODULE_ID);
  const step: StatisticsStep = useMemo(
    () => ({
      caseId,
      figures: figures.map(({ id, question }) => ({ id, question })),
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
    const score = lockInGuess(step, id, time.now());
    if (score) setAnnouncement(t(`statistics.band.${score.band}`));
  };
  const followDrift = () => {
    focus.focusLater('drift');
    openDrift(step, time.now());
  };
  const restart = () => {
    tryAgain(caseId);
    time.restart();
    setNotice('restarted');
    const first = figures[0];
    if (first) focus.focusLater(`${first.id}-heading`);
  };

  const current = figures.findIndex((f) => !data.revealed.includes(f.id));
  const shown = !mounted || current === -1 ? figures : figures.slice(0, current + 1);
  const allRevealed = current === -1 && figures.length > 0;
  const noop = () => {};

  return (
    <div className="stat-module">
      {notice && (
        <p className={notice === 'invalid' ? 'notice notice--warn' : 'notice'} role="status">
          {t(notice === 'invalid' ? 'statistics.invalid' : 'statistics.restarted')}
        </p>
      )}
      <p className="stat-progress">
        {t('statistics.progress', { done: data.revealed.length, total: figures.length })}
      </p>
      {shown.map((figure, i) => {
        const slot = figureSlots(i);
        const value = data.guesses[figure.id];
        const following = figures[i + 1];
        let body;
        if (!mounted) {
          // The server's HTML: the first question, and every answer for readers without JS.
          body = (
            <>
              {i === 0 && (
                <FigureQuestion
                  question={figure.question}
                  guess={undefined}
                  domId={domId(figure.id)}
                  onGuess={noop}
                  onLockIn={noop}
                />
              )}
              <div className="stat-nojs">
                <p>
                  <strong>{figure.question.prompt}</strong>
                </p>
                <p>{t('statistics.answerKey', { answer: answerOf(figure.question) })}</p>
                {slots[slot.reveal]}
              </div>
            </>
          );
        } else if (data.revealed.includes(figure.id) && value !== undefined) {
          body = (
            <>
              <Result
                question={figure.question}
                guess={value}
                headingId={`${domId(figure.id)}-result`}
                headingRef={focus.target(`${figure.id}-result`)}
              />
              {slots[slot.reveal]}
              {following && (
                <div className="button-row">
                  <button
                    type="button"
                    className="button button--secondary"
                    onClick={() => focus.focusNow(`${following.id}-heading`)}
                  >
                    {t('statistics.next')} <span aria-hidden="true">↓</span>
                  </button>
                </div>
              )}
            </>
          );
        } else {
          body = (
            <FigureQuestion
              question={figure.question}
              guess={value}
              domId={domId(figure.id)}
              onGuess={(v) => guess(figure.id, v)}
              onLockIn={() => lockIn(figure.id)}
            />
          );
        }
        const card = (
          <FigureCard
            key={figure.id}
            figure={figure}
            n={i + 1}
            total={figures.length}
            domId={domId(figure.id)}
            headingRef={focus.target(`${figure.id}-heading`)}
            quote={slots[slot.quote]}
          >
            {body}
          </FigureCard>
        );
        return mounted || i === 0 ? (
          card
        ) : (
          <div key={figure.id} className="stat-nojs">
            {card}
          </div>
        );
      })}
      {!mounted && drift && (
        <div className="stat-nojs">
          <DriftSection drift={drift} body={slots[DRIFT_SLOT]} opened />
        </div>
      )}
      {mounted && allRevealed && (
        <DriftSection
          drift={drift}
          body={slots[DRIFT_SLOT]}
          opened={data.drift === true || !drift}
          headingRef={focus.target('drift')}
          onOpen={followDrift}
          finish={{ score: moduleScore(step.figures, data), onTryAgain: restart }}
        />
      )}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </div>
  );
}
