import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import * as v from '../../src/core/shape';
import {
  PROGRESS_VERSION,
  changedStrings,
  decodeProgress,
  emptyProgress,
  hasAnyProgress,
  type Progress,
  progressSchema,
  scorePercent,
  type CaseProgress,
} from '../../src/core/progress';
import { PROGRESS_FILE_MAX, decodeProgressFile, mergeProgress } from '../../src/core/progress-file';
import { nextUnfinishedStep, stepStatus } from '../../src/core/step-status';

const STEPS = ['first-impressions', 'red-flags', 'experts', 'statistics', 'second-look'];
const valid = {
  version: 1,
  cases: {
    'paramedics-walkout': {
      firstImpressions: { believability: 4, share: 'maybe', claims: { a: 2 }, completedAt: 'x' },
      modules: { 'red-flags': { status: 'done', score: { earned: 7, possible: 10 } } },
    },
  },
};

describe('decodeProgress', () => {
  test.each([
    ['nothing saved yet', null, { ok: true }],
    ['an empty string', '', { ok: true }],
    ['a valid document', JSON.stringify(valid), { ok: true }],
    ['broken JSON', '{"version":1,', { ok: false, reason: 'not-json' }],
    ['JSON that is not an object', '[1,2]', { ok: false, reason: 'invalid' }],
    ['a missing version', '{"cases":{}}', { ok: false, reason: 'invalid' }],
    [
      'a version from the future',
      '{"version":99,"cases":{}}',
      { ok: false, reason: 'unknown-version' },
    ],
    [
      'a rating out of range',
      JSON.stringify({
        ...valid,
        cases: { c: { modules: {}, firstImpressions: { claims: { a: 9 } } } },
      }),
      { ok: false, reason: 'invalid' },
    ],
    [
      'an unknown module status',
      JSON.stringify({ version: 1, cases: { c: { modules: { m: { status: 'weird' } } } } }),
      { ok: false, reason: 'invalid' },
    ],
  ])('%s', (_label, raw, expected) => {
    expect(decodeProgress(raw)).toMatchObject(expected);
  });

  test('keeps every answer of a valid document', () => {
    const result = decodeProgress(JSON.stringify(valid));
    expect(result.ok && result.progress).toEqual(valid);
  });

  test('any stored string loads without throwing, as valid progress or a typed refusal', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.jsonValue().map((v) => JSON.stringify(v)),
        ),
        (raw) => {
          const result = decodeProgress(raw);
          if (result.ok) expect(v.safeParse(progressSchema, result.progress).success).toBe(true);
          else expect(['not-json', 'unknown-version', 'invalid']).toContain(result.reason);
        },
      ),
      { numRuns: 500 },
    );
  });

  test('documents of the current version with any extra fields still load', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (extra) => {
        const result = decodeProgress(
          JSON.stringify({ ...extra, version: PROGRESS_VERSION, cases: {} }),
        );
        expect(result.ok).toBe(true);
      }),
    );
  });
});

describe('step status and the next step', () => {
  const empty: CaseProgress = { modules: {} };
  test.each<[string, CaseProgress, string, string]>([
    ['nothing done', empty, 'first-impressions', 'not-started'],
    [
      'a draft',
      { modules: {}, firstImpressions: { claims: { a: 3 } } },
      'first-impressions',
      'in-progress',
    ],
    [
      'an empty draft',
      { modules: {}, firstImpressions: { claims: {}, reason: '  ' } },
      'first-impressions',
      'not-started',
    ],
    [
      'submitted',
      { modules: {}, firstImpressions: { claims: {}, completedAt: 't' } },
      'first-impressions',
      'done',
    ],
    [
      'a module started',
      { modules: { experts: { status: 'in-progress' } } },
      'experts',
      'in-progress',
    ],
    ['a module done', { modules: { experts: { status: 'done' } } }, 'experts', 'done'],
    [
      'second look: the article submitted, the after test not yet',
      { modules: {}, secondLook: { claims: {}, completedAt: 't' } },
      'second-look',
      'in-progress',
    ],
    [
      'second look: the article and the after test submitted',
      {
        modules: {
          transfer: {
            status: 'done' as const,
            data: { version: 1, order: 'AB', after: { ratings: {}, completedAt: 't' } },
          },
        },
        secondLook: { claims: {}, completedAt: 't' },
      },
      'second-look',
      'done',
    ],
    [
      'warm-up: form drawn, nothing rated',
      { modules: { transfer: { status: 'in-progress', data: { version: 1, order: 'BA' } } } },
      'warm-up',
      'not-started',
    ],
    [
      'warm-up: one post rated',
      {
        modules: {
          transfer: {
            status: 'in-progress',
            data: { version: 1, order: 'BA', before: { ratings: { x: 2 } } },
          },
        },
      },
      'warm-up',
      'in-progress',
    ],
    [
      'warm-up: unreadable saved test',
      { modules: { transfer: { status: 'in-progress', data: { version: 9, order: 'CA' } } } },
      'warm-up',
      'not-started',
    ],
  ])('%s', (_label, progress, step, state) => {
    expect(stepStatus(progress, step).state).toBe(state);
  });

  test('a done module keeps its score', () => {
    const p: CaseProgress = {
      modules: { 'red-flags': { status: 'done', score: { earned: 3, possible: 4 } } },
    };
    expect(stepStatus(p, 'red-flags')).toEqual({
      state: 'done',
      score: { earned: 3, possible: 4 },
    });
    expect(scorePercent({ earned: 3, possible: 4 })).toBe(75);
  });

  test.each<[string, CaseProgress, string | null]>([
    ['a new student starts at the beginning', empty, 'first-impressions'],
    [
      'after first impressions comes the first module',
      { modules: {}, firstImpressions: { claims: {}, completedAt: 't' } },
      'red-flags',
    ],
    [
      'a skipped module is still next',
      {
        modules: { experts: { status: 'done' } },
        firstImpressions: { claims: {}, completedAt: 't' },
      },
      'red-flags',
    ],
    [
      'everything done → nothing left',
      {
        firstImpressions: { claims: {}, completedAt: 't' },
        secondLook: { claims: {}, completedAt: 't' },
        modules: {
          'red-flags': { status: 'done' },
          experts: { status: 'done' },
          statistics: { status: 'done' },
          transfer: {
            status: 'done' as const,
            data: { version: 1, order: 'AB', after: { ratings: {}, completedAt: 't' } },
          },
        },
      },
      null,
    ],
  ])('%s', (_label, progress, expected) => {
    expect(nextUnfinishedStep(progress, STEPS)).toBe(expected);
  });

  test('an empty document has no progress; one answer is progress', () => {
    expect(hasAnyProgress(emptyProgress())).toBe(false);
    expect(
      hasAnyProgress({
        version: 1,
        cases: { c: { modules: {}, firstImpressions: { claims: {} } } },
      }),
    ).toBe(true);
  });
});

