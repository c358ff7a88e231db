import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  OWN_CHOICE,
  POINTS,
  POINTS_PER_CARD,
  confidences,
  decodeExpertsData,
  emptyExpertsData,
  expertsDataSchema,
  firstExtraLeft,
  firstUnfinished,
  formatPoints,
  modulePatch,
  nextCardAfter,
  outcomeOf,
  scoreModule,
  scoreVerdict,
  summarise,
  verdicts,
  withCheck,
  withVerdict,
  type CardKey,
  type ExpertsData,
} from '../../src/modules/experts/scoring';
import { moduleProgressSchema } from '../../src/core/progress';
import * as v from '../../src/core/shape';

const keys: CardKey[] = [
  { id: 'thornton', verdict: 'cannot-check', partialVerdicts: ['checkable-differs'] },
  { id: 'nuffield', verdict: 'checkable-differs', partialVerdicts: ['checkable-supports'] },
  { id: 'voices', verdict: 'cannot-check', partialVerdicts: [] },
];
const shapes = [
  { id: 'thornton', choiceIds: ['register', 'employer'] },
  { id: 'nuffield', choiceIds: ['original'] },
  { id: 'voices', choiceIds: ['search-words'] },
];

describe('scoring a verdict', () => {
  test.each([
    ['the expected verdict is right', 'cannot-check', 'right'],
    ['an arguable verdict is half right', 'checkable-differs', 'partly'],
    ['any other verdict is wrong', 'checkable-supports', 'wrong'],
  ] as const)('%s', (_label, given, outcome) => {
    expect(outcomeOf(keys[0]!, given)).toBe(outcome);
  });

  test.each([
    ['right and very sure earns the most', 'cannot-check', 'very-sure', 3],
    ['right but not sure earns 1', 'cannot-check', 'unsure', 1],
    ['wrong but not sure costs nothing', 'checkable-supports', 'unsure', 0],
    ['wrong and fairly sure costs 1', 'checkable-supports', 'fairly-sure', -1],
    ['wrong and very sure costs 2', 'checkable-supports', 'very-sure', -2],
    ['half right earns half the right points', 'checkable-differs', 'very-sure', 1.5],
  ] as const)('%s', (_label, verdict, confidence, points) => {
    expect(scoreVerdict(keys[0]!, verdict, confidence).points).toBe(points);
  });

  test('being surer always pays when right and always costs when wrong', () => {
    for (const outcome of ['right', 'wrong'] as const) {
      const row = confidences.map((c) => POINTS[outcome][c]);
      const sorted = [...row].sort((a, b) => (outcome === 'right' ? a - b : b - a));
      expect(row).toEqual(sorted);
    }
    for (const c of confidences) {
      expect(POINTS.right[c]).toBeGreaterThan(POINTS.partly[c]);
      expect(POINTS.partly[c]).toBeGreaterThan(POINTS.wrong[c]);
      expect(POINTS.partly[c]).toBeGreaterThanOrEqual(0);
    }
    expect(Math.max(...confidences.map((c) => POINTS.right[c]))).toBe(POINTS_PER_CARD);
  });
});

describe('scoring the module', () => {
  const all = (verdict: 'cannot-check' | 'checkable-supports', confidence: 'very-sure') =>
    keys.reduce<ExpertsData>(
      (d, k) => withVerdict(withCheck(d, k.id, OWN_CHOICE, 'x'), k.id, verdict, confidence),
      emptyExpertsData(),
    );

  test('nothing answered: nothing earned, not complete', () => {
    expect(scoreModule(keys, emptyExpertsData())).toMatchObject({
      earned: 0,
      possible: 9,
      answered: 0,
      complete: false,
    });
  });

  test('every verdict given: complete, points summed', () => {
    // thornton right (3), nuffield wrong (−2), voices right (3)
    expect(scoreModule(keys, all('cannot-check', 'very-sure'))).toMatchObject({
      earned: 4,
      possible: 9,
      answered: 3,
      complete: true,
    });
  });

  test('the module total never goes below zero', () => {
    expect(scoreModule(keys, all('checkable-supports', 'very-sure')).earned).toBe(0);
  });

  test('a verdict without a confidence does not count', () => {
    const data: ExpertsData = { version: 1, cards: { thornton: { verdict: 'cannot-check' } } };
    expect(scoreModule(keys, data).answered).toBe(0);
  });

  test('progress is in progress until the last verdict, then done with the score', () => {
    const one = withVerdict(emptyExpertsData(), 'thornton', 'cannot-check', 'unsure');
    expect(modulePatch(keys, one, 'T')).toEqual({ status: 'in-progress', data: one });
    const done = all('cannot-check', 'very-sure');
    expect(modulePatch(keys, done, 'T')).toEqual({
      status: 'done',
      data: done,
      score: { earned: 4, possible: 9 },
      completedAt: 'T',
    });
  });

  test('what is saved is valid module progress', () => {
    const patch = modulePatch(keys, all('checkable-supports', 'very-sure'), 'T');
    expect(v.safeParse(moduleProgressSchema, patch).success).toBe(true);
  });

  test('the student continues at the first card without a verdict', () => {
    const first = withVerdict(emptyExpertsData(), 'thornton', 'cannot-check', 'unsure');
    expect(firstUnfinished(keys, emptyExpertsData())).toBe(0);
    expect(firstUnfinished(keys, withCheck(first, 'nuffield', 'original'))).toBe(1);
    expect(firstUnfinished(keys, all('cannot-check', 'very-sure'))).toBe(-1);
  });
});

