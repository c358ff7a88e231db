import { describe, expect, test } from 'vitest';
import { writtenAnswers, type AnswerLabels } from '../../src/modules/summary/answers';
import type { ExpertsInfo } from '../../src/modules/summary/view-types';
import type { CaseProgress } from '../../src/core/progress';

const labels: AnswerLabels = {
  firstReason: 'Why, first',
  secondReason: 'Why, second',
  expertsCheck: (card) => `Check for ${card}`,
  expertsVerdict: (card) => `Verdict on ${card}`,
};
const experts: ExpertsInfo = {
  cards: [
    { id: 'thornton', title: 'Dr. Thornton', choices: { register: 'The register' } },
    { id: 'nuffield', title: 'Nuffield Trust', choices: { report: 'The report' } },
  ],
  verdicts: { 'cannot-check': 'Cannot be checked' },
  confidences: { 'very-sure': 'Very sure' },
};

describe('the written answers on the results page', () => {
  test('nothing saved, nothing to print', () => {
    expect(writtenAnswers({ modules: {} }, experts, labels)).toEqual([]);
  });

  test('reasons first, then each card’s check and verdict in card order', () => {
    const progress: CaseProgress = {
      firstImpressions: { claims: {}, reason: 'Big numbers.' },
      secondLook: { claims: {}, reason: '   ' },
      modules: {
        experts: {
          status: 'in-progress',
          data: {
            version: 1,
            cards: {
              nuffield: { check: 'own', own: 'Their website' },
              thornton: { check: 'register', verdict: 'cannot-check', confidence: 'very-sure' },
            },
          },
        },
      },
    };
    expect(writtenAnswers(progress, experts, labels)).toEqual([
      ['Why, first', 'Big numbers.'],
      ['Check for Dr. Thornton', 'The register'],
      ['Verdict on Dr. Thornton', 'Cannot be checked (Very sure)'],
      ['Check for Nuffield Trust', 'Their website'],
    ]);
  });

  test('unreadable experts data is left out rather than shown wrong', () => {
    const progress: CaseProgress = {
      modules: { experts: { status: 'in-progress', data: { version: 9 } } },
    };
    expect(writtenAnswers(progress, experts, labels)).toEqual([]);
  });
});