describe('progress files', () => {
  const doc = (extra: Record<string, unknown> = {}) =>
    JSON.stringify({
      version: 1,
      cases: { c: { modules: { m: { status: 'done' } } } },
      ...extra,
    });

  test('a file is read with the saved-progress decoder; anything else is one problem, never a throw', () => {
    expect(decodeProgressFile(doc()).ok).toBe(true);
    expect(decodeProgressFile('{"version":9,"cases":{}}')).toEqual({ ok: false, problem: 'newer' });
    expect(decodeProgressFile('{"version":1,"cases":{}}')).toEqual({ ok: false, problem: 'empty' });
    expect(
      decodeProgressFile('{"version":1,"cases":{"__proto__":{"modules":{"x":{"status":"done"}}}}}'),
    ).toEqual({ ok: false, problem: 'empty' });
    expect(decodeProgressFile('x'.repeat(PROGRESS_FILE_MAX + 1))).toEqual({
      ok: false,
      problem: 'too-big',
    });
    for (const text of ['', 'null', '[]', '"s"', '{}', '\u0000PNG', 42, null])
      expect(decodeProgressFile(text)).toEqual({ ok: false, problem: 'foreign' });
  });

  test('any text: the decoder never throws, and what it accepts is a valid document with answers', () => {
    const json = fc.jsonValue().map((v) => JSON.stringify(v));
    const docs = fc
      .record({
        version: fc.oneof(fc.constant(1), fc.integer()),
        cases: fc.dictionary(fc.string(), fc.anything()),
      })
      .map((v) => JSON.stringify(v));
    fc.assert(
      fc.property(fc.oneof(fc.string(), json, docs), (text) => {
        const result = decodeProgressFile(text);
        if (!result.ok) return;
        const again = decodeProgress(JSON.stringify(result.progress));
        expect(again.ok && again.progress).toEqual(result.progress);
        expect(hasAnyProgress(result.progress)).toBe(true);
        expect(Object.getPrototypeOf(result.progress.cases)).toBe(Object.prototype);
      }),
    );
  });

  test('merging keeps the further of each step and every step only one side has', () => {
    const here = {
      version: 1,
      cases: {
        c: {
          modules: { a: { status: 'done' }, b: { status: 'in-progress' } },
          firstImpressions: { claims: {}, reason: 'here' },
        },
      },
    } as Progress;
    const there = {
      version: 1,
      cases: {
        c: {
          modules: { a: { status: 'in-progress' }, b: { status: 'done' }, d: { status: 'done' } },
          firstImpressions: { claims: {}, reason: 'there', completedAt: 't' },
        },
        e: { modules: {} },
      },
    } as Progress;
    const merged = mergeProgress(here, there);
    expect(merged.cases['c']?.modules).toEqual({
      a: { status: 'done' },
      b: { status: 'done' },
      d: { status: 'done' },
    });
    expect(merged.cases['c']?.firstImpressions?.reason).toBe('there');
    expect(merged.cases['e']).toEqual({ modules: {} });
    expect(decodeProgress(JSON.stringify(merged)).ok).toBe(true);
  });

  test('texts changed on both sides are found, growth at the end is not a clash', () => {
    const a = { cases: { c: { r: 'Hello', startedAt: '1' } } };
    expect(changedStrings(a, { cases: { c: { r: 'Hello there', startedAt: '2' } } })).toEqual([
      '/cases/c/r',
    ]);
    expect(changedStrings(a, { cases: { c: { r: 'Hello there' } } }, true)).toEqual([]);
    expect(changedStrings(a, { cases: { c: { r: 'Goodbye' } } }, true)).toEqual(['/cases/c/r']);
  });
});
