/**
 * What a student does in "Check the named experts", as actions on the saved progress: choose
 * what to check first, give a verdict with a confidence, try the step again. Each reads what is
 * saved now, changes it with the pure functions of ./scoring.ts and saves it through
 * `updateModule` / `resetModule`; the step is done (with its score) once every card has a verdict.
 */
import { caseProgressOf, type ModuleProgress } from '../../core/progress';
import { $progress, now, resetModule, updateModule } from '../../stores/progress';
import { setAsideModule } from '../../stores/backups';
import {
  decodeExpertsData,
  modulePatch,
  scoreVerdict,
  withCheck,
  withVerdict,
  type CardKey,
  type CardShape,
  type Confidence,
  type DecodedExpertsData,
  type ExpertsData,
  type Verdict,
  type VerdictScore,
} from './scoring';

export const MODULE_ID = 'experts';

/** The step as the actions need it: the case, and each card's answer key and choices. */
export interface ExpertsStep {
  caseId: string;
  cards: readonly (CardKey & CardShape)[];
}

/** The step's saved answers, read defensively from a case's module state. */
export function readExperts(
  saved: ModuleProgress | undefined,
  cards: readonly CardShape[],
): DecodedExpertsData {
  return decodeExpertsData(saved?.data, cards);
}

const current = (step: ExpertsStep): ExpertsData =>
  readExperts(caseProgressOf($progress.get(), step.caseId).modules[MODULE_ID], step.cards).data;

function save(step: ExpertsStep, data: ExpertsData, seconds: number | undefined): void {
  // Saved answers this step could not read are set aside before the first new answer replaces them.
  const saved = caseProgressOf($progress.get(), step.caseId).modules[MODULE_ID];
  if (readExperts(saved, step.cards).unreadable) setAsideModule(step.caseId, MODULE_ID, saved);
  updateModule(step.caseId, MODULE_ID, {
    ...modulePatch(step.cards, data, now()),
    ...(seconds === undefined ? {} : { seconds }),
  });
}

/**
 * The student says what they would check first: one of the card's choices, or their own idea
 * (`OWN_CHOICE` with `own`, their words). What a check finds opens once this is saved.
 */
export function chooseCheck(
  step: ExpertsStep,
  cardId: string,
  check: string,
  own?: string,
  seconds?: number,
): void {
  save(step, withCheck(current(step), cardId, check, own), seconds);
}

/**
 * The student gives a card's verdict with how sure they are; that finishes the card. Returns its
 * score (undefined for a card the step does not have).
 */
export function giveVerdict(
  step: ExpertsStep,
  cardId: string,
  verdict: Verdict,
  confidence: Confidence,
  seconds?: number,
): VerdictScore | undefined {
  const key = step.cards.find((c) => c.id === cardId);
  if (!key) return undefined;
  save(step, withVerdict(current(step), cardId, verdict, confidence), seconds);
  return scoreVerdict(key, verdict, confidence);
}

/** The student starts the step again (after confirming): only this step is cleared. */
export function tryAgain(caseId: string): void {
  resetModule(caseId, MODULE_ID);
}
