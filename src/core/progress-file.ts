/**
 * Progress files ("Take your progress with you"): the saved-progress document, read back with
 * its own decoder, and added to this browser's progress or replacing it.
 */
import {
  PROGRESS_VERSION,
  caseProgressOf,
  decodeProgress,
  hasAnyProgress,
  type CaseProgress,
  type Impressions,
  type ModuleProgress,
  type Progress,
} from './progress';

/** A progress file bigger than this is not one of ours (a whole lesson's answers are a few KB). */
export const PROGRESS_FILE_MAX = 1_000_000;

export type ProgressFileResult =
  | { ok: true; progress: Progress }
  | { ok: false; problem: 'foreign' | 'newer' | 'too-big' | 'empty' };

/**
 * Reads a progress file ("Save my progress to a file"): the very document the browser saves,
 * checked by {@link decodeProgress}. Never throws; anything else is `foreign`, a document with
 * no answers `empty`.
 */
export function decodeProgressFile(text: unknown): ProgressFileResult {
  if (typeof text !== 'string' || text.trim() === '') return { ok: false, problem: 'foreign' };
  if (text.length > PROGRESS_FILE_MAX) return { ok: false, problem: 'too-big' };
  const result = decodeProgress(text);
  if (!result.ok) return { ok: false, problem: result.newer ? 'newer' : 'foreign' };
  // Nothing in it (or only what the decoder had to drop, like a `__proto__` key): no question.
  return hasAnyProgress(result.progress)
    ? { ok: true, progress: result.progress }
    : { ok: false, problem: 'empty' };
}

const rank = (m: ModuleProgress | Impressions | undefined) =>
  m === undefined ? 0 : 'status' in m ? (m.status === 'done' ? 2 : 1) : m.completedAt ? 2 : 1;
function pick<T extends ModuleProgress | Impressions>(here: T | undefined, there: T | undefined) {
  return rank(there) > rank(here) ? there : here;
}

/**
 * Adds a file's progress to this browser's: a step only the file has is taken, a step both have
 * keeps the further one (done over started), this browser's when they are as far.
 */
export function mergeProgress(here: Progress, there: Progress): Progress {
  const cases: Record<string, CaseProgress> = { ...here.cases };
  for (const [id, theirs] of Object.entries(there.cases)) {
    const ours = caseProgressOf(here, id);
    const modules: Record<string, ModuleProgress> = { ...ours.modules };
    for (const [m, value] of Object.entries(theirs.modules)) {
      const kept = pick(ours.modules[m], value);
      if (kept) modules[m] = kept;
    }
    const first = pick(ours.firstImpressions, theirs.firstImpressions);
    const second = pick(ours.secondLook, theirs.secondLook);
    cases[id] = {
      ...(first ? { firstImpressions: first } : {}),
      ...(second ? { secondLook: second } : {}),
      modules,
    };
  }
  return { version: PROGRESS_VERSION, cases, updatedAt: new Date().toISOString() };
}
