import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { parse } from 'yaml';
import { parseArticle } from '../../src/core/article';
import { segmentArticle } from '../../src/core/marking-doc';
import { decodeProgress, type CaseProgress, type Progress } from '../../src/core/progress';
import { stepKinds } from '../../src/core/steps';
import { OWN_MAX } from '../../src/modules/experts/scoring';
import { MAX_HINT_LEVEL } from '../../src/modules/red-flags/hint-levels';
import {
  displayName,
  lessonScore,
  lessonStatus,
  sessionTime,
} from '../../src/modules/scorm/report';
import {
  SUSPEND_MAX,
  decodeSuspend,
  encodeSuspend,
  type SuspendContext,
} from '../../src/modules/scorm/suspend';
import { lessonNames } from '../../tools/package-scorm.mjs';

const CASE = 'paramedics-walkout';
const DIR = `content/cases/${CASE}`;
const doc = segmentArticle(parseArticle(readFileSync(`${DIR}/article.txt`, 'utf8')));
const ctx: SuspendContext = { doc, ...lessonNames() };
const caseYaml = parse(readFileSync(`${DIR}/case.yaml`, 'utf8')) as { claims: { id: string }[] };
const posts = parse(readFileSync('content/transfer/posts.yaml', 'utf8')) as {
  id: string;
  form: 'A' | 'B' | 'C';
}[];
const mdx = (part: string) =>
  readdirSync(`${DIR}/${part}`)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => ({
      id: f.replace(/\.mdx$/, ''),
      front: parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(`${DIR}/${part}/${f}`, 'utf8'))![1]!),
    }));
const decoded = (text: string) => JSON.parse(decodeSuspend(text, ctx) ?? 'null') as Progress;

const AT = '2026-12-02T09:41:07.123Z';
const AT_SECONDS = '2026-12-02T09:41:07.000Z';

/**
 * A student who has done everything, as much as the lesson lets them: every sentence of the
 * article marked (marks never overlap), every hint taken, every card with their own words at the
 * longest kept, every figure guessed, both reasons at the longest kept, both tests, every time.
 */
function everything(text: (n: number, i: number) => string): Progress {
  const claims = Object.fromEntries(caseYaml.claims.map((c) => [c.id, 5]));
  const impressions = (i: number) => ({
    believability: 5,
    share: 'maybe' as const,
    reason: text(1000, i),
    claims,
    completedAt: AT,
  });
  const module = (data: unknown) => ({
    status: 'done' as const,
    score: { earned: 123.25, possible: 150 },
    startedAt: AT,
    completedAt: AT,
    seconds: 86_399,
    data,
  });
  const ratings = (form: 'A' | 'B' | 'C') =>
    Object.fromEntries(posts.filter((p) => p.form === form).map((p) => [p.id, 6]));
  const figures = mdx('statistics');
  const progress: CaseProgress = {
    firstImpressions: impressions(1),
    secondLook: impressions(2),
    modules: {
      'red-flags': module({
        v: 1,
        marks: doc.sentences.map((s, i) => ({
          start: s.start,
          end: s.end,
          type: ctx.types[i % ctx.types.length]!,
          text: doc.text.slice(s.start, s.end),
        })),
        hints: Object.fromEntries(doc.sections.map((s) => [s.id, MAX_HINT_LEVEL])),
        checked: true,
        revealed: true,
      }),
      experts: module({
        version: 1,
        cards: Object.fromEntries(
          mdx('experts').map((c, i) => [
            c.id,
            {
              check: 'own',
              own: text(OWN_MAX, 10 + i),
              verdict: 'cannot-check',
              confidence: 'very-sure',
            },
          ]),
        ),
      }),
      statistics: module({
        version: 1,
        guesses: Object.fromEntries(
          figures.map((f) => {
            const q = (f.front as { question?: { options?: { id: string }[] } }).question;
            return [f.id, q?.options?.[0]?.id ?? 12345.678];
          }),
        ),
        revealed: figures.map((f) => f.id),
        drift: true,
      }),
      transfer: module({
        version: 1,
        order: 'BA',
        before: { ratings: ratings('B'), completedAt: AT },
        after: { ratings: ratings('A'), completedAt: AT },
        // The check a week later (form C), taken too.
        check: { ratings: ratings('C'), completedAt: AT },
      }),
    },
  };
  return { version: 1, cases: { [CASE]: progress }, updatedAt: AT };
}
const words = (n: number, i: number) =>
  `Answer ${i}: ${'the source is anonymous and nobody else reports it '.repeat(40)}`.slice(0, n);

