import { beforeEach, describe, expect, test } from 'vitest';
import { $progress, resetProgress, updateCase } from '../../src/stores/progress';
import { caseProgressOf } from '../../src/core/progress';
import {
  changeMarkType,
  checkMarks,
  keepMarking,
  markPassage,
  removeMarks,
  revealMissed,
  takeHint,
  tryAgain,
  type StepNow,
} from '../../src/modules/red-flags/store';
import { HINT_COST, scoreMarks } from '../../src/modules/red-flags/score';
import {
  MAX_HINT_LEVEL,
  MODULE_ID,
  emptyRedFlagsData,
  type RedFlagsData,
  type SavedMark,
} from '../../src/modules/red-flags/scoring';
import type { PassageView } from '../../src/modules/red-flags/view-types';

const CASE = 'test-case';
const saved = () => caseProgressOf($progress.get(), CASE).modules[MODULE_ID];
const at = (data: RedFlagsData, seconds = 30): StepNow => ({ caseId: CASE, data, seconds });
const mark = (start: number, end: number, type: string): SavedMark => ({
  start,
  end,
  type,
  text: 'x'.repeat(end - start),
});
const KEY: PassageView[] = [
  {
    id: '0',
    start: 0,
    end: 10,
    types: ['a', 'b'],
    difficulty: 'easy',
    kind: 'red-flag',
    tier: 'core',
  },
  {
    id: '20',
    start: 20,
    end: 30,
    types: ['b'],
    difficulty: 'hard',
    kind: 'red-flag',
    tier: 'core',
  },
];

beforeEach(() => resetProgress());

describe('marking', () => {
  test('a first mark starts the step and saves the mark with the time spent', () => {
    const data = markPassage(at(emptyRedFlagsData()), mark(0, 10, 'a'));
    expect(data.marks).toEqual([mark(0, 10, 'a')]);
    expect(saved()).toMatchObject({ status: 'in-progress', seconds: 30, data });
    expect(saved()?.startedAt).toEqual(expect.any(String));
  });

  test('a mark replaces the marks it overlaps, and marks stay in reading order', () => {
    let data = markPassage(at(emptyRedFlagsData()), mark(20, 30, 'b'));
    data = markPassage(at(data), mark(0, 5, 'a'));
    data = markPassage(at(data), mark(3, 8, 'b'));
    expect(data.marks.map((m) => [m.start, m.type])).toEqual([
      [3, 'b'],
      [20, 'b'],
    ]);
    expect((saved()?.data as RedFlagsData).marks).toEqual(data.marks);
  });

  test('changing a type touches only that mark', () => {
    const start = { ...emptyRedFlagsData(), marks: [mark(0, 10, 'a'), mark(20, 30, 'a')] };
    const data = changeMarkType(at(start), 20, 'b');
    expect(data.marks.map((m) => m.type)).toEqual(['a', 'b']);
    expect(saved()?.data).toEqual(data);
  });

  test('removing takes every mark touching the range, and saves nothing when none does', () => {
    const start = {
      ...emptyRedFlagsData(),
      marks: [mark(0, 4, 'a'), mark(5, 10, 'a'), mark(20, 30, 'b')],
    };
    const none = removeMarks(at(start), { start: 12, end: 18 });
    expect(none).toEqual({ data: start, removed: 0 });
    expect(saved()).toBeUndefined();

    const { data, removed } = removeMarks(at(start), { start: 0, end: 10 });
    expect(removed).toBe(2);
    expect(data.marks).toEqual([mark(20, 30, 'b')]);
    expect(saved()?.data).toEqual(data);
  });

  test('hints go up a level at a time, never beyond the last', () => {
    let data = emptyRedFlagsData();
    for (let i = 0; i < MAX_HINT_LEVEL + 2; i++) data = takeHint(at(data), 'top');
    expect(data.hints).toEqual({ top: MAX_HINT_LEVEL });
    takeHint(at(data), 'p8');
    expect((saved()?.data as RedFlagsData).hints).toEqual({ top: MAX_HINT_LEVEL, p8: 1 });
  });
});

describe('checking', () => {
  const marked = { ...emptyRedFlagsData(), marks: [mark(0, 10, 'a')], hints: { top: 1 } };

  test('checking finishes the step with its score, and the results show', () => {
    const score = checkMarks(at(marked, 95), scoreMarks(marked.marks, KEY, marked.hints));
    expect(score).toMatchObject({ found: 1, full: 1, missed: 1, hintCost: HINT_COST });
    expect(saved()).toMatchObject({
      status: 'done',
      seconds: 95,
      score: { earned: 1 - HINT_COST, possible: KEY.length },
      data: { ...marked, checked: true },
    });
    expect(saved()?.completedAt).toEqual(expect.any(String));
  });

  test('revealing the missed passages is saved with the results', () => {
    checkMarks(at(marked), scoreMarks(marked.marks, KEY, marked.hints));
    const data = revealMissed(at({ ...marked, checked: true }));
    expect(data).toEqual({ ...marked, checked: true, revealed: true });
    expect(saved()?.data).toEqual(data);
  });

  test('"Change my marks" keeps the marks and the finished step, not the results', () => {
    checkMarks(at(marked), scoreMarks(marked.marks, KEY, marked.hints));
    const data = keepMarking(at({ ...marked, checked: true, revealed: true }));
    expect(data).toEqual(marked);
    expect(saved()).toMatchObject({ status: 'done', data: marked });
  });

  test('"Try again" clears this step only', () => {
    updateCase(CASE, (c) => ({
      ...c,
      firstImpressions: { claims: {}, completedAt: '2025-01-01T00:00:00Z' },
      modules: { experts: { status: 'done' } },
    }));
    checkMarks(at(marked), scoreMarks(marked.marks, KEY, marked.hints));
    tryAgain(CASE);
    const progress = caseProgressOf($progress.get(), CASE);
    expect(progress.modules[MODULE_ID]).toBeUndefined();
    expect(progress.modules['experts']).toEqual({ status: 'done' });
    expect(progress.firstImpressions?.completedAt).toBe('2025-01-01T00:00:00Z');
  });
});