describe('recording answers', () => {
  test('own words are kept only with the "somewhere else" choice, and trimmed to length', () => {
    const own = withCheck(emptyExpertsData(), 'thornton', OWN_CHOICE, 'x'.repeat(900));
    expect(own.cards['thornton']?.own).toHaveLength(500);
    expect(withCheck(own, 'thornton', 'register').cards['thornton']).toEqual({
      check: 'register',
    });
  });

  test('recording a verdict keeps the check-first answer', () => {
    const data = withVerdict(
      withCheck(emptyExpertsData(), 'voices', 'search-words'),
      'voices',
      'cannot-check',
      'fairly-sure',
    );
    expect(data.cards['voices']).toEqual({
      check: 'search-words',
      verdict: 'cannot-check',
      confidence: 'fairly-sure',
    });
  });
});

describe('reading saved data', () => {
  test.each([
    ['nothing saved', undefined, false],
    ['null', null, false],
    ['a string', 'oops', true],
    ['a missing version', { cards: {} }, true],
    ['a future version', { version: 2, cards: {} }, true],
    ['an unknown verdict', { version: 1, cards: { thornton: { verdict: 'maybe' } } }, true],
    ['an over-long own answer', { version: 1, cards: { a: { own: 'x'.repeat(501) } } }, true],
  ])('%s starts fresh (%j, unreadable: %s)', (_label, raw, unreadable) => {
    const result = decodeExpertsData(raw, shapes);
    expect(result.data).toEqual(emptyExpertsData());
    expect(result.unreadable).toBe(unreadable);
  });

  test('valid answers come back as saved', () => {
    const saved = {
      version: 1,
      cards: {
        thornton: { check: 'register', verdict: 'cannot-check', confidence: 'very-sure' },
        voices: { check: OWN_CHOICE, own: 'Other outlets' },
      },
    };
    expect(decodeExpertsData(saved, shapes)).toEqual({ data: saved, unreadable: false });
  });

  test('answers about cards or choices that no longer exist are dropped quietly', () => {
    const saved = {
      version: 1,
      cards: {
        gone: { check: 'x' },
        thornton: { check: 'not-a-choice', verdict: 'cannot-check', confidence: 'unsure' },
        nuffield: { verdict: 'checkable-differs' },
        voices: { check: 'search-words', own: 'stray words' },
      },
    };
    expect(decodeExpertsData(saved, shapes)).toEqual({
      data: {
        version: 1,
        cards: {
          thornton: { verdict: 'cannot-check', confidence: 'unsure' },
          voices: { check: 'search-words' },
        },
      },
      unreadable: false,
    });
  });

  test('a card named like an Object property is not mistaken for saved answers', () => {
    const result = decodeExpertsData({ version: 1, cards: {} }, [
      { id: 'constructor', choiceIds: [] },
    ]);
    expect(result.data.cards).toEqual({});
  });

  test('never throws, and always returns valid data', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        const result = decodeExpertsData(raw, shapes);
        expect(v.safeParse(expertsDataSchema, result.data).success).toBe(true);
        expect(scoreModule(keys, result.data).earned).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  test('never throws on data of roughly the right shape either', () => {
    const answer = fc.record(
      {
        check: fc.oneof(fc.constantFrom('register', 'original', OWN_CHOICE), fc.string()),
        own: fc.string({ maxLength: 600 }),
        verdict: fc.oneof(fc.constantFrom(...verdicts), fc.string()),
        confidence: fc.oneof(fc.constantFrom(...confidences), fc.string()),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(
        fc.record({
          version: fc.constantFrom(1, 2),
          cards: fc.dictionary(fc.constantFrom('thornton', 'nuffield', 'x'), answer),
        }),
        (raw) => {
          const { data } = decodeExpertsData(raw, shapes);
          for (const [id, a] of Object.entries(data.cards)) {
            expect(shapes.map((s) => s.id)).toContain(id);
            expect(a.verdict === undefined).toBe(a.confidence === undefined);
          }
        },
      ),
    );
  });
});

describe('the summary', () => {
  test.each([
    ['nothing', [], { total: 0, checkable: 0, supports: 0, differs: 0, cannotCheck: 0 }],
    [
      'one of each',
      ['checkable-supports', 'checkable-differs', 'cannot-check'],
      { total: 3, checkable: 2, supports: 1, differs: 1, cannotCheck: 1 },
    ],
    [
      'all uncheckable',
      ['cannot-check', 'cannot-check'],
      { total: 2, checkable: 0, supports: 0, differs: 0, cannotCheck: 2 },
    ],
  ] as const)('%s', (_label, list, expected) => {
    expect(summarise(list.map((verdict) => ({ verdict })))).toEqual(expected);
  });

  test('checkable and uncheckable sources always add up to all of them', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...verdicts)), (list) => {
        const s = summarise(list.map((verdict) => ({ verdict })));
        expect(s.checkable + s.cannotCheck).toBe(s.total);
        expect(s.supports + s.differs).toBe(s.checkable);
      }),
    );
  });
});