describe('suspend data', () => {
  test('a student who has done everything fits in 4,096 characters, every choice, mark and score whole', () => {
    const full = everything(words);
    const out = encodeSuspend(full, ctx);
    expect(out).not.toBeNull();
    const { text, cap } = out!;
    console.info(
      `Worst case: ${text.length} characters of suspend data (${JSON.stringify(full).length} as saved), ` +
        `the student's texts cut to ${cap} characters each.`,
    );
    expect(text.length).toBeLessThanOrEqual(SUSPEND_MAX);
    // Cut to one common length, and no shorter than it needs: one character more would not fit.
    expect(cap).toBeGreaterThanOrEqual(200);
    expect(encodeSuspend(full, ctx, text.length - 1)?.cap ?? -1).toBeLessThan(cap);

    const back = decoded(text);
    expect(decodeProgress(JSON.stringify(back)).ok).toBe(true);
    // Everything but the texts comes back as it was (times to the second).
    const cutTexts = (p: Progress) =>
      JSON.parse(
        JSON.stringify(p, (key, value: unknown) =>
          ['reason', 'own'].includes(key)
            ? String(value).slice(0, cap)
            : value === AT
              ? AT_SECONDS
              : value,
        ),
      ) as Progress;
    expect(back).toEqual(cutTexts(full));
  });

  test('texts that JSON escapes (quotes, line breaks, emoji) still fit, cut whole', () => {
    const nasty = (n: number) => '"\\\n😀\u2028'.repeat(n).slice(0, n);
    const out = encodeSuspend(everything(nasty), ctx)!;
    expect(out.text.length).toBeLessThanOrEqual(SUSPEND_MAX);
    const reason = decoded(out.text).cases[CASE]!.firstImpressions!.reason!;
    expect(reason.length).toBeLessThanOrEqual(out.cap);
    expect(reason).not.toMatch(/[\ud800-\udbff]$/);
  });

  test('a usual student: the exact document back, in a fraction of the space', () => {
    const usual = everything((_n, i) => `Reason ${i}: I could not find the dashboard.`);
    usual.cases[CASE]!.modules['red-flags']!.data = {
      v: 1,
      marks: [
        { start: doc.sentences[3]!.start, end: doc.sentences[3]!.end, type: ctx.types[0]! },
        // A phrase inside a sentence.
        {
          start: doc.sentences[9]!.start + 4,
          end: doc.sentences[9]!.start + 20,
          type: ctx.types[11]!,
        },
      ].map((m) => ({ ...m, text: doc.text.slice(m.start, m.end) })),
      hints: { top: 1 },
    };
    const { text, cap } = encodeSuspend(usual, ctx)!;
    expect(cap).toBe(Infinity);
    expect(text.length).toBeLessThan(JSON.stringify(usual).length / 2);
    expect(decoded(text)).toEqual(
      JSON.parse(JSON.stringify(usual).replaceAll(AT, AT_SECONDS)) as Progress,
    );
  });

  test('any document round-trips: names, backticks and times in the student’s own words too', () => {
    const text = fc.oneof(
      fc.string(),
      fc.constantFrom('`', '``x', '`~abc', '`!12a', 'done', 'own', AT, '__proto__'),
    );
    fc.assert(
      // (A key `__proto__` is refused: see the next test.)
      fc.property(
        fc.dictionary(
          text.filter((k) => k !== '__proto__'),
          fc.oneof(text, fc.integer(), fc.boolean()),
        ),
        (cards) => {
          const progress = { version: 1, cases: { [CASE]: { modules: {}, extra: cards } } };
          const out = encodeSuspend(progress, ctx, 1e9)!;
          const expected = JSON.parse(
            JSON.stringify(progress, (_k, v: unknown) =>
              typeof v === 'string' && v === AT ? AT_SECONDS : v,
            ),
          ) as unknown;
          expect(JSON.parse(decodeSuspend(out.text, ctx)!)).toEqual(expected);
        },
      ),
    );
  });

  test('data that is not the package’s, from another version of the lesson, or hostile is not read', () => {
    const ours = encodeSuspend({ version: 1, cases: {} }, ctx)!.text;
    expect(decodeSuspend(ours, ctx)).toBe('{"version":1,"cases":{}}');
    const other: SuspendContext = { ...ctx, words: [...ctx.words, 'a-new-figure'] };
    for (const raw of [
      '',
      '{"version":1,"cases":{}}',
      '<img src=x onerror=alert(1)>',
      encodeSuspend({ version: 1, cases: {} }, other)!.text,
      `${ours.slice(0, 7)}{"__proto__":{"polluted":1}}`,
      `${ours.slice(0, 7)}{"\`zz":1}`,
      `${ours.slice(0, 7)}{"\`i":"\`!zz0"}`,
      `${ours.slice(0, 7)}{"\`i":"\`~!!"}`,
      `${ours.slice(0, 7)}{oops`,
    ])
      expect(decodeSuspend(raw, ctx)).toBeNull();
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('what the LMS is told', () => {
  const done = (earned: number) => ({
    status: 'done' as const,
    score: { earned, possible: 10 },
  });
  const steps = [...stepKinds];

  test('the score is the average of the scored steps’ percentages, a step not done counting 0', () => {
    expect(lessonScore({ modules: {} }, steps)).toBe(0);
    expect(lessonScore({ modules: { 'red-flags': done(7), experts: done(5) } }, steps)).toBe(40);
    expect(
      lessonScore(
        { modules: { 'red-flags': done(7), experts: done(5), statistics: done(10) } },
        steps,
      ),
    ).toBe(73);
    // A step in progress counts 0, even with a score saved as it goes.
    expect(
      lessonScore({ modules: { statistics: { ...done(10), status: 'in-progress' } } }, steps),
    ).toBe(0);
    expect(lessonScore({ modules: {} }, ['first-impressions'])).toBeNull();
  });

  test('completed once every step is done', () => {
    const impressions = { claims: {}, completedAt: AT };
    const transfer = {
      status: 'done' as const,
      data: {
        version: 1,
        order: 'AB',
        before: { ratings: {}, completedAt: AT },
        after: { ratings: {}, completedAt: AT },
      },
    };
    const all: CaseProgress = {
      firstImpressions: impressions,
      secondLook: impressions,
      modules: { transfer, 'red-flags': done(1), experts: done(1), statistics: done(1) },
    };
    expect(lessonStatus(all, steps)).toBe('completed');
    const { statistics: _left, ...rest } = all.modules;
    expect(lessonStatus({ ...all, modules: rest }, steps)).toBe('incomplete');
    expect(lessonStatus({ modules: {} }, steps)).toBe('incomplete');
  });

  test('session time as CMITimespan', () => {
    expect(sessionTime(0)).toBe('0000:00:00.00');
    expect(sessionTime(3_723_456)).toBe('0001:02:03.46');
    expect(sessionTime(59_999)).toBe('0000:01:00.00');
    expect(sessionTime(-5)).toBe('0000:00:00.00');
  });

  test('the LMS’s "Last, First" as people write it', () => {
    expect(displayName('Lovelace, Ada')).toBe('Ada Lovelace');
    expect(displayName('  Ada Lovelace ')).toBe('Ada Lovelace');
    expect(displayName('A, B, C')).toBe('A, B, C');
    expect(displayName('')).toBe('');
  });
});
