import { describe, expect, test } from 'vitest';
import { drawOrder, formOf, phaseState, readTransfer } from '../../src/core/transfer-progress';

describe('the saved before/after test', () => {
  test('the warm-up takes the first form of the order, the second look the other', () => {
    expect([formOf('AB', 'before'), formOf('AB', 'after')]).toEqual(['A', 'B']);
    expect([formOf('BA', 'before'), formOf('BA', 'after')]).toEqual(['B', 'A']);
  });

  test('the order is a fair draw: half the class starts with each form', () => {
    expect(drawOrder(() => 0.1)).toBe('AB');
    expect(drawOrder(() => 0.9)).toBe('BA');
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    const ab = Array.from({ length: 10_000 }, () => drawOrder(random)).filter((o) => o === 'AB');
    expect(ab.length).toBeGreaterThan(4_800);
    expect(ab.length).toBeLessThan(5_200);
  });

  test.each<[string, unknown]>([
    ['nothing', undefined],
    ['a foreign order', { version: 1, order: 'AC' }],
    ['a newer version', { version: 2, order: 'AB' }],
    ['a rating off the scale', { version: 1, order: 'AB', before: { ratings: { x: 7 } } }],
    ['a list', [1, 2]],
  ])('reads %s as no test, never throwing', (_label, data) => {
    expect(readTransfer(data)).toBeNull();
  });

  test('a phase is not started, in progress, or done', () => {
    const data = readTransfer({
      version: 1,
      order: 'AB',
      before: { ratings: { x: 2 }, completedAt: 't' },
      after: { ratings: {} },
    });
    expect(phaseState(data, 'before')).toBe('done');
    expect(phaseState(data, 'after')).toBe('not-started');
    expect(
      phaseState(readTransfer({ version: 1, order: 'AB', after: { ratings: { y: 6 } } }), 'after'),
    ).toBe('in-progress');
    expect(phaseState(null, 'before')).toBe('not-started');
  });
});
