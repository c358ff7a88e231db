/**
 * The lesson's result, in words (issue #14): which message the second look's result screen
 * gives, picked from the before/after test alone. Pure, so each band is unit-tested
 * (tests/unit/lesson-result.test.ts).
 *
 * The bands keep the promise of ../transfer/report.ts: "better" only past the chance threshold;
 * more doubt without more skill is named as doubt, kindly, because the lesson's goal is telling
 * accurate from inaccurate, not doubting everything; no change or a drop gets encouragement and
 * one concrete thing to try.
 */
import { reportTests, type TestSummary } from '../transfer/report';

export type ResultBand =
  'better' | 'steady' | 'moreDoubt' | 'same' | 'worse' | 'noAfter' | 'noBefore';

export interface LessonResultWords {
  band: ResultBand;
  /** The numbers the messages quote (absent when a test is missing). */
  params: Record<string, number>;
}

const complete = (s: TestSummary | null): s is TestSummary =>
  s !== null && s.answered === s.total && s.total > 0;

/**
 * The band for a student's two tests (null: not taken, or not all answered: the chance
 * thresholds hold for complete tests only).
 */
export function lessonResult(
  before: TestSummary | null,
  after: TestSummary | null,
): LessonResultWords {
  if (!complete(after)) return { band: 'noAfter', params: {} };
  if (!complete(before))
    return { band: 'noBefore', params: { after: after.right, total: after.total } };
  const params = {
    before: before.right,
    after: after.right,
    total: after.total,
    accurate: after.accurate,
    calledBefore: before.calledAccurate,
    calledAfter: after.calledAccurate,
    missed: after.accurate - after.score.accurate.ratedAccurate,
  };
  const { comparison, messages } = reportTests(before, after);
  const skill = messages[0]?.key;
  let band: ResultBand;
  if (comparison?.outcome === 'improved') band = 'better';
  // Doubt first: a drop that comes with calling true posts false is said as what it is.
  else if (comparison?.moreDoubtful || (after.calledAccurate === 0 && before.calledAccurate > 0))
    band = 'moreDoubt';
  else if (comparison?.outcome === 'worse') band = 'worse';
  else if (skill === 'sameStrong' || skill === 'strong') band = 'steady';
  else band = 'same';
  return { band, params };
}
