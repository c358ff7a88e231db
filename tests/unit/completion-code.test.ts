import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  decodeCompletion,
  encodeCompletion,
  cleanName,
  fitName,
  nameWasShortened,
  type CompletionRecord,
  type StepResult,
} from '../../src/core/completion-code';
import { ALPHABET } from '../../src/core/base32';
import { stepKinds } from '../../src/core/steps';

const CASES = [{ id: 'paramedics-walkout', code: 'pw' }];
const record: CompletionRecord = {
  caseCode: 'pw',
  assignment: '3K7Q',
  steps: {
    'warm-up': { state: 'done', percent: null },
    'first-impressions': { state: 'done', percent: null },
    'red-flags': { state: 'done', percent: 72 },
    experts: { state: 'in-progress', percent: null },
    statistics: { state: 'not-started', percent: null },
    'second-look': { state: 'done', percent: null },
  },
  believabilityBefore: 4,
  believabilityAfter: 2,
  discernmentBefore: 0.5,
  discernmentAfter: 2.5,
  minutes: 37,
  test: {
    order: 'BA',
    before: [6, 1, 5, 2, 4, 3, 6, 1, 5, 2, 4, 3],
    after: [1, 1, 1, 1, 1, 1, null, 6, 6, 6, 6, 6],
  },
  name: 'Amara K.',
};
const code = encodeCompletion(record);

/** A code made by version 1 (before the warm-up test existed), for the same record. */
const V1_CODE = '3JD3-K7QQ-Z91Z-SZVZ-H570-JM42-VB1E-9GJ0-JSE1-E7E';

/** The same record's code from the release before the retention check (version 2), pinned. */
const V2_CODE = '5JD3-K7QQ-ZFYJ-3ZKZ-QZ2A-E15Y-6N3R-TME9-4J8V-DP88-5PP2-WK14-15JW-0ANX';
/** The same record with a retention check taken 8 days after the lesson (version 3). */
const withCheck: CompletionRecord = {
  ...record,
  check: { ratings: [5, 1, 2, 4, 1, 6, 5, 1, 4, 2, 3, 6], days: 8 },
};
const V3_CODE = '7JD3-K7QQ-ZFYJ-3ZKZ-QZ2A-E15Y-6N3R-TME9-4J8V-DPTA-GX9H-7G4M-42VB-1E9G-J0JS-E1FB-9';

