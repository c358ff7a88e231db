import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import * as v from '../../src/core/shape';

const mark = v.object({
  start: v.pipe(v.number(), v.integer(), v.minValue(0)),
  type: v.pipe(v.string(), v.maxLength(5)),
  note: v.optional(v.string()),
});
const doc = v.object({
  version: v.literal(1),
  marks: v.pipe(v.array(mark), v.maxLength(3)),
  hints: v.record(v.string(), v.pipe(v.number(), v.maxValue(2))),
  due: v.nullable(v.pipe(v.string(), v.regex(/^\d{4}$/))),
  kind: v.optional(v.picklist(['a', 'b'])),
  guess: v.optional(v.union([v.number(), v.pipe(v.string(), v.minLength(1))])),
  done: v.optional(v.boolean()),
  data: v.optional(v.unknown()),
});
const valid = { version: 1, marks: [{ start: 0, type: 'x' }], hints: { a: 2 }, due: null };

describe('safeParse accepts the right shape and says where the wrong one fails', () => {
  test.each([
    ['the minimal document', valid, null],
    ['every optional field', { ...valid, kind: 'b', guess: 'y', done: true, data: [1] }, null],
    ['a number guess', { ...valid, guess: 3 }, null],
    ['not an object', [valid], 'value: expected an object'],
    ['the wrong literal', { ...valid, version: 2 }, 'version: expected 1'],
    ['a missing list', { ...valid, marks: undefined }, 'marks: expected a list'],
    [
      'too many items',
      { ...valid, marks: [...valid.marks, ...valid.marks, ...valid.marks, ...valid.marks] },
      'marks: expected at most 3 long',
    ],
    [
      'a bad item',
      { ...valid, marks: [{ start: -1, type: 'x' }] },
      'marks[0].start: expected at least 0',
    ],
    [
      'a fraction',
      { ...valid, marks: [{ start: 1.5, type: 'x' }] },
      'marks[0].start: expected a whole number',
    ],
    [
      'NaN is not a number',
      { ...valid, marks: [{ start: NaN, type: 'x' }] },
      'marks[0].start: expected a number',
    ],
    [
      'a long string',
      { ...valid, marks: [{ start: 1, type: 'toolong' }] },
      'marks[0].type: expected at most 5 long',
    ],
    ['a record value', { ...valid, hints: { a: 3 } }, 'hints.a: expected at most 2'],
    ['a pattern', { ...valid, due: '20x6' }, 'due: expected to match /^\\d{4}$/'],
    ['a picklist', { ...valid, kind: 'c' }, 'kind: expected one of a, b'],
    ['a union', { ...valid, guess: '' }, 'guess: expected one of several shapes'],
    ['a boolean', { ...valid, done: 'yes' }, 'done: expected true or false'],
  ])('%s', (_name, input, issue) => {
    const result = v.safeParse(doc, input);
    if (issue === null) expect(result.success).toBe(true);
    else expect(result).toEqual({ success: false, issue });
  });
});

describe('what comes out', () => {
  test('unknown keys are dropped and absent optional keys stay absent', () => {
    const result = v.safeParse(doc, {
      ...valid,
      extra: 'x',
      marks: [{ start: 1, type: 'x', y: 2 }],
    });
    expect(result).toEqual({
      success: true,
      output: { version: 1, marks: [{ start: 1, type: 'x' }], hints: { a: 2 }, due: null },
    });
    expect(result.success && Object.keys(result.output)).toEqual([
      'version',
      'marks',
      'hints',
      'due',
    ]);
  });

  test('keys that would reach a prototype are skipped, and Object.prototype is untouched', () => {
    const input = JSON.parse(
      '{"version":1,"marks":[],"due":null,"hints":{"__proto__":{"polluted":1},"constructor":1,"ok":1}}',
    ) as unknown;
    const result = v.safeParse(doc, input);
    expect(result).toEqual({
      success: true,
      output: { version: 1, marks: [], hints: { ok: 1 }, due: null },
    });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  test('a getter that throws is a failure, not an exception', () => {
    const input = {
      ...valid,
      get marks(): never {
        throw new Error('boom');
      },
    };
    expect(v.safeParse(doc, input)).toEqual({ success: false, issue: 'Error: boom' });
  });

  test('any value: safeParse never throws, and what it accepts passes again unchanged', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.constant(valid)), (input) => {
        const result = v.safeParse(doc, input);
        if (!result.success) return typeof result.issue === 'string';
        expect(v.safeParse(doc, result.output)).toEqual(result);
        return true;
      }),
    );
  });
});
