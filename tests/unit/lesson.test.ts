import { describe, expect, test } from 'vitest';
import { lessonOrder, nextStep } from '../../src/core/lesson';
import type { ActiveAssignment } from '../../src/core/assignment';
import type { StepKind } from '../../src/core/steps';

const all: StepKind[] = ['first-impressions', 'red-flags', 'experts', 'statistics', 'second-look'];
const assigned = (caseId: string, steps: StepKind[]): ActiveAssignment => ({
  version: 1,
  id: 'ABCD',
  caseId,
  caseCode: 'PW',
  steps,
  classLabel: '',
  due: null,
  note: '',
  openedAt: '2026-12-01T09:00:00.000Z',
});

describe('the step after this one', () => {
  test.each<[string, StepKind, ActiveAssignment | null, StepKind | null]>([
    ['follows the case without an assignment', 'red-flags', null, 'experts'],
    ['is none after the last step', 'second-look', null, null],
    [
      'follows the teacher’s order',
      'statistics',
      assigned('c', ['statistics', 'red-flags']),
      'red-flags',
    ],
    [
      'skips steps not assigned',
      'first-impressions',
      assigned('c', ['first-impressions', 'second-look']),
      'second-look',
    ],
    [
      'ignores an assignment for another case',
      'red-flags',
      assigned('other', ['second-look']),
      'experts',
    ],
    ['is none for a step outside the assignment', 'experts', assigned('c', ['red-flags']), null],
  ])('%s', (_, current, active, expected) => {
    expect(nextStep('c', all, current, active)).toBe(expected);
  });

  test('an assignment never adds a step the case lacks', () => {
    expect(
      lessonOrder(
        'c',
        ['first-impressions', 'second-look'],
        assigned('c', ['red-flags', 'second-look']),
      ),
    ).toEqual(['second-look']);
  });
});
