/**
 * What a student does in "Compare the statistics", as actions on the saved progress: guess a
 * figure (saved as a draft), lock the guess in (the comparison shows), open the number drift, try
 * the step again. Each reads what is saved now, changes it with the pure functions of
 * ./scoring.ts and saves it through `updateModule` / `resetModule`.
 */
import { caseProgressOf, type ModuleProgress } from '../../core/progress';
import { $progress, now, resetModule, updateModule } from '../../stores/progress';
import { setAsideModule } from '../../stores/backups';
import {
  coreDone,
  decodeStatisticsData,
  moduleScore,
  reconcileData,
  scorePrediction,
  type FigureRef,
  type PredictionScore,
  type StatisticsData,
} from './scoring';

export const MODULE_ID = 'statistics';

/**
 * The step as the actions need it: the case, its figures in lesson order (the core, then the
 * extras), and whether a drift follows.
 */
export interface StatisticsStep {
  caseId: string;
  figures: readonly FigureRef[];
  hasDrift: boolean;
}

export interface SavedStatistics {
  /** False when something was saved that cannot be read (the island says so, then clears it). */
  ok: boolean;
  /** The answers, fitted to today's figures. */
  data: StatisticsData;
}

/** The step's saved answers, read defensively from a case's module state. */
export function readStatistics(
  saved: ModuleProgress | undefined,
  figures: readonly FigureRef[],
): SavedStatistics {
  const decoded = decodeStatisticsData(saved?.data);
  return { ok: decoded.ok, data: reconcileData(decoded.data, figures) };
}

const savedModule = (caseId: string) => caseProgressOf($progress.get(), caseId).modules[MODULE_ID];

/** Saves `data` with its score; the step stays done once done. */
function save(
  step: StatisticsStep,
  data: StatisticsData,
  seconds: number | undefined,
  patch: Partial<ModuleProgress> = {},
): void {
  updateModule(step.caseId, MODULE_ID, {
    status: savedModule(step.caseId)?.status === 'done' ? 'done' : 'in-progress',
    data,
    score: moduleScore(step.figures, data),
    ...(seconds === undefined ? {} : { seconds }),
    ...patch,
  });
}

const current = (step: StatisticsStep) =>
  readStatistics(savedModule(step.caseId), step.figures).data;

/** The student moves the slider, types a number or picks an answer: saved as a draft. */
export function guessFigure(
  step: StatisticsStep,
  figureId: string,
  value: number | string,
  seconds?: number,
): void {
  const data = current(step);
  save(step, { ...data, guesses: { ...data.guesses, [figureId]: value } }, seconds);
}

/**
 * The student locks in the guess: the figure counts as compared, and the step is done when it
 * was the last core figure and no drift follows (the extras never hold the step back). Returns the guess's score (undefined without one).
 */
export function lockInGuess(
  step: StatisticsStep,
  figureId: string,
  seconds?: number,
): PredictionScore | undefined {
  const data = current(step);
  const figure = step.figures.find((f) => f.id === figureId);
  const guess = data.guesses[figureId];
  if (!figure || guess === undefined) return undefined;
  const revealed = data.revealed.includes(figureId) ? data.revealed : [...data.revealed, figureId];
  const finished = coreDone(step.figures, { revealed }) && !step.hasDrift;
  save(
    step,
    { ...data, revealed },
    seconds,
    finished ? { status: 'done', completedAt: now() } : {},
  );
  return scorePrediction(figure.question, guess);
}

/** The student opens the number drift, the step's last part: the step is done. */
export function openDrift(step: StatisticsStep, seconds?: number): void {
  save(step, { ...current(step), drift: true }, seconds, {
    status: 'done',
    completedAt: now(),
  });
}

/** The student starts the step again (after confirming): only this step is cleared. */
export function tryAgain(caseId: string): void {
  resetModule(caseId, MODULE_ID);
}

/** Saved answers that cannot be read are cleared, so the step starts fresh. */
export function clearUnreadable(caseId: string): void {
  setAsideModule(caseId, MODULE_ID, caseProgressOf($progress.get(), caseId).modules[MODULE_ID]);
  resetModule(caseId, MODULE_ID);
}