describe('formatPoints', () => {
  test.each([
    [3, '3'],
    [0, '0'],
    [1.5, '1.5'],
    [-2, '−2'],
    [-0.5, '−0.5'],
  ])('%d reads as %s', (points, text) => {
    expect(formatPoints(points)).toBe(text);
  });
});

describe('where "next" goes from a card', () => {
  const three = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
  const done = { verdict: 'cannot-check', confidence: 'unsure' } as const;
  test('before every card is done: the next card without a verdict, wrapping round', () => {
    const data: ExpertsData = { version: 1, cards: { a: done, b: done } };
    expect(nextCardAfter(three, data, 0)).toEqual({ to: 2, unfinished: true });
    expect(nextCardAfter(three, data, 1)).toEqual({ to: 2, unfinished: false });
    const first: ExpertsData = { version: 1, cards: { b: done, c: done } };
    expect(nextCardAfter(three, first, 2)).toEqual({ to: 0, unfinished: true });
    expect(nextCardAfter(three, { version: 1, cards: {} }, 0)).toEqual({
      to: 1,
      unfinished: false,
    });
  });
  test('once every card is done: the following card, then the summary', () => {
    const data: ExpertsData = { version: 1, cards: { a: done, b: done, c: done } };
    expect(nextCardAfter(three, data, 0)).toEqual({ to: 1, unfinished: false });
    expect(nextCardAfter(three, data, 2)).toEqual({ to: 'summary', unfinished: false });
  });
});

describe('a core and extras (issue #14: the step fits a 45-minute lesson)', () => {
  const tiered: CardKey[] = [
    { id: 'a', verdict: 'cannot-check', partialVerdicts: [] },
    { id: 'b', verdict: 'cannot-check', partialVerdicts: [] },
    { id: 'x', verdict: 'cannot-check', partialVerdicts: [], tier: 'extra' },
    { id: 'y', verdict: 'cannot-check', partialVerdicts: [], tier: 'extra' },
  ];
  const right = { verdict: 'cannot-check', confidence: 'unsure' } as const;
  const wrong = { verdict: 'checkable-supports', confidence: 'very-sure' } as const;

  test('the step is done when the core is; the score counts the core and the extras tried', () => {
    const core: ExpertsData = { version: 1, cards: { a: right, b: right } };
    expect(scoreModule(tiered, core)).toMatchObject({
      complete: true,
      earned: 2,
      possible: 6,
      extrasLeft: 2,
    });
    expect(modulePatch(tiered, core, 'T')).toMatchObject({
      status: 'done',
      score: { earned: 2, possible: 6 },
    });
    // An extra tried counts, right or wrong: 1 + 1 + 1 − 2 = 1 of 12.
    const more: ExpertsData = { version: 1, cards: { a: right, b: right, x: right, y: wrong } };
    expect(scoreModule(tiered, more)).toMatchObject({ earned: 1, possible: 12, extrasLeft: 0 });
    // Extras alone never finish the step.
    const extrasOnly: ExpertsData = { version: 1, cards: { x: right, y: right } };
    expect(modulePatch(tiered, extrasOnly, 'T').status).toBe('in-progress');
    expect(firstUnfinished(tiered, extrasOnly)).toBe(0);
    expect(firstUnfinished(tiered, core)).toBe(-1);
    expect(firstExtraLeft(tiered, core)).toBe(2);
  });

  test('"next" goes round the core first; once it is done, the last core card leads to the summary, then the extras follow one another', () => {
    const one: ExpertsData = { version: 1, cards: { a: right } };
    expect(nextCardAfter(tiered, one, 0)).toEqual({ to: 1, unfinished: false });
    // From an extra before the core is done: back to the core card left.
    expect(nextCardAfter(tiered, one, 2)).toEqual({ to: 1, unfinished: true });
    const core: ExpertsData = { version: 1, cards: { a: right, b: right } };
    expect(nextCardAfter(tiered, core, 1)).toEqual({ to: 'summary', unfinished: false });
    expect(nextCardAfter(tiered, core, 2)).toEqual({ to: 3, unfinished: false });
    expect(nextCardAfter(tiered, core, 3)).toEqual({ to: 'summary', unfinished: false });
  });
});
