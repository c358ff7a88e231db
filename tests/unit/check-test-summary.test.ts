/**
 * The before/after test on /teach/check/, worked by hand. z values (from Python's
 * statistics.NormalDist().inv_cdf) of the log-linear rates (k + 0.5) / 7 for k = 0 … 6 accurate
 * answers of a side: −1.46523, −0.79164, −0.36611, 0, 0.36611, 0.79164, 1.46523.
 * d′ = z(H) − z(F), c = −(z(H) + z(F)) / 2. Truth by position: ✔✘✘✔✘✔✔✘✔✘✘✔.
 */
import { describe, expect, test } from 'vitest';
import { checkCodes, toCsv } from '../../src/core/code-report';
import {
  decodeCompletion,
  encodeCompletion,
  type CompletionRecord,
  type TestRecord,
} from '../../src/core/completion-code';
import {
  TEST_CSV_HEADERS,
  classTests,
  csvScore,
  formatScore,
  studentTest,
  testCsvColumns,
  type TestWords,
} from '../../src/modules/check/test-summary';

/** A version-1 code (tests/unit/completion-code.test.ts), made before the test existed. */
const V1_CODE = '3JD3-K7QQ-Z91Z-SZVZ-H570-JM42-VB1E-9GJ0-JSE1-E7E';
const TRUTH = [true, false, false, true, false, true, true, false, true, false, false, true];

/** Ratings by position: `hits` accurate and `falseAlarms` made-up posts rated 5, the rest 2. */
function rated(hits: number, falseAlarms: number): number[] {
  let h = 0;
  let f = 0;
  return TRUTH.map((accurate) => {
    if (accurate) return h++ < hits ? 5 : 2;
    return f++ < falseAlarms ? 5 : 2;
  });
}

// Careful: 3 hits + 3 false alarms before (6 right), 6 hits + 1 false alarm after (11 right).
const careful: TestRecord = { order: 'AB', before: rated(3, 3), after: rated(6, 1) };
// Doubts everything after: 4 hits + 2 false alarms before (8 right), every post "definitely not".
const doubter: TestRecord = { order: 'BA', before: rated(4, 2), after: new Array(12).fill(1) };
// At random: before 1 hit + 3 false alarms (4 right), after 2 hits + 3 false alarms (5 right).
const random: TestRecord = {
  order: 'AB',
  before: [3, 4, 2, 5, 1, 3, 2, 5, 1, 3, 4, 2],
  after: [2, 5, 1, 3, 4, 2, 6, 3, 4, 1, 5, 3],
};
// Perfect before, 3 + 3 after.
const worse: TestRecord = { order: 'BA', before: rated(6, 0), after: rated(3, 3) };
const warmUpOnly: TestRecord = { order: 'AB', before: rated(5, 1), after: null };

