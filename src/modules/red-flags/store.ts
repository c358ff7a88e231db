/**
 * What a student does in "Spot the red flags", as actions on saved progress (module
 * `red-flags`). Each action takes the step as the student sees it ({@link StepNow}: the saved
 * marks as decoded against today's article, and the time spent), saves the next state through
 * src/stores/progress.ts and returns it. The rules (marks never overlap, hint levels, scoring)
 * are the pure functions in ./scoring.ts and ./score.ts.
 */
import type { Range } from '../../core/marking-doc';
import { now, resetModule, updateModule } from '../../stores/progress';
import type { RedFlagsScore } from './score';
import {
  MAX_HINT_LEVEL,
  MODULE_ID,
  addMark,
  marksIn,
  type RedFlagsData,
  type SavedMark,
} from './scoring';

/** The step as the student sees it when they act. */
export interface StepNow {
  caseId: string;
  /** The saved data, decoded against the article (see `decodeRedFlagsData`). */
  data: RedFlagsData;
  /** Seconds spent on the step so far (saved with every change). */
  seconds: number;
}

function save(at: StepNow, data: RedFlagsData): RedFlagsData {
  updateModule(at.caseId, MODULE_ID, { data, seconds: at.seconds });
  return data;
}

/**
 * Marks a passage (a sentence or a phrase) as a red flag of `type`. A mark it overlaps is
 * replaced: marks never overlap.
 */
export function markPassage(at: StepNow, mark: SavedMark): RedFlagsData {
  return save(at, { ...at.data, marks: addMark(at.data.marks, mark).marks });
}

/** Names the mark starting at `start` as another type. */
export function changeMarkType(at: StepNow, start: number, type: string): RedFlagsData {
  const marks = at.data.marks.map((m) => (m.start === start ? { ...m, type } : m));
  return save(at, { ...at.data, marks });
}

/**
 * Removes every mark touching `range` (a sentence, or one mark's own range). Returns how many
 * went; nothing is saved when none did.
 */
export function removeMarks(at: StepNow, range: Range): { data: RedFlagsData; removed: number } {
  const gone = marksIn(at.data.marks, range);
  if (gone.length === 0) return { data: at.data, removed: 0 };
  const marks = at.data.marks.filter((m) => !gone.includes(m));
  return { data: save(at, { ...at.data, marks }), removed: gone.length };
}

/** Takes the next hint level in a section (never beyond {@link MAX_HINT_LEVEL}). */
export function takeHint(at: StepNow, sectionId: string): RedFlagsData {
  const level = Math.min(MAX_HINT_LEVEL, (at.data.hints[sectionId] ?? 0) + 1);
  return save(at, { ...at.data, hints: { ...at.data.hints, [sectionId]: level } });
}

/**
 * The marks were checked against the key (`scoreStep` in ./parts/Results.tsx, with `at.data`): the step
 * is done, with its score, and the results show. Returns the score (the island announces it).
 */
export function checkMarks<S extends Pick<RedFlagsScore, 'earned' | 'possible'>>(
  at: StepNow,
  score: S,
): S {
  updateModule(at.caseId, MODULE_ID, {
    data: { ...at.data, checked: true },
    seconds: at.seconds,
    status: 'done',
    score: { earned: score.earned, possible: score.possible },
    completedAt: now(),
  });
  return score;
}

/** Back from the results to marking, marks kept (the step stays done until checked again). */
export function keepMarking(at: StepNow): RedFlagsData {
  const { checked: _checked, revealed: _revealed, ...data } = at.data;
  return save(at, data);
}

/** Shows the key passages no mark found, in the results and the article. */
export function revealMissed(at: StepNow): RedFlagsData {
  return save(at, { ...at.data, revealed: true });
}

/** Clears this step only: marks, hints, score and time ("Try again"). */
export function tryAgain(caseId: string): void {
  resetModule(caseId, MODULE_ID);
}
