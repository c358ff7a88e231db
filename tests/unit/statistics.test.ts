import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import * as v from '../../src/core/shape';
import {
  coreDone,
  decodeStatisticsData,
  driftChanges,
  emptyStatisticsData,
  firstExtraLeft,
  formatValue,
  isValidGuess,
  lessonOrder,
  moduleScore,
  nearestStop,
  parseNumberInput,
  reconcileData,
  scoreChoice,
  scoreNumber,
  scorePrediction,
  sliderStops,
  statisticsDataSchema,
  type ChoiceQuestion,
  type FigureRef,
  type NumberQuestion,
} from '../../src/modules/statistics/scoring';

const paramedics: NumberQuestion = {
  kind: 'number',
  min: 1000,
  max: 1_000_000,
  step: 100,
  log: true,
  format: 'count',
  answer: 40040,
  bands: { full: 1.25, half: 2 },
};
const target: NumberQuestion = {
  kind: 'number',
  min: 1,
  max: 60,
  step: 1,
  log: false,
  format: 'minutes',
  answer: 7,
  bands: { full: 1, half: 3 },
};
const sourced: ChoiceQuestion = {
  kind: 'choice',
  options: [
    { id: 'named', label: 'Named' },
    { id: 'unseen', label: 'Unseen' },
    { id: 'none', label: 'None' },
  ],
  answer: 'unseen',
  partial: ['none'],
};

describe('scoreNumber on a log scale (closeness as a ratio)', () => {
  test.each([
    ['the exact answer', 40040, 1, 'exact'],
    ['20% low', 33400, 1, 'lower'],
    ['25% high, on the edge of the first band', 50050, 1, 'higher'],
    ['half the answer', 20020, 0.5, 'lower'],
    ['just over twice the answer', 81000, 0, 'higher'],
    ['ten times too high', 400_000, 0, 'higher'],
    ['a thousand, forty times too low', 1000, 0, 'lower'],
  ])('%s scores %d', (_what, guess, points, direction) => {
    const score = scoreNumber(paramedics, guess);
    expect(score.points).toBe(points);
    expect(score.direction).toBe(direction);
  });

  test('reports how many times off the guess was', () => {
    expect(scoreNumber(paramedics, 20020).off).toBeCloseTo(2);
    expect(scoreNumber(paramedics, 80080).off).toBeCloseTo(2);
  });

  test.each([0, -5, Number.NaN, Number.POSITIVE_INFINITY])(
    'an impossible guess (%d) scores 0',
    (g) => {
      expect(scoreNumber(paramedics, g)).toMatchObject({ points: 0, band: 'far' });
    },
  );
});

describe('scoreNumber on a linear scale (closeness as a difference)', () => {
  test.each([
    [7, 1, 'close'],
    [8, 1, 'close'],
    [6, 1, 'close'],
    [10, 0.5, 'near'],
    [4, 0.5, 'near'],
    [11, 0, 'far'],
    [60, 0, 'far'],
  ])('%d minutes against 7 scores %d (%s)', (guess, points, band) => {
    expect(scoreNumber(target, guess)).toMatchObject({ points, band, off: Math.abs(guess - 7) });
  });
});

describe('scoreChoice', () => {
  test.each([
    ['unseen', 1, 'close'],
    ['none', 0.5, 'near'],
    ['named', 0, 'far'],
    ['not-an-option', 0, 'far'],
  ])('%s scores %d', (choice, points, band) => {
    expect(scoreChoice(sourced, choice)).toEqual({ points, band });
  });
});

describe('scorePrediction', () => {
  test('a guess of the wrong type scores nothing', () => {
    expect(scorePrediction(paramedics, 'unseen').points).toBe(0);
    expect(scorePrediction(sourced, 3).points).toBe(0);
  });
  test('never throws and always scores 0, 0.5 or 1', () => {
    fc.assert(
      fc.property(fc.oneof(fc.double(), fc.string()), fc.boolean(), (guess, log) => {
        const q = log ? paramedics : target;
        expect([0, 0.5, 1]).toContain(scorePrediction(q, guess).points);
        expect([0, 0.5, 1]).toContain(scorePrediction(sourced, guess).points);
      }),
    );
  });
});

