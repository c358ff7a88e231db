import { describe, expect, test } from 'vitest';
import { summarize, type SummaryInput } from '../../src/core/completion';

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
    },
  },
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
