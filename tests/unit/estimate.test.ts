import { describe, expect, it, test } from 'vitest';
import {
  NO_WORK,
  PACE,
  CORE_BUDGET_MINUTES,
  coreOverBudget,
  addWork,
  countWords,
  estimateMinutes,
  proseWords,
} from '../../src/core/estimate';

describe('estimateMinutes', () => {
  it('reads at the stated pace and rounds up to a whole minute', () => {
    expect(estimateMinutes(addWork({ read: PACE.readWpm }))).toBe(1);
    expect(estimateMinutes(addWork({ read: PACE.readWpm + 1 }))).toBe(2);
    expect(estimateMinutes(addWork({ skim: PACE.skimWpm * 3 }))).toBe(3);
  });
  it('adds the time of each act to the reading', () => {
    // 200 words (1 min) + 10 choices (60 s) + 2 answers (60 s) + 3 marks (60 s) = 4 min
    expect(estimateMinutes(addWork({ read: 200 }, { choices: 10, typed: 2 }, { marks: 3 }))).toBe(
      1 + (10 * PACE.choiceSeconds + 2 * PACE.typedSeconds + 3 * PACE.markSeconds) / 60,
    );
  });
  it('is 0 only for no work at all', () => {
    expect(estimateMinutes(NO_WORK)).toBe(0);
    expect(estimateMinutes(addWork({ choices: 1 }))).toBe(1);
  });
});

describe('countWords', () => {
  it('counts words as a reader does: numbers, contractions and hyphens whole; markup aside', () => {
    expect(countWords('The 40,000 figure isn’t about paramedics.')).toBe(6);
    expect(countWords('A **well-known** <Cite id="x" /> claim (see [here](#p3)).')).toBe(5);
    expect(countWords('  ')).toBe(0);
  });
});

describe('what the time model reads of a card', () => {
  test('every option is read, but only one option’s feedback: the longest, the slow side', () => {
    const options = [
      { label: 'one two', feedback: 'a b c' },
      { label: 'three four', feedback: 'a b c d e f' },
    ];
    expect(proseWords(options)).toBe(2 + 2 + 6);
  });

  test('a checks table is read on both sides; a source id is not', () => {
    expect(
      proseWords({
        source: 'thornton',
        checks: { who: { article: 'Not said.', source: 'The whole UK.' } },
      }),
    ).toBe(5);
  });

  test('ids and settings are not read; prose in nested objects is', () => {
    expect(proseWords({ id: 'some id here', title: 'A title here', nested: { text: 'x y' } })).toBe(
      5,
    );
  });
});

describe('the core fits a 45-minute period', () => {
  test('up to the budget it fits; one minute over names every step and its minutes', () => {
    const steps = [
      { id: 'warm-up', minutes: 3 },
      { id: 'red-flags', minutes: CORE_BUDGET_MINUTES - 3 },
    ];
    expect(coreOverBudget(steps)).toBeNull();
    expect(coreOverBudget([...steps, { id: 'experts', minutes: 1 }])).toBe(
      "the core takes 41 min by the time model (warm-up 3, red-flags 37, experts 1), more than 40: shorten a step's core or make part of it an extra",
    );
  });
});