describe('sliderStops', () => {
  test('a linear slider steps through every value', () => {
    const stops = sliderStops(target);
    expect(stops).toHaveLength(60);
    expect(stops.slice(0, 3)).toEqual([1, 2, 3]);
    expect(stops.at(-1)).toBe(60);
  });

  test('a log slider uses round numbers spread by magnitude', () => {
    const stops = sliderStops(paramedics);
    expect(stops.slice(0, 5)).toEqual([1000, 1200, 1500, 2000, 2500]);
    expect(stops).toContain(40000);
    expect(stops).toContain(450_000);
    expect(stops.at(-1)).toBe(1_000_000);
    expect(stops.length).toBeLessThan(60);
  });

  test('a log slider for minutes includes its ends', () => {
    const stops = sliderStops({ min: 5, max: 600, step: 1, log: true });
    expect(stops[0]).toBe(5);
    expect(stops.at(-1)).toBe(600);
    expect(stops).toContain(90);
  });

  test('stops are sorted, unique and inside the range', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.5, max: 1e6, noNaN: true }),
        fc.double({ min: 1.5, max: 1000, noNaN: true }),
        fc.constantFrom(0.1, 1, 10, 100),
        fc.boolean(),
        (min, ratio, step, log) => {
          const max = min * ratio;
          const stops = sliderStops({ min, max, step, log });
          expect(stops[0]).toBe(min);
          expect(stops.at(-1)).toBe(max);
          stops.slice(1).forEach((s, i) => expect(s).toBeGreaterThan(stops[i]!));
          expect(stops.length).toBeLessThanOrEqual(2002);
        },
      ),
    );
  });
});

describe('nearestStop', () => {
  const stops = [1000, 2000, 5000, 10000];
  test.each([
    [1000, false, 0],
    [3400, false, 1],
    [3400, true, 2],
    [9000, true, 3],
    [1, true, 0],
  ])('%d (log: %s) → index %d', (value, log, expected) => {
    expect(nearestStop(stops, value, log)).toBe(expected);
  });
});

describe('parseNumberInput', () => {
  test.each([
    ['40,000', 40000],
    ['40 000', 40000],
    [' 7 ', 7],
    ['7.5', 7.5],
    ['.5', 0.5],
    ['1,000,000', 1_000_000],
    ['', null],
    ['abc', null],
    ['about 40', null],
    ['-5', null],
    ['1e5', null],
    ['7.', null],
  ])('%j → %j', (text, expected) => {
    expect(parseNumberInput(text)).toBe(expected);
  });
});

describe('formatValue', () => {
  test.each([
    [40040, 'count', '40,040'],
    [1000000, 'count', '1,000,000'],
    [7, 'minutes', '7 min'],
    [7.3, 'minutes', '7 min 18 s'],
    [59.999, 'minutes', '1 h'],
    [92.9, 'minutes', '1 h 33 min'],
    [120, 'minutes', '2 h'],
    [Number.NaN, 'count', '–'],
  ] as const)('%d as %s → %s', (value, format, expected) => {
    expect(formatValue(value, format)).toBe(expected);
  });
});

const figures: FigureRef[] = [
  { id: 'one', question: paramedics },
  { id: 'two', question: sourced },
  { id: 'three', question: target },
];

describe('decodeStatisticsData', () => {
  test('nothing saved is a fresh start, not an error', () => {
    expect(decodeStatisticsData(undefined)).toEqual({ ok: true, data: emptyStatisticsData() });
  });
  test('valid data comes back as saved', () => {
    const data = {
      version: 1,
      guesses: { one: 40000, two: 'none' },
      revealed: ['one'],
      drift: false,
    };
    expect(decodeStatisticsData(data)).toEqual({ ok: true, data });
  });
  test.each([
    ['a string', 'hello'],
    ['a future version', { version: 2, guesses: {}, revealed: [] }],
    [
      'guesses that are not numbers or strings',
      { version: 1, guesses: { one: [1] }, revealed: [] },
    ],
    ['revealed that is not a list', { version: 1, guesses: {}, revealed: 'one' }],
  ])('%s is reported and replaced by a fresh start', (_what, raw) => {
    expect(decodeStatisticsData(raw)).toEqual({ ok: false, data: emptyStatisticsData() });
  });
  test('never throws, and what it returns is always valid', () => {
    fc.assert(
      fc.property(fc.anything(), (raw) => {
        const result = decodeStatisticsData(raw);
        expect(v.safeParse(statisticsDataSchema, result.data).success).toBe(true);
      }),
    );
  });
});

describe('reconcileData', () => {
  test('drops guesses for unknown figures and guesses that do not fit their question', () => {
    const data = reconcileData(
      { version: 1, guesses: { one: 5, two: 'made-up', three: 8, gone: 3 }, revealed: [] },
      figures,
    );
    expect(data.guesses).toEqual({ three: 8 });
  });
  test('keeps revealed figures in lesson order, up to the first gap', () => {
    const data = reconcileData(
      { version: 1, guesses: { one: 40000, two: 'none', three: 7 }, revealed: ['three', 'one'] },
      figures,
    );
    expect(data.revealed).toEqual(['one']);
  });
  test('a figure cannot stay revealed without a guess', () => {
    const data = reconcileData({ version: 1, guesses: {}, revealed: ['one'] }, figures);
    expect(data.revealed).toEqual([]);
  });
  test('the drift view counts only once every figure is revealed', () => {
    const all = {
      version: 1 as const,
      guesses: { one: 40000, two: 'none', three: 7 },
      revealed: ['one', 'two', 'three'],
    };
    expect(reconcileData({ ...all, drift: true }, figures).drift).toBe(true);
    expect(
      reconcileData({ ...all, revealed: ['one'], drift: true }, figures).drift,
    ).toBeUndefined();
  });
  test.each([
    [paramedics, 999, false],
    [paramedics, 1000, true],
    [paramedics, '1000', false],
    [sourced, 'unseen', true],
    [sourced, 'elsewhere', false],
  ] as const)('isValidGuess(%#)', (q, guess, expected) => {
    expect(isValidGuess(q, guess)).toBe(expected);
  });
});

