import { beforeEach, describe, expect, test } from 'vitest';
import { $progress, updateModule } from '../../src/stores/progress';
import { caseProgressOf, emptyProgress } from '../../src/core/progress';
import {
  MODULE_ID,
  clearUnreadable,
  guessFigure,
  lockInGuess,
  openDrift,
  readStatistics,
  tryAgain,
  type StatisticsStep,
} from '../../src/modules/statistics/store';
import type { ChoiceQuestion, NumberQuestion } from '../../src/modules/statistics/scoring';

const CASE = 'case-a';
const paramedics: NumberQuestion = {
  kind: 'number',
  min: 1000,
  max: 1_000_000,
  step: 100,
  log: true,
  format: 'count',
  answer: 40040,
  bands: { full: 1.25, half: 2 },
};
const source: ChoiceQuestion = {
  kind: 'choice',
  options: [
    { id: 'named', label: 'Named' },
    { id: 'unseen', label: 'Unseen' },
    { id: 'none', label: 'None' },
  ],
  answer: 'unseen',
  partial: ['none'],
};
const figures = [
  { id: 'paramedics', question: paramedics },
  { id: 'source', question: source },
];
const withDrift: StatisticsStep = { caseId: CASE, figures, hasDrift: true };
const noDrift: StatisticsStep = { ...withDrift, hasDrift: false };

const saved = () => caseProgressOf($progress.get(), CASE).modules[MODULE_ID];
const other = () => caseProgressOf($progress.get(), CASE).modules['experts'];

beforeEach(() => {
  $progress.set(emptyProgress());
  updateModule(CASE, 'experts', { status: 'done', score: { earned: 3, possible: 21 } });
});

describe('statistics actions', () => {
  test('a guess is saved as a draft: in progress, nothing compared, no points yet', () => {
    guessFigure(withDrift, 'paramedics', 30000, 12);
    expect(saved()).toMatchObject({
      status: 'in-progress',
      seconds: 12,
      score: { earned: 0, possible: 2 },
      data: { version: 1, guesses: { paramedics: 30000 }, revealed: [] },
    });
    guessFigure(withDrift, 'paramedics', 40000);
    expect(saved()?.data).toMatchObject({ guesses: { paramedics: 40000 } });
    expect(saved()?.seconds).toBe(12);
  });

  test('locking in compares the figure, scores it and says how close it was', () => {
    guessFigure(withDrift, 'paramedics', 30000);
    expect(lockInGuess(withDrift, 'paramedics', 20)).toMatchObject({ band: 'near', points: 0.5 });
    expect(saved()).toMatchObject({
      status: 'in-progress',
      seconds: 20,
      score: { earned: 0.5, possible: 2 },
      data: { revealed: ['paramedics'] },
    });
    // Locking in twice changes nothing.
    lockInGuess(withDrift, 'paramedics');
    expect(saved()?.data).toMatchObject({ revealed: ['paramedics'] });
  });

  test('there is nothing to lock in without a guess', () => {
    expect(lockInGuess(withDrift, 'paramedics')).toBeUndefined();
    expect(saved()).toBeUndefined();
  });

  test('with a drift to follow, the step is done once the drift is open', () => {
    guessFigure(withDrift, 'paramedics', 40000);
    lockInGuess(withDrift, 'paramedics');
    guessFigure(withDrift, 'source', 'unseen');
    lockInGuess(withDrift, 'source');
    expect(saved()?.status).toBe('in-progress');
    openDrift(withDrift, 99);
    expect(saved()).toMatchObject({
      status: 'done',
      seconds: 99,
      score: { earned: 2, possible: 2 },
      data: { drift: true, revealed: ['paramedics', 'source'] },
    });
    expect(saved()?.completedAt).toEqual(expect.any(String));
  });

  test('without a drift, the last figure compared finishes the step', () => {
    guessFigure(noDrift, 'paramedics', 40000);
    lockInGuess(noDrift, 'paramedics');
    guessFigure(noDrift, 'source', 'none');
    lockInGuess(noDrift, 'source');
    expect(saved()).toMatchObject({ status: 'done', score: { earned: 1.5, possible: 2 } });
  });

  test('the step is done when the core and the drift are: the extras wait, and count once compared', () => {
    const step: StatisticsStep = {
      caseId: CASE,
      figures: [...figures, { id: 'more', question: source, tier: 'extra' }],
      hasDrift: true,
    };
    guessFigure(step, 'paramedics', 40000);
    lockInGuess(step, 'paramedics');
    guessFigure(step, 'source', 'unseen');
    lockInGuess(step, 'source');
    openDrift(step);
    expect(saved()).toMatchObject({ status: 'done', score: { earned: 2, possible: 2 } });
    guessFigure(step, 'more', 'named');
    lockInGuess(step, 'more');
    expect(saved()).toMatchObject({ status: 'done', score: { earned: 2, possible: 3 } });
    // Without a drift, the last core figure finishes the step, extras or not.
    $progress.set(emptyProgress());
    const plain = { ...step, hasDrift: false };
    guessFigure(plain, 'paramedics', 40000);
    lockInGuess(plain, 'paramedics');
    guessFigure(plain, 'source', 'unseen');
    lockInGuess(plain, 'source');
    expect(saved()?.status).toBe('done');
  });

  test('a done step stays done when a guess is saved again', () => {
    guessFigure(noDrift, 'paramedics', 40000);
    lockInGuess(noDrift, 'paramedics');
    guessFigure(noDrift, 'source', 'none');
    lockInGuess(noDrift, 'source');
    guessFigure(noDrift, 'source', 'unseen');
    expect(saved()?.status).toBe('done');
  });

  test('"Try again" and clearing unreadable answers clear this step only', () => {
    guessFigure(withDrift, 'paramedics', 40000);
    tryAgain(CASE);
    expect(saved()).toBeUndefined();
    guessFigure(withDrift, 'paramedics', 40000);
    clearUnreadable(CASE);
    expect(saved()).toBeUndefined();
    expect(other()).toMatchObject({ status: 'done' });
  });

  test('answers that cannot be read are reported, and actions start from nothing', () => {
    updateModule(CASE, MODULE_ID, { status: 'done', data: { version: 1, guesses: 'oops' } });
    expect(readStatistics(saved(), figures)).toMatchObject({ ok: false, data: { revealed: [] } });
    guessFigure(withDrift, 'source', 'named');
    expect(saved()?.data).toEqual({ version: 1, guesses: { source: 'named' }, revealed: [] });
  });

  test('saved answers are fitted to today’s figures', () => {
    updateModule(CASE, MODULE_ID, {
      status: 'in-progress',
      data: {
        version: 1,
        guesses: { paramedics: 40000, gone: 5, source: 'not-an-option' },
        revealed: ['paramedics', 'gone'],
      },
    });
    expect(readStatistics(saved(), figures)).toEqual({
      ok: true,
      data: { version: 1, guesses: { paramedics: 40000 }, revealed: ['paramedics'] },
    });
  });
});
