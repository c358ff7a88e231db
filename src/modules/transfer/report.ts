/**
 * What a student is told about the before/after test: pure, so each message rule is unit-tested
 * (tests/unit/transfer-report.test.ts). The rules keep the promise of ./scoring.ts: an improvement
 * is claimed only past the chance threshold and never when the student still cannot tell the
 * posts apart; doubting everything is named as bias, not skill; a strong result is praised.
 */
import { compareTests, scoreTest, type TestComparison, type TestScore } from './scoring';

/** d′ from which a result counts as strong: about 10 of 12 right with no lean (5 hits, 1 false alarm gives 1.58). */
export const STRONG_D_PRIME = 1.5;

export interface TestSummary {
  /** Answers on the right side of the scale (accurate posts rated 4–6, made-up ones 1–3). */
  right: number;
  /** Posts rated 4–6. */
  calledAccurate: number;
  /** Posts answered. */
  answered: number;
  total: number;
  /** How many of the posts were accurate. */
  accurate: number;
  score: TestScore;
}

/** Scores one test from the truth and the ratings, both by position. */
export function summarizeTest(
  truth: readonly boolean[],
  ratings: readonly (number | null | undefined)[],
): TestSummary {
  const posts = truth.map((accurate, i) => ({ accurate, rating: ratings[i] ?? null }));
  const score = scoreTest(posts);
  return {
    right: score.accurate.ratedAccurate + (score.madeUp.answered - score.madeUp.ratedAccurate),
    calledAccurate: score.accurate.ratedAccurate + score.madeUp.ratedAccurate,
    answered: score.accurate.answered + score.madeUp.answered,
    total: truth.length,
    accurate: truth.filter(Boolean).length,
    score,
  };
}

export type MessageKey =
  | 'improved'
  | 'same'
  | 'sameStrong'
  | 'strong'
  | 'worse'
  | 'notYet'
  | 'afterOnly'
  | 'moreDoubtful'
  | 'doubtedAll'
  | 'trustedAll'
  | 'leanedNotAccurate'
  | 'leanedAccurate'
  | 'balanced';

export interface Message {
  key: MessageKey;
  params: Record<string, number>;
}

export interface TestReport {
  comparison: TestComparison | null;
  /** One message on skill, then one on lean. */
  messages: Message[];
}

const strong = (s: TestSummary) => s.score.dPrime >= STRONG_D_PRIME;

/** The messages for a finished second test, with the warm-up's result when there is one. */
export function reportTests(before: TestSummary | null, after: TestSummary): TestReport {
  const params = {
    right: after.right,
    total: after.total,
    accurate: after.accurate,
    called: after.calledAccurate,
    missed: after.accurate - after.score.accurate.ratedAccurate,
  };
  const comparison = before ? compareTests(before.score, after.score) : null;
  let skill: MessageKey;
  if (after.score.dPrime <= 0) skill = 'notYet';
  else if (!comparison) skill = strong(after) ? 'strong' : 'afterOnly';
  else if (comparison.outcome === 'improved') skill = 'improved';
  else if (comparison.outcome === 'worse') skill = 'worse';
  else if (strong(after)) skill = before && strong(before) ? 'sameStrong' : 'strong';
  else skill = 'same';

  let lean: MessageKey;
  if (comparison?.moreDoubtful) lean = 'moreDoubtful';
  else if (after.calledAccurate === 0 && after.answered > 0) lean = 'doubtedAll';
  else if (after.calledAccurate === after.answered && after.answered > 0) lean = 'trustedAll';
  else if (after.score.bias === 'leaned-not-accurate') lean = 'leanedNotAccurate';
  else if (after.score.bias === 'leaned-accurate') lean = 'leanedAccurate';
  else lean = 'balanced';
  return {
    comparison,
    messages: [
      { key: skill, params },
      { key: lean, params },
    ],
  };
}

/** How the retention check, a week later, compares with the second look (issue 16). */
export type CheckSkill = 'kept' | 'higher' | 'lower' | 'notYet';

export interface CheckReport {
  skill: CheckSkill;
  /** The lean, worded as for the second look (doubting everything is named, never praised). */
  lean: Message;
}

/**
 * The messages for a finished retention check beside the second look. The same promise as
 * {@link reportTests}: "higher" or "lower" only past the chance threshold, and a check that does
 * not tell the posts apart (d′ ≤ 0, as when every post is doubted) is never "kept" or "higher".
 */
export function reportCheck(after: TestSummary | null, check: TestSummary): CheckReport {
  let skill: CheckSkill = 'kept';
  if (check.score.dPrime <= 0) skill = 'notYet';
  else if (after) {
    const { outcome } = compareTests(after.score, check.score);
    skill = outcome === 'improved' ? 'higher' : outcome === 'worse' ? 'lower' : 'kept';
  }
  return { skill, lean: reportTests(after, check).messages[1]! };
}