describe('moduleScore', () => {
  test('adds the points of revealed predictions, one possible point per figure', () => {
    const data = {
      version: 1 as const,
      guesses: { one: 20020, two: 'unseen', three: 30 },
      revealed: ['one', 'two'],
    };
    expect(moduleScore(figures, data)).toEqual({ earned: 1.5, possible: 3 });
  });
  test('nothing revealed scores nothing', () => {
    expect(moduleScore(figures, emptyStatisticsData())).toEqual({ earned: 0, possible: 3 });
  });
});

describe('a core and extras (issue #14: the step fits a 45-minute lesson)', () => {
  // In article order, as the files are; the lesson meets the core first.
  const tiered: FigureRef[] = [
    { id: 'a', question: paramedics },
    { id: 'x', question: sourced, tier: 'extra' },
    { id: 'b', question: target },
    { id: 'y', question: sourced, tier: 'extra' },
  ];
  const lesson = lessonOrder(tiered);
  const guesses = { a: 40000, b: 7, x: 'unseen', y: 'named' };

  test('the core comes first, then the extras, each in article order', () => {
    expect(lesson.map((f) => f.id)).toEqual(['a', 'b', 'x', 'y']);
  });

  test('the core is done without the extras; the score counts the core and the extras compared', () => {
    const core = { version: 1 as const, guesses, revealed: ['a', 'b'] };
    expect(coreDone(lesson, core)).toBe(true);
    expect(moduleScore(lesson, core)).toEqual({ earned: 2, possible: 2 });
    expect(firstExtraLeft(lesson, core)).toBe(2);
    // An extra compared counts, right or wrong: 2 + 1 + 0 of 4.
    const all = { ...core, revealed: ['a', 'b', 'x', 'y'] };
    expect(moduleScore(lesson, all)).toEqual({ earned: 3, possible: 4 });
    expect(firstExtraLeft(lesson, all)).toBe(-1);
    // Extras alone never finish the core.
    expect(coreDone(lesson, { revealed: ['x', 'y'] })).toBe(false);
    expect(coreDone(lesson, { revealed: ['a'] })).toBe(false);
  });

  test('the drift counts once the core is compared, whatever the extras', () => {
    const core = { version: 1 as const, guesses, revealed: ['a', 'b'], drift: true };
    expect(reconcileData(core, lesson).drift).toBe(true);
    expect(reconcileData({ ...core, revealed: ['a', 'x'] }, lesson)).toMatchObject({
      revealed: ['a', 'x'],
    });
    expect(reconcileData({ ...core, revealed: ['a', 'x'] }, lesson).drift).toBeUndefined();
  });

  test('progress saved in article order, before the core existed, keeps every comparison', () => {
    // Figures a, x, b compared in one line: the core (a, b) and a first extra (x).
    const old = { version: 1 as const, guesses, revealed: ['a', 'x', 'b'] };
    expect(reconcileData(old, lesson).revealed).toEqual(['a', 'b', 'x']);
    // A finished step (everything compared, the drift open) keeps its score out of four.
    const done = { ...old, revealed: ['a', 'x', 'b', 'y'], drift: true };
    expect(reconcileData(done, lesson)).toMatchObject({
      revealed: ['a', 'b', 'x', 'y'],
      drift: true,
    });
    expect(moduleScore(lesson, reconcileData(done, lesson))).toEqual({ earned: 3, possible: 4 });
    // Each tier still stops at its first figure not compared.
    expect(reconcileData({ ...old, revealed: ['b', 'y'] }, lesson).revealed).toEqual([]);
  });
});

describe('driftChanges', () => {
  test('marks what changed from the step before, ignoring case and spacing', () => {
    expect(
      driftChanges([
        { number: '40,365', who: 'Nurses', where: 'NHS England' },
        { number: '40,000', who: 'nurses ', where: 'NHS England' },
        { number: '40,000', who: 'Paramedics', where: 'Britain', why: 'Safety' },
      ]),
    ).toEqual([[], ['number'], ['who', 'where', 'why']]);
  });
});
