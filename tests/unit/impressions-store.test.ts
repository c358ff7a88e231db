import { beforeEach, describe, expect, test } from 'vitest';
import {
  chooseShare,
  completeImpressions,
  rateBelievability,
  rateClaim,
  reopenImpressions,
  saveImpressions,
  writeReason,
} from '../../src/modules/impressions/store';
import { $progress, resetProgress } from '../../src/stores/progress';
import { $studentName, setStudentName } from '../../src/stores/student';
import { caseProgressOf, decodeProgress } from '../../src/core/progress';

const CASE = 'a-case';
const saved = () => caseProgressOf($progress.get(), CASE);

beforeEach(() => resetProgress());

describe('impressions actions', () => {
  test('each answer saves a draft of its own, leaving the others alone', () => {
    rateBelievability(CASE, 'firstImpressions', 4);
    chooseShare(CASE, 'firstImpressions', 'maybe');
    writeReason(CASE, 'firstImpressions', 'The numbers seem huge.');
    rateClaim(CASE, 'firstImpressions', 'c1', 2);
    rateClaim(CASE, 'firstImpressions', 'c2', 5);
    rateClaim(CASE, 'firstImpressions', 'c1', 3);
    expect(saved().firstImpressions).toEqual({
      believability: 4,
      share: 'maybe',
      reason: 'The numbers seem huge.',
      claims: { c1: 3, c2: 5 },
    });
    expect(saved().secondLook).toBeUndefined();
  });

  test('the two steps are kept apart', () => {
    rateClaim(CASE, 'firstImpressions', 'c1', 5);
    rateClaim(CASE, 'secondLook', 'c1', 1);
    expect(saved().firstImpressions?.claims).toEqual({ c1: 5 });
    expect(saved().secondLook?.claims).toEqual({ c1: 1 });
  });

  test('submitting marks the step done; reopening keeps the answers', () => {
    rateBelievability(CASE, 'secondLook', 2);
    completeImpressions(CASE, 'secondLook');
    expect(saved().secondLook?.completedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    reopenImpressions(CASE, 'secondLook');
    expect(saved().secondLook).toEqual({ believability: 2, claims: {} });
  });

  test('reopening a step never started changes nothing', () => {
    reopenImpressions(CASE, 'firstImpressions');
    expect(saved().firstImpressions).toBeUndefined();
  });

  test('what the actions save always reads back as valid progress', () => {
    saveImpressions(CASE, 'firstImpressions', { share: 'no' });
    rateClaim(CASE, 'firstImpressions', 'c9', 1);
    completeImpressions(CASE, 'firstImpressions');
    const result = decodeProgress(JSON.stringify($progress.get()));
    expect(result.ok).toBe(true);
  });
});

describe('the student name', () => {
  test('is saved as typed, cut to 60 characters', () => {
    setStudentName('Ana B.');
    expect($studentName.get()).toBe('Ana B.');
    setStudentName('x'.repeat(80));
    expect($studentName.get()).toHaveLength(60);
  });
});