describe('one student', () => {
  test('careful: d′ 0 → 2.26 (6 hits, 1 false alarm) is "improved", balanced both times', () => {
    const s = studentTest(TRUTH, careful);
    expect(s.before).toMatchObject({ right: 6, total: 12, answered: 12, lean: 'balanced' });
    expect(s.before?.dPrime).toBeCloseTo(0, 4);
    expect(s.before?.criterion).toBeCloseTo(0, 4);
    expect(s.after).toMatchObject({ right: 11, lean: 'balanced' });
    expect(s.after?.dPrime).toBeCloseTo(1.46523 + 0.79164, 4); // 2.25687
    expect(s.after?.criterion).toBeCloseTo(-(1.46523 - 0.79164) / 2, 4); // −0.33680
    expect(s.outcome).toBe('improved');
    expect(s.moreDoubtful).toBe(false);
  });

  test('"not accurate" to everything after: not improved, more doubtful only', () => {
    const s = studentTest(TRUTH, doubter);
    expect(s.before).toMatchObject({ right: 8, lean: 'balanced' });
    expect(s.before?.dPrime).toBeCloseTo(0.36611 * 2, 4); // 0.73222
    expect(s.after).toMatchObject({ right: 6, lean: 'leaned-not-accurate' });
    expect(s.after?.dPrime).toBeCloseTo(0, 4);
    expect(s.after?.criterion).toBeCloseTo(1.46523, 4);
    expect(s.outcome).not.toBe('improved');
    expect(s.outcome).toBe('more-doubtful');
    expect(s.moreDoubtful).toBe(true);
  });

  test('at random: d′ −0.79 → −0.37 is "about the same", leaning "not accurate" then balanced', () => {
    const s = studentTest(TRUTH, random);
    expect(s.before).toMatchObject({ right: 4, lean: 'leaned-not-accurate' });
    expect(s.before?.dPrime).toBeCloseTo(-0.79164, 4);
    expect(s.before?.criterion).toBeCloseTo(0.79164 / 2, 4);
    expect(s.after).toMatchObject({ right: 5, lean: 'balanced' });
    expect(s.after?.dPrime).toBeCloseTo(-0.36611, 4);
    expect(s.outcome).toBe('same');
    expect(s.moreDoubtful).toBe(false);
  });

  test('perfect then 6 of 12: d′ 2.93 → 0 is "worse"', () => {
    const s = studentTest(TRUTH, worse);
    expect(s.before?.right).toBe(12);
    expect(s.before?.dPrime).toBeCloseTo(2 * 1.46523, 4);
    expect(s.outcome).toBe('worse');
  });

  test('a version-1 code (no test) gives nothing, and nothing breaks', () => {
    const v1 = decodeCompletion(V1_CODE, [{ id: 'paramedics-walkout', code: 'pw' }]);
    expect(v1.ok && v1.record.test).toBeNull();
    expect(studentTest(TRUTH, v1.ok ? v1.record.test : null)).toEqual({
      before: null,
      after: null,
      outcome: null,
      moreDoubtful: null,
    });
  });

  test('warm-up only, or an incomplete test: the side shows, no outcome', () => {
    const s = studentTest(TRUTH, warmUpOnly);
    expect(s.before?.right).toBe(10);
    expect(s.after).toBeNull();
    expect(s.outcome).toBeNull();
    const gap = studentTest(TRUTH, { ...careful, after: [...rated(6, 1).slice(0, 11), null] });
    expect(s.before).not.toBeNull();
    expect(gap.after).toMatchObject({ answered: 11 });
    expect(gap.outcome).toBeNull();
  });
});

describe('the class', () => {
  const students = [careful, doubter, random, worse, null, warmUpOnly].map((t) =>
    studentTest(TRUTH, t),
  );

  test('means and counts over the four students with both tests', () => {
    const c = classTests(students);
    expect(c.students).toBe(6);
    expect(c.compared).toBe(4);
    expect(c.meanRightBefore).toBe((6 + 8 + 4 + 12) / 4); // 7.5
    expect(c.meanRightAfter).toBe((11 + 6 + 5 + 6) / 4); // 7
    // (0 + 0.73222 − 0.79164 + 2.93046) / 4 and (2.25687 + 0 − 0.36611 + 0) / 4
    expect(c.meanDPrimeBefore).toBeCloseTo(0.71776, 4);
    expect(c.meanDPrimeAfter).toBeCloseTo(0.47269, 4);
    // (0 + 0 + 0.39582 + 0) / 4 and (−0.33680 + 1.46523 + 0.18306 + 0) / 4
    expect(c.meanCriterionBefore).toBeCloseTo(0.09895, 4);
    expect(c.meanCriterionAfter).toBeCloseTo(0.32787, 4);
    expect(c.counts).toEqual({ improved: 1, same: 1, worse: 1, 'more-doubtful': 1 });
  });

  test('no student with both tests: means are null, counts zero', () => {
    const c = classTests([studentTest(TRUTH, null)]);
    expect(c).toMatchObject({ students: 1, compared: 0, meanDPrimeBefore: null });
    expect(Object.values(c.counts)).toEqual([0, 0, 0, 0]);
  });
});