describe('completion codes', () => {
  describe('version 3: the retention check', () => {
    test('a code without a check is still the version-2 code teachers already hold', () => {
      expect(code).toBe(V2_CODE);
      expect(decodeCompletion(V2_CODE, CASES)).toEqual({
        ok: true,
        caseId: 'paramedics-walkout',
        record,
      });
    });

    test('a code with a check is version 3 and carries its ratings and the days since the lesson', () => {
      expect(encodeCompletion(withCheck)).toBe(V3_CODE);
      expect(decodeCompletion(V3_CODE, CASES)).toEqual({
        ok: true,
        caseId: 'paramedics-walkout',
        record: withCheck,
      });
    });

    test('unknown days travel as unknown; days past 255 as 255', () => {
      for (const [days, read] of [
        [null, null],
        [0, 0],
        [255, 255],
        [400, 255],
      ] as const) {
        const r = { ...record, check: { ratings: withCheck.check!.ratings, days } };
        const decoded = decodeCompletion(encodeCompletion(r), CASES);
        expect(decoded.ok && decoded.record.check?.days).toBe(read);
      }
    });
  });

  test('fit one line, in read-aloud-safe characters grouped in fours', () => {
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{1,4}(-[0-9A-HJKMNP-TV-Z]{1,4})+$/);
    expect(code.length).toBeLessThan(80);
  });

  test('still read a version-1 code: the warm-up not started, no test', () => {
    expect(decodeCompletion(V1_CODE, CASES)).toEqual({
      ok: true,
      caseId: 'paramedics-walkout',
      record: {
        ...record,
        steps: { ...record.steps, 'warm-up': { state: 'not-started', percent: null } },
        test: null,
      },
    });
  });

  test('carry a test that was started but not submitted as no answers', () => {
    const r = { ...record, test: { order: 'AB' as const, before: null, after: null } };
    expect(decodeCompletion(encodeCompletion(r), CASES)).toMatchObject({ ok: true, record: r });
  });

  test('round-trip everything the teacher sees', () => {
    expect(decodeCompletion(code, CASES)).toEqual({
      ok: true,
      caseId: 'paramedics-walkout',
      record,
    });
  });

  test('survive retyping: lower case, spaces, and I/L/O for 1/1/0', () => {
    const retyped = code.toLowerCase().replace(/-/g, ' ').replace(/1/g, 'l').replace(/0/g, 'o');
    expect(decodeCompletion(retyped, CASES)).toMatchObject({ ok: true, record });
  });

  test.each<[string, string, string]>([
    ['an empty line', '   ', 'empty'],
    [
      'a wrong character',
      `${code.slice(0, 5)}${code[5] === 'A' ? 'B' : 'A'}${code.slice(6)}`,
      'typo',
    ],
    ['a missing character', code.slice(0, -1), 'typo'],
    ['punctuation', `${code}!`, 'malformed'],
    ['something else entirely', 'hello', 'malformed'],
  ])('flag %s', (_label, input, error) => {
    expect(decodeCompletion(input, CASES)).toEqual({ ok: false, error });
  });

  test('flag a code from another lesson', () => {
    const other = encodeCompletion({ ...record, caseCode: 'xyz' });
    expect(decodeCompletion(other, CASES)).toEqual({ ok: false, error: 'wrong-lesson' });
  });

  test('flag a well-formed code from an unknown version', async () => {
    const { bitsToBase32, base32ToBits, checksum32, normalizeBase32 } =
      await import('../../src/core/base32');
    const body = normalizeBase32(code).slice(0, -4);
    const bits = base32ToBits(body)!;
    bits.splice(0, 4, 0, 1, 0, 0); // version 4
    const future = bitsToBase32(bits);
    expect(decodeCompletion(future + checksum32(future), CASES)).toEqual({
      ok: false,
      error: 'unknown-version',
    });
  });

  test('catch every single mistyped character', () => {
    const plain = code.replace(/-/g, '');
    for (let i = 0; i < plain.length; i++) {
      for (const ch of ALPHABET) {
        if (ch === plain[i]) continue;
        const typo = plain.slice(0, i) + ch + plain.slice(i + 1);
        expect(decodeCompletion(typo, CASES).ok, `position ${i} → ${ch}`).toBe(false);
      }
    }
  });

  test('catch every swap of two neighbouring characters', () => {
    const plain = code.replace(/-/g, '');
    for (let i = 0; i + 1 < plain.length; i++) {
      if (plain[i] === plain[i + 1]) continue;
      const swapped = plain.slice(0, i) + plain[i + 1] + plain[i] + plain.slice(i + 2);
      expect(decodeCompletion(swapped, CASES).ok, `swap at ${i}`).toBe(false);
    }
  });

  test('keep long names within what fits, without splitting a character', () => {
    expect(new TextEncoder().encode(fitName('Ñandú '.repeat(10))).length).toBeLessThanOrEqual(31);
    expect(fitName('  Jo   Lee ')).toBe('Jo Lee');
    const decoded = decodeCompletion(
      encodeCompletion({ ...record, name: '李小龙 and friends forever more' }),
      CASES,
    );
    expect(decoded.ok && decoded.record.name).toBe(fitName('李小龙 and friends forever more'));
  });

  test('no input makes the decoder throw or return an invalid record', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^[0-9A-Za-z -]{0,60}$/)), (input) => {
        const result = decodeCompletion(input, CASES);
        if (result.ok) {
          expect(Object.keys(result.record.steps)).toEqual([...stepKinds]);
        } else
          expect(['empty', 'malformed', 'typo', 'unknown-version', 'wrong-lesson']).toContain(
            result.error,
          );
      }),
      { numRuns: 2000 },
    );
  });

  test('any record round-trips', () => {
    const step = fc.record<StepResult>({
      state: fc.constantFrom('not-started', 'in-progress', 'done'),
      percent: fc.option(fc.integer({ min: 0, max: 100 })),
    });
    const rating = fc.option(fc.integer({ min: 1, max: 5 }));
    const gap = fc.option(fc.integer({ min: -8, max: 8 }).map((n) => n / 2));
    fc.assert(
      fc.property(
        fc.tuple(step, step, step, step, step, step),
        fc.option(fc.stringMatching(/^[0-9A-HJKMNP-TV-Z]{4}$/)),
        rating,
        rating,
        gap,
        gap,
        fc.integer({ min: 0, max: 1023 }),
        fc.string({ maxLength: 20 }),
        fc.option(
          fc.record({
            ratings: fc.array(fc.option(fc.integer({ min: 1, max: 6 })), {
              minLength: 12,
              maxLength: 12,
            }),
            days: fc.option(fc.integer({ min: 0, max: 255 })),
          }),
        ),
        fc.option(
          fc.record({
            order: fc.constantFrom<'AB' | 'BA'>('AB', 'BA'),
            before: fc.option(
              fc.array(fc.option(fc.integer({ min: 1, max: 6 })), { minLength: 12, maxLength: 12 }),
            ),
            after: fc.option(
              fc.array(fc.option(fc.integer({ min: 1, max: 6 })), { minLength: 12, maxLength: 12 }),
            ),
          }),
        ),
        (steps, assignment, bb, ba, db, da, minutes, name, check, test) => {
          const r: CompletionRecord = {
            caseCode: 'pw',
            assignment,
            steps: Object.fromEntries(
              stepKinds.map((k, i) => [k, steps[i]!]),
            ) as CompletionRecord['steps'],
            believabilityBefore: bb,
            believabilityAfter: ba,
            discernmentBefore: db,
            discernmentAfter: da,
            minutes,
            test: test ?? { order: 'AB', before: null, after: null },
            ...(check ? { check } : {}),
            name: fitName(name),
          };
          expect(decodeCompletion(encodeCompletion(r), CASES)).toEqual({
            ok: true,
            caseId: 'paramedics-walkout',
            record: r,
          });
        },
      ),
    );
  });

  describe('names shown to a teacher', () => {
    const UNSAFE =
      // eslint-disable-next-line no-control-regex
      /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/;
    const hostile = fc.string({
      unit: fc.oneof(
        fc.constantFrom(
          '\u202e',
          '\u2066',
          '\u2069',
          '\u0000',
          '\u001b',
          '\u2028',
          '\t',
          '\n',
          '\u0085',
          ' ',
        ),
        fc.constantFrom('é', 'e\u0301', '👩‍👩‍👧‍👦', '🇫🇷', '李', 'a', '='),
        fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
      ),
      maxLength: 40,
    });
    const graphemes = (s: string) =>
      Array.from(
        new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(s),
        (g) => g.segment,
      );

    test('cleaning leaves no control or bidi character, no edge spaces, and is idempotent', () => {
      fc.assert(
        fc.property(hostile, (name) => {
          const clean = cleanName(name);
          expect(clean).not.toMatch(UNSAFE);
          expect(clean).toBe(clean.trim());
          expect(cleanName(clean)).toBe(clean);
          expect(fitName(fitName(name))).toBe(fitName(name));
        }),
      );
    });

    test('a fitted name is whole characters from the start of the clean name, within 31 bytes', () => {
      fc.assert(
        fc.property(hostile, (name) => {
          const fitted = fitName(name);
          expect(new TextEncoder().encode(fitted).length).toBeLessThanOrEqual(31);
          const whole = graphemes(cleanName(name));
          const kept = graphemes(fitted);
          // Every kept character is a whole character of the clean name, in order from the start.
          expect(whole.slice(0, kept.length).join('').trim()).toBe(fitted);
          expect(nameWasShortened(name)).toBe(fitted !== name.replace(/\s+/g, ' ').trim());
        }),
      );
    });

    test('a decoded name is clean, even from a code made by hand', () => {
      fc.assert(
        fc.property(hostile, (name) => {
          const decoded = decodeCompletion(encodeCompletion({ ...record, name }), CASES);
          expect(decoded.ok && decoded.record.name).toBe(fitName(name));
        }),
      );
    });

    test('the examples of the issue', () => {
      expect(fitName('Ann\u202Egnp.exe')).toBe('Anngnp.exe');
      expect(fitName('é'.repeat(30))).toBe('é'.repeat(15));
      expect(nameWasShortened('é'.repeat(30))).toBe(true);
      expect(fitName('Zoë Okafor-Smith 👩‍👩‍👧‍👦')).toBe('Zoë Okafor-Smith');
      expect(fitName('\t\nBo\u0000b\u001b[31m\u2028x')).toBe('Bob[31m x');
    });
  });
});
