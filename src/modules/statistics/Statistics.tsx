/**
 * "Compare the statistics": for each figure, predict, lock in, then see the article's claim
 * beside the real figure. Ends with the "number drift" view. Progress is saved through
 * `updateModule` (data validated by src/modules/statistics/scoring.ts) and cleared by `resetModule`.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useStore } from '@nanostores/react';
import { useModuleTime } from '../../ui/use-module-time';
import { $progress, resetModule, updateModule } from '../../stores/progress';
import { caseProgressOf, type ModuleProgress } from '../../core/progress';
import {
  decodeStatisticsData,
  moduleScore,
  reconcileData,
  scorePrediction,
  type StatisticsData,
} from './scoring';
import { translator } from '../../i18n/translate';
import { MessagesContext, type Messages } from './messages';
import FigureCard from './parts/FigureCard';
import DriftSection from './parts/DriftSection';
import type { DriftView, FigureView } from './view-types';

export type { DriftView, FigureView } from './view-types';

const MODULE = 'statistics';

interface Props {
  caseId: string;
  /** The module's UI strings: `pick('statistics')`. */
  messages: Messages;
  figures: FigureView[];
  drift?: DriftView | undefined;
}

const domId = (figureId: string) => `stat-${figureId}`;

export default function Statistics({ caseId, messages, figures, drift }: Props) {
  const t = useMemo(() => translator(messages), [messages]);
  const progress = useStore($progress);
  // Saved progress exists only in the browser: the first client render matches the server's
  // (nothing saved), then the saved state appears.
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  const saved: ModuleProgress | undefined = mounted
    ? caseProgressOf(progress, caseId).modules[MODULE]
    : undefined;
  const decoded = useMemo(() => decodeStatisticsData(saved?.data), [saved?.data]);
  const data = useMemo(() => reconcileData(decoded.data, figures), [decoded, figures]);
  const [notice, setNotice] = useState<'invalid' | 'restarted' | null>(null);
  const focusNext = useRef<string | null>(null);
  // Focus moves to each result's heading; its score is also announced, politely.
  const [announcement, setAnnouncement] = useState('');

  // Unreadable saved answers: start this step fresh and say so, once.
  useEffect(() => {
    if (mounted && saved && !decoded.ok) {
      resetModule(caseId, MODULE);
      setNotice('invalid');
    }
  }, [mounted, saved, decoded.ok, caseId]);

  useEffect(() => {
    if (focusNext.current === null) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  });

  const time = useModuleTime(caseId, MODULE, mounted);
  const write = (next: StatisticsData, patch: Partial<ModuleProgress> = {}) => {
    updateModule(caseId, MODULE, {
      status: saved?.status === 'done' ? 'done' : 'in-progress',
      data: next,
      score: moduleScore(figures, next),
      seconds: time.now(),
      ...patch,
    });
  };

  const guess = (id: string, value: number | string) => {
    setNotice(null);
    setAnnouncement('');
    write({ ...data, guesses: { ...data.guesses, [id]: value } });
  };

  const reveal = (id: string) => {
    focusNext.current = `${domId(id)}-result`;
    const figure = figures.find((f) => f.id === id);
    const value = data.guesses[id];
    if (figure && value !== undefined)
      setAnnouncement(t(`statistics.band.${scorePrediction(figure.question, value).band}`));
    const next = { ...data, revealed: [...data.revealed, id] };
    const finished = next.revealed.length === figures.length && !drift;
    write(next, finished ? { status: 'done', completedAt: new Date().toISOString() } : {});
  };

  const openDrift = () => {
    focusNext.current = 'stat-drift-heading';
    write({ ...data, drift: true }, { status: 'done', completedAt: new Date().toISOString() });
  };

  const tryAgain = () => {
    resetModule(caseId, MODULE);
    time.restart();
    setNotice('restarted');
    const first = figures[0];
    if (first) focusNext.current = `${domId(first.id)}-heading`;
  };

  const current = figures.findIndex((f) => !data.revealed.includes(f.id));
  const visible = current === -1 ? figures : figures.slice(0, current + 1);
  const score = moduleScore(figures, data);
  const allRevealed = current === -1 && figures.length > 0;

  return (
    <MessagesContext.Provider value={t}>
      <div className="stat-module">
        {notice && (
          <p className={notice === 'invalid' ? 'notice notice--warn' : 'notice'} role="status">
            {t(notice === 'invalid' ? 'statistics.invalid' : 'statistics.restarted')}
          </p>
        )}
        <p className="stat-progress">
          {t('statistics.progress', { done: data.revealed.length, total: figures.length })}
        </p>
        {visible.map((figure, i) => {
          const nextFigure = figures[i + 1];
          return (
            <FigureCard
              key={figure.id}
              figure={figure}
              guess={data.guesses[figure.id]}
              revealed={data.revealed.includes(figure.id)}
              domId={domId(figure.id)}
              onGuess={(value) => guess(figure.id, value)}
              onReveal={() => reveal(figure.id)}
              onNext={
                nextFigure && data.revealed.includes(figure.id)
                  ? () => document.getElementById(`${domId(nextFigure.id)}-heading`)?.focus()
                  : undefined
              }
            />
          );
        })}
        {allRevealed && (
          <DriftSection
            drift={drift}
            opened={data.drift === true || !drift}
            score={score}
            onOpen={openDrift}
            onTryAgain={tryAgain}
          />
        )}
        <p className="visually-hidden" role="status">
          {announcement}
        </p>
      </div>
    </MessagesContext.Provider>
  );
}
