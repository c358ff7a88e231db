/**
 * The before/after test as a teacher reads it on /teach/check/: per student and for the class.
 * Pure (no DOM, no strings), so every number is unit-tested by hand
 * (tests/unit/check-test-summary.test.ts); the island and the CSV only word it.
 *
 * The scoring and its thresholds are the transfer module's (../transfer/scoring.ts): "improved"
 * means d′ rose by more than guessing alone gives 1 time in 20 with 12 posts and ended above 0;
 * "more doubtful only" means c rose by more than chance gives while d′ did not improve.
 */
import type { CsvExtraColumns } from '../../core/code-report';
import type { CheckRecord, TestRecord } from '../../core/completion-code';
import { summarizeTest } from '../transfer/report';
import { compareTests, type BiasReading } from '../transfer/scoring';

/** One student's change, in four kinds a teacher can count. */
export type TestOutcome = 'improved' | 'same' | 'worse' | 'more-doubtful';
export const TEST_OUTCOMES: readonly TestOutcome[] = ['improved', 'same', 'worse', 'more-doubtful'];

/** One test as the teacher sees it. */
export interface TestSide {
  /** Answers on the right side of the scale. */
  right: number;
  /** Posts in the test (12). */
  total: number;
  /** Posts answered. */
  answered: number;
  /** Sensitivity d′ (0 = guessing). */
  dPrime: number;
  /** Bias c (above 0 leans "not accurate"). */
  criterion: number;
  lean: BiasReading;
}

export interface StudentTest {
  before: TestSide | null;
  after: TestSide | null;
  /**
   * Null unless both tests were taken with every post answered (the chance thresholds assume
   * complete tests). "worse" wins over "more doubtful": see {@link StudentTest.moreDoubtful}.
   */
  outcome: TestOutcome | null;
  /** compareTests' flag (c rose past chance, d′ did not improve); null when there is no outcome. */
  moreDoubtful: boolean | null;
}

function side(truth: readonly boolean[], ratings: (number | null)[] | null): TestSide | null {
  if (!ratings) return null;
  const s = summarizeTest(truth, ratings);
  return {
    right: s.right,
    total: s.total,
    answered: s.answered,
    dPrime: s.score.dPrime,
    criterion: s.score.criterion,
    lean: s.score.bias,
  };
}

/**
 * A student's two tests, from the ratings their code carries (by position) and the truth by
 * position. A version-1 code (no test) gives nothing on either side.
 */
export function studentTest(truth: readonly boolean[], test: TestRecord | null): StudentTest {
  const before = side(truth, test?.before ?? null);
  const after = side(truth, test?.after ?? null);
  const complete = (s: TestSide | null) => s !== null && s.answered === s.total && s.total > 0;
  if (!test?.before || !test.after || !complete(before) || !complete(after))
    return { before, after, outcome: null, moreDoubtful: null };
  const cmp = compareTests(
    summarizeTest(truth, test.before).score,
    summarizeTest(truth, test.after).score,
  );
  const outcome: TestOutcome =
    cmp.outcome === 'improved' || cmp.outcome === 'worse'
      ? cmp.outcome
      : cmp.moreDoubtful
        ? 'more-doubtful'
        : 'same';
  return { before, after, outcome, moreDoubtful: cmp.moreDoubtful };
}

/** The retention check (issue 16), a week or more after the lesson, as the teacher sees it. */
export interface CheckSide extends TestSide {
  /** Calendar days from the lesson to the check, or null when the code does not say. */
  days: number | null;
}

/** A code's retention check, scored like the tests (form C has the same truth by position). */
export function studentCheck(
  truth: readonly boolean[],
  check: CheckRecord | null | undefined,
): CheckSide | null {
  const s = check ? side(truth, check.ratings) : null;
  return s && check ? { ...s, days: check.days } : null;
}

/** The class, over the students whose both tests can be compared. */
export interface ClassTestSummary {
  /** Students (good codes) in all. */
  students: number;
  /** Of those, with both tests complete: the means and counts are over these. */
  compared: number;
  meanRightBefore: number | null;
  meanRightAfter: number | null;
  meanDPrimeBefore: number | null;
  meanDPrimeAfter: number | null;
  meanCriterionBefore: number | null;
  meanCriterionAfter: number | null;
  counts: Record<TestOutcome, number>;
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

/** Means and counts over the students with an outcome. */
export function classTests(students: readonly StudentTest[]): ClassTestSummary {
  const both = students.filter(
    (s): s is StudentTest & { before: TestSide; after: TestSide; outcome: TestOutcome } =>
      s.outcome !== null && s.before !== null && s.after !== null,
  );
  const counts = { improved: 0, same: 0, worse: 0, 'more-doubtful': 0 };
  for (const s of both) counts[s.outcome] += 1;
  return {
    students: students.length,
    compared: both.length,
    meanRightBefore: mean(both.map((s) => s.before.right)),
    meanRightAfter: mean(both.map((s) => s.after.right)),
    meanDPrimeBefore: mean(both.map((s) => s.before.dPrime)),
    meanDPrimeAfter: mean(both.map((s) => s.after.dPrime)),
    meanCriterionBefore: mean(both.map((s) => s.before.criterion)),
    meanCriterionAfter: mean(both.map((s) => s.after.criterion)),
    counts,
  };
}

/** A d′ or c for a table: two decimals, a real minus sign, no "−0.00". */
export function formatScore(n: number | null): string {
  if (n === null) return '—';
  const text = n.toFixed(2);
  if (/^-0\.00$/.test(text)) return '0.00';
  return text.replace('-', '−');
}

/** A d′ or c for a spreadsheet: a number to two decimals (never "−0"). */
export function csvScore(n: number | null | undefined): number | null {
  if (n === null || n === undefined) return null;
  const r = Math.round(n * 100) / 100;
  return r === 0 ? 0 : r;
}

/** The words the table and the CSV use for a lean and an outcome (from the UI strings). */
export interface TestWords {
  lean: Record<BiasReading, string>;
  outcome: Record<TestOutcome, string>;
  yes: string;
  no: string;
}

/** The CSV's before/after test columns, in order. */
export const TEST_CSV_HEADERS = [
  'Test before: right of 12',
  'Test after: right of 12',
  'Test before: d′',
  'Test after: d′',
  'Test before: c',
  'Test after: c',
  'Test before: lean',
  'Test after: lean',
  'Test: outcome',
  'Test: more doubtful',
  'Check a week later: right of 12',
  'Check a week later: days after the lesson',
  'Check a week later: d′',
  'Check a week later: c',
] as const;

/** The CSV's before/after test columns for each good code (empty cells where there is no test). */
export function testCsvColumns(truth: readonly boolean[], words: TestWords): CsvExtraColumns {
  return {
    headers: TEST_CSV_HEADERS,
    cells: (record) => {
      const { before, after, outcome, moreDoubtful } = studentTest(truth, record.test);
      const check = studentCheck(truth, record.check);
      return [
        before?.right ?? null,
        after?.right ?? null,
        csvScore(before?.dPrime),
        csvScore(after?.dPrime),
        csvScore(before?.criterion),
        csvScore(after?.criterion),
        before ? words.lean[before.lean] : null,
        after ? words.lean[after.lean] : null,
        outcome ? words.outcome[outcome] : null,
        moreDoubtful === null ? null : moreDoubtful ? words.yes : words.no,
        check?.right ?? null,
        check?.days ?? null,
        csvScore(check?.dPrime),
        csvScore(check?.criterion),
      ];
    },
  };
}
