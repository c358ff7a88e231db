import { describe, expect, test } from 'vitest';
import { checkRecord, summarize, type SummaryInput } from '../../src/core/completion';
import { readTransfer } from '../../src/core/transfer-progress';

const claims = [
  { id: 'a', accurate: true },
  { id: 'b', accurate: false },
];
const input: SummaryInput = {
  caseCode: 'pw',
  claims,
  order: ['first-impressions', 'red-flags', 'second-look'],
  assignment: null,
  name: ' Sam ',
  progress: {
    firstImpressions: { believability: 4, claims: { a: 3, b: 4 }, completedAt: 't' },
    secondLook: { believability: 2, claims: { a: 5, b: 2 }, completedAt: 't' },
    modules: {
      'red-flags': { status: 'done', score: { earned: 6, possible: 8 }, seconds: 600 },
      experts: { status: 'in-progress', seconds: 130 },
      transfer: {
        status: 'done',
        data: {
          version: 1,
          order: 'BA',
          before: { ratings: { b1: 6, b2: 1 }, completedAt: 't' },
          after: { ratings: { a1: 2, a2: 5 }, completedAt: 't' },
        },
      },
    },
  },
  testForms: { A: ['a1', 'a2'], B: ['b1', 'b2'] },
};

describe('summarize', () => {
  test('collects ratings, discernment, scores and time', () => {
    const { record, remaining } = summarize(input);
    expect(remaining).toEqual([]);
    expect(record).toMatchObject({
      believabilityBefore: 4,
      believabilityAfter: 2,
      discernmentBefore: -1,
      discernmentAfter: 3,
      minutes: 12,
      name: 'Sam',
      assignment: null,
    });
    expect(record.steps['red-flags']).toEqual({ state: 'done', percent: 75 });
  });

  test('carries the tests as ratings by position, in the order the student took the forms', () => {
    expect(summarize(input).record.test).toEqual({ order: 'BA', before: [6, 1], after: [2, 5] });
  });

  test('carries a draft test as not submitted, and no test as none', () => {
    const transfer = {
      status: 'in-progress' as const,
      data: { version: 1, order: 'AB', before: { ratings: { a1: 3 } } },
    };
    const drafted = summarize({ ...input, progress: { ...input.progress, modules: { transfer } } });
    expect(drafted.record.test).toEqual({ order: 'AB', before: null, after: null });
    const none = summarize({ ...input, progress: { ...input.progress, modules: {} } });
    expect(none.record.test).toBeNull();
    expect(none.remaining).toEqual(['red-flags', 'second-look']);
  });

  test('reports steps outside the assignment as not started, whatever was done', () => {
    const { record } = summarize(input);
    expect(record.steps.experts).toEqual({ state: 'not-started', percent: null });
  });

  test('lists what is left, in order', () => {
    const { remaining } = summarize({ ...input, order: ['statistics', 'red-flags', 'experts'] });
    expect(remaining).toEqual(['statistics', 'experts']);
  });

  test('ignores draft ratings that were never submitted', () => {
    const { record } = summarize({
      ...input,
      progress: { ...input.progress, secondLook: { believability: 1, claims: { a: 1 } } },
    });
    expect(record.believabilityAfter).toBeNull();
    expect(record.discernmentAfter).toBeNull();
  });

  test('carries the assignment it answers', () => {
    const assignment = {
      version: 1 as const,
      id: 'ABCD',
      caseId: 'x',
      caseCode: 'pw',
      steps: input.order.slice(),
      classLabel: '',
      due: null,
      note: '',
      openedAt: 't',
    };
    expect(summarize({ ...input, assignment }).record.assignment).toBe('ABCD');
  });
});

describe('the retention check in the record', () => {
  const data = (check?: object) => ({
    version: 1,
    order: 'AB',
    after: { ratings: {}, completedAt: '2026-12-02T10:00:00.000Z' },
    ...(check ? { check } : {}),
  });
  test('a submitted check: form C ratings by position and the days since the lesson', () => {
    const saved = readTransfer(
      data({ ratings: { c2: 1, c1: 6 }, completedAt: '2026-12-10T12:00:00.000Z' }),
    );
    const record = checkRecord(saved, ['c1', 'c2', 'c3']);
    expect(record?.ratings).toEqual([6, 1, null]);
    // 8 calendar days in any time zone between UTC−10 and UTC+12 at these hours.
    expect(record?.days).toBe(8);
  });
  test('a check not submitted, or none: no check', () => {
    expect(checkRecord(readTransfer(data({ ratings: { c1: 6 } })), ['c1'])).toBeNull();
    expect(checkRecord(readTransfer(data()), ['c1'])).toBeNull();
    expect(checkRecord(null, ['c1'])).toBeNull();
  });
});
