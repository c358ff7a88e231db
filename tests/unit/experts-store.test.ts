import { beforeEach, describe, expect, test } from 'vitest';
import { $progress, updateModule } from '../../src/stores/progress';
import { caseProgressOf, emptyProgress } from '../../src/core/progress';
import {
  MODULE_ID,
  chooseCheck,
  giveVerdict,
  readExperts,
  tryAgain,
  type ExpertsStep,
} from '../../src/modules/experts/store';
import { OWN_CHOICE } from '../../src/modules/experts/scoring';

const CASE = 'case-a';
const step: ExpertsStep = {
  caseId: CASE,
  cards: [
    {
      id: 'thornton',
      verdict: 'cannot-check',
      partialVerdicts: ['checkable-differs'],
      choiceIds: ['register', 'employer'],
    },
    { id: 'nuffield', verdict: 'checkable-differs', partialVerdicts: [], choiceIds: ['original'] },
  ],
};

const saved = () => caseProgressOf($progress.get(), CASE).modules[MODULE_ID];

beforeEach(() => {
  $progress.set(emptyProgress());
  updateModule(CASE, 'statistics', { status: 'in-progress' });
});

describe('experts actions', () => {
  test('choosing what to check first saves the choice and keeps the step in progress', () => {
    chooseCheck(step, 'thornton', 'register', undefined, 7);
    expect(saved()).toMatchObject({
      status: 'in-progress',
      seconds: 7,
      data: { version: 1, cards: { thornton: { check: 'register' } } },
    });
    expect(saved()?.score).toBeUndefined();
  });

  test('the student’s own idea is saved in their words', () => {
    chooseCheck(step, 'thornton', OWN_CHOICE, 'The university staff pages');
    expect(saved()?.data).toMatchObject({
      cards: { thornton: { check: 'own', own: 'The university staff pages' } },
    });
    chooseCheck(step, 'thornton', 'employer');
    expect(saved()?.data).toEqual({ version: 1, cards: { thornton: { check: 'employer' } } });
  });

  test('a verdict is scored; the step is done, with its score, when every card has one', () => {
    chooseCheck(step, 'thornton', 'register');
    expect(giveVerdict(step, 'thornton', 'checkable-differs', 'very-sure', 30)).toEqual({
      outcome: 'partly',
      points: 1.5,
    });
    expect(saved()).toMatchObject({ status: 'in-progress', seconds: 30 });
    expect(saved()?.data).toMatchObject({
      cards: { thornton: { check: 'register', verdict: 'checkable-differs' } },
    });
    expect(giveVerdict(step, 'nuffield', 'checkable-differs', 'fairly-sure')).toEqual({
      outcome: 'right',
      points: 2,
    });
    expect(saved()).toMatchObject({ status: 'done', score: { earned: 3.5, possible: 6 } });
    expect(saved()?.completedAt).toEqual(expect.any(String));
  });

  test('a verdict on a card the step does not have saves nothing', () => {
    expect(giveVerdict(step, 'gone', 'cannot-check', 'unsure')).toBeUndefined();
    expect(saved()).toBeUndefined();
  });

  test('"Try again" clears this step only', () => {
    chooseCheck(step, 'thornton', 'register');
    tryAgain(CASE);
    expect(saved()).toBeUndefined();
    expect(caseProgressOf($progress.get(), CASE).modules['statistics']).toBeDefined();
  });

  test('unreadable answers are reported, and the next action starts from nothing', () => {
    updateModule(CASE, MODULE_ID, { status: 'in-progress', data: { cards: 'oops' } });
    expect(readExperts(saved(), step.cards)).toMatchObject({ unreadable: true });
    chooseCheck(step, 'nuffield', 'original');
    expect(saved()?.data).toEqual({ version: 1, cards: { nuffield: { check: 'original' } } });
    expect(readExperts(saved(), step.cards).unreadable).toBe(false);
  });
});
