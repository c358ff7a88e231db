import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  LIMITS,
  cleanText,
  decodeAssignment,
  encodeAssignment,
  type Assignment,
  type KnownCase,
} from '../../src/core/assignment-link';
import { stepKinds, type StepKind } from '../../src/core/steps';
import { checksum32 } from '../../src/core/base32';

const CASES: KnownCase[] = [{ id: 'paramedics-walkout', code: 'pw', steps: stepKinds }];
const base: Assignment = {
  caseCode: 'pw',
  steps: ['first-impressions', 'red-flags', 'second-look'],
  classLabel: '9B',
  due: '2026-12-01',
  note: 'Read it twice. Then check.',
};
const link = encodeAssignment(base);

describe('assignment links', () => {
  test('are short and carry no more than the teacher typed', () => {
    expect(link).toMatch(
      /^1\.pw\.frl\.20261201\.9B\.Read%20it%20twice%2E%20Then%20check%2E\.[0-9A-Z]{4}$/,
    );
  });

  test('round-trip, with or without the leading #', () => {
    for (const fragment of [link, `#${link}`]) {
      const decoded = decodeAssignment(fragment, CASES);
      expect(decoded).toEqual({
        ok: true,
        caseId: 'paramedics-walkout',
        id: link.slice(-4),
        assignment: base,
      });
    }
  });

  test('keep the order the teacher chose', () => {
    const reordered = encodeAssignment({ ...base, steps: ['statistics', 'experts'] });
    const decoded = decodeAssignment(reordered, CASES);
    expect(decoded.ok && decoded.assignment.steps).toEqual(['statistics', 'experts']);
  });

  test('allow no label, date or note', () => {
    const bare = encodeAssignment({ ...base, classLabel: '', due: null, note: '' });
    expect(bare).toMatch(/^1\.pw\.frl\.-\.\.\.[0-9A-Z]{4}$/);
    expect(decodeAssignment(bare, CASES)).toMatchObject({
      ok: true,
      assignment: { due: null, note: '' },
    });
  });

  test.each<[string, string, string]>([
    ['an empty fragment', '', 'empty'],
    ['a truncated link', link.slice(0, 20), 'checksum'],
    ['a link with one character changed', link.replace('9B', '9C'), 'checksum'],
    ['a link from a future version', `2${link.slice(1)}`, 'unknown-version'],
    ['random text', 'hello world', 'malformed'],
    ['too many fields', `${link}.x`, 'malformed'],
    ['an absurdly long link', `1.pw.r.-.${'a'.repeat(3000)}..ABCD`, 'too-long'],
  ])('reject %s', (_label, fragment, error) => {
    expect(decodeAssignment(fragment, CASES)).toEqual({ ok: false, error });
  });

  /** Builds a well-signed link from raw fields, to test what the checksum cannot catch. */
  function signed(fields: string[]): string {
    const b = ['1', ...fields].join('.');
    return `${b}.${checksum32(b)}`;
  }

  test.each<[string, string[], string]>([
    ['an unknown case', ['zz', 'r', '-', '', ''], 'unknown-case'],
    ['an unknown step letter', ['pw', 'rx', '-', '', ''], 'unknown-step'],
    ['a repeated step', ['pw', 'rr', '-', '', ''], 'unknown-step'],
    ['no steps', ['pw', '', '-', '', ''], 'unknown-step'],
    ['an impossible date', ['pw', 'r', '20260231', '', ''], 'bad-date'],
    [
      'a class label over the limit',
      ['pw', 'r', '-', 'x'.repeat(LIMITS.classLabel + 1), ''],
      'too-long',
    ],
    ['a note over the limit', ['pw', 'r', '-', '', 'y'.repeat(LIMITS.note + 1)], 'too-long'],
    ['broken percent-encoding', ['pw', 'r', '-', '%E0%A4%A', ''], 'malformed'],
  ])('reject a correctly signed link with %s', (_label, fields, error) => {
    expect(decodeAssignment(signed(fields), CASES)).toEqual({ ok: false, error });
  });

  test('keep hostile text as plain text, without control or direction characters', () => {
    const hostile = encodeAssignment({
      ...base,
      classLabel: '<script>x()</script>',
      note: 'a\u202eb\u0000c <img src=x onerror=alert(1)>',
    });
    const decoded = decodeAssignment(hostile, CASES);
    expect(decoded).toMatchObject({
      ok: true,
      assignment: {
        classLabel: '<script>x()</script>',
        note: 'a b c <img src=x onerror=alert(1)>',
      },
    });
  });

  test('no input string makes the decoder throw or return an invalid assignment', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.constantFrom(link, `#${link}`)),
        (input) => {
          const result = decodeAssignment(input, CASES);
          if (result.ok) {
            expect(result.assignment.steps.length).toBeGreaterThan(0);
            expect(result.assignment.classLabel.length).toBeLessThanOrEqual(LIMITS.classLabel);
            expect(result.assignment.note.length).toBeLessThanOrEqual(LIMITS.note);
          } else expect(typeof result.error).toBe('string');
        },
      ),
      { numRuns: 1000 },
    );
  });

  test('any assignment a teacher can make round-trips', () => {
    const stepSubset = fc.uniqueArray(fc.constantFrom<StepKind>(...stepKinds), { minLength: 1 });
    fc.assert(
      fc.property(
        stepSubset,
        fc.string({ maxLength: LIMITS.classLabel }),
        fc.string({ maxLength: LIMITS.note }),
        fc.option(
          fc.date({
            min: new Date('2020-01-01'),
            max: new Date('2099-12-31'),
            noInvalidDate: true,
          }),
        ),
        (steps, classLabel, note, date) => {
          const a: Assignment = {
            caseCode: 'pw',
            steps,
            classLabel: cleanText(classLabel),
            note: cleanText(note),
            due: date ? date.toISOString().slice(0, 10) : null,
          };
          const decoded = decodeAssignment(encodeAssignment(a), CASES);
          expect(decoded.ok && decoded.assignment).toEqual(a);
        },
      ),
    );
  });
});