describe('numbers as written', () => {
  test.each([
    [2.25687, '2.26'],
    [-0.3368, '−0.34'],
    [-0.001, '0.00'],
    [0, '0.00'],
    [null, '—'],
  ] as const)('formatScore(%s) → %s', (n, text) => expect(formatScore(n)).toBe(text));

  test('csvScore rounds to two decimals, never −0', () => {
    expect(csvScore(2.25687)).toBe(2.26);
    expect(Object.is(csvScore(-0.001), 0)).toBe(true);
    expect(csvScore(undefined)).toBeNull();
  });
});

describe('CSV', () => {
  const CASES = [{ id: 'paramedics-walkout', code: 'pw' }];
  const steps = [
    { id: 'warm-up', title: 'Warm-up' },
    { id: 'second-look', title: 'Second look' },
  ] as const;
  const record = (name: string, test: TestRecord | null): CompletionRecord => ({
    caseCode: 'pw',
    assignment: null,
    steps: {
      'warm-up': { state: 'done', percent: null },
      'first-impressions': { state: 'done', percent: null },
      'red-flags': { state: 'not-started', percent: null },
      experts: { state: 'not-started', percent: null },
      statistics: { state: 'not-started', percent: null },
      'second-look': { state: 'done', percent: null },
    },
    believabilityBefore: 4,
    believabilityAfter: 2,
    discernmentBefore: 0,
    discernmentAfter: 1,
    minutes: 30,
    test,
    name,
  });
  const words: TestWords = {
    lean: {
      'leaned-accurate': 'towards accurate',
      balanced: 'balanced',
      'leaned-not-accurate': 'towards not accurate',
    },
    outcome: {
      improved: 'improved',
      same: 'about the same',
      worse: 'worse',
      'more-doubtful': 'more doubtful only',
    },
    yes: 'yes',
    no: 'no',
  };

  test('a column per step (the warm-up too) and the test columns; formulas stay text', () => {
    const text = [
      encodeCompletion(record('Ana', careful)),
      encodeCompletion(record('=Ben()', doubter)),
      V1_CODE,
      // A week later: 6 hits + 2 false alarms (10 right), 9 days after the lesson.
      encodeCompletion({ ...record('Cai', careful), check: { ratings: rated(6, 2), days: 9 } }),
      'BAD',
    ].join('\n');
    const lines = checkCodes(text, (c) => decodeCompletion(c, CASES));
    const csv = toCsv(
      lines,
      steps,
      {
        line: 'Line',
        name: 'Name',
        assignment: 'Assignment',
        problem: 'Problem',
        pasted: 'Pasted',
        states: { 'not-started': 'Not started', 'in-progress': 'Started', done: 'Done' },
        errors: () => 'x',
      },
      testCsvColumns(TRUTH, words),
    );
    const rows = csv.trim().split('\r\n');
    expect(rows[0]).toBe(
      [
        'Line,Name,Warm-up: status,Warm-up: score %,Second look: status,Second look: score %',
        'Believability before,Believability after,Discernment before,Discernment after',
        ...TEST_CSV_HEADERS,
        'Minutes,Assignment,Problem,Pasted',
      ].join(','),
    );
    expect(rows[1]).toBe(
      '1,Ana,Done,,Done,,4,2,0,1,6,11,0,2.26,0,-0.34,balanced,balanced,improved,no,,,,,30,,,',
    );
    expect(rows[2]).toBe(
      `2,"'=Ben()",Done,,Done,,4,2,0,1,8,6,0.73,0,0,1.47,balanced,towards not accurate,more doubtful only,yes,,,,,30,,,`,
    );
    // A version-1 code (no warm-up, no test): empty test cells, nothing breaks.
    expect(rows[3]).toBe('3,Amara K.,Not started,,Done,,4,2,0.5,2.5,,,,,,,,,,,,,,,37,3K7Q,,');
    // The retention check's cells beside the before/after ones.
    expect(rows[4]).toMatch(/^4,Cai,.*,6,11,.*,improved,no,10,9,[\d.]+,-?[\d.]+,30,,,$/);
    expect(rows[5]).toBe(`5,${','.repeat(4 + 4 + 14 + 2)},x,BAD`);
    for (const row of rows) expect(row.split(',')).toHaveLength(rows[0]!.split(',').length);
  });
});
