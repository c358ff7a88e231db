import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  DEFAULT_LAYOUT,
  estimateTextWidth,
  layoutBarChart,
  linearScale,
  niceStep,
  niceTicks,
  rowText,
  wrapLabel,
  type BarDatum,
} from '../../src/core/chart';

const bar = (value: number, label = 'A bar', kind: BarDatum['kind'] = 'real'): BarDatum => ({
  value,
  label,
  display: value.toLocaleString('en-GB'),
  kind,
});

describe('linearScale', () => {
  test.each([
    [[0, 50], [0, 100], 20, 40],
    [[0, 50], [0, 100], 0, 0],
    [[0, 50], [0, 100], 50, 100],
    [[10, 20], [0, 1], 15, 0.5],
    [[0, 0], [3, 9], 7, 3],
  ] as const)('maps %j onto %j: %d → %d', (domain, range, value, expected) => {
    expect(linearScale(domain, range)(value)).toBeCloseTo(expected);
  });
});

describe('niceStep', () => {
  test.each([
    [13, 20],
    [10, 10],
    [0.3, 0.5],
    [2.1, 2.5],
    [7000, 10000],
    [0, 1],
    [Number.NaN, 1],
  ])('%d → %d', (rough, expected) => {
    expect(niceStep(rough)).toBe(expected);
  });
});

describe('niceTicks', () => {
  test.each([
    [40040, 6, [0, 10000, 20000, 30000, 40000, 50000]],
    [50000, 6, [0, 10000, 20000, 30000, 40000, 50000]],
    [92.9, 6, [0, 20, 40, 60, 80, 100]],
    [21, 6, [0, 5, 10, 15, 20, 25]],
    [50000, 4, [0, 20000, 40000, 60000]],
    [0, 6, [0, 1]],
    [Number.POSITIVE_INFINITY, 6, [0, 1]],
  ])('up to %d with at most %d ticks', (max, count, expected) => {
    expect(niceTicks(max, count)).toEqual(expected);
  });

  test('always starts at zero, covers the maximum and keeps to the tick budget', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.001, max: 1e9, noNaN: true }),
        fc.integer({ min: 2, max: 10 }),
        (max, count) => {
          const ticks = niceTicks(max, count);
          expect(ticks[0]).toBe(0);
          expect(ticks.at(-1)).toBeGreaterThanOrEqual(max * (1 - 1e-9));
          expect(ticks.length).toBeLessThanOrEqual(count);
          ticks.slice(1).forEach((t, i) => expect(t).toBeGreaterThan(ticks[i]!));
        },
      ),
    );
  });
});

describe('wrapLabel', () => {
  test.each([
    ['Registered paramedics in the UK', 16, ['Registered', 'paramedics in', 'the UK']],
    ['short', 20, ['short']],
    ['  spaced   out  ', 20, ['spaced out']],
    ['supercalifragilistic word', 8, ['supercalifragilistic', 'word']],
    ['', 10, ['']],
  ])('%j at %d characters', (text, max, expected) => {
    expect(wrapLabel(text, max)).toEqual(expected);
  });
});

describe('rowText', () => {
  test('puts the value first, in bold, and never splits it', () => {
    const lines = rowText('1 h 32 min 54 s', 'Real national mean, December 2022', 20);
    expect(lines[0]).toEqual([
      { text: '1 h 32 min 54 s', bold: true },
      { text: ' Real', bold: false },
    ]);
    expect(
      lines
        .slice(1)
        .flat()
        .every((s) => !s.bold),
    ).toBe(true);
    expect(
      lines
        .flat()
        .map((s) => s.text)
        .join(' ')
        .replace(/\s+/g, ' '),
    ).toBe('1 h 32 min 54 s Real national mean, December 2022');
  });

  test('a value alone on its line stays whole', () => {
    expect(rowText('about 50,000', 'workforce', 12)[0]).toEqual([
      { text: 'about 50,000', bold: true },
    ]);
  });
});

describe('layoutBarChart', () => {
  const chart = layoutBarChart({
    axisLabel: 'Number of people',
    bars: [bar(40000, 'The headline', 'article'), bar(30223), bar(40040)],
    reference: { value: 18000, label: 'Reference' },
  });

  test('bar lengths share one scale from zero to the last tick', () => {
    expect(chart.domainMax).toBe(60000);
    expect(chart.rows.map((r) => r.width)).toEqual([
      (40000 / 60000) * 100,
      (30223 / 60000) * 100,
      (40040 / 60000) * 100,
    ]);
    expect(chart.rows.map((r) => r.kind)).toEqual(['article', 'real', 'real']);
  });

  test('ticks are labelled and anchored so none runs off either edge', () => {
    // Six ticks of "50,000" would not fit side by side on a phone: four do.
    expect(chart.ticks.map((t) => t.label)).toEqual(['0', '20,000', '40,000', '60,000']);
    expect(chart.ticks[0]?.anchor).toBe('start');
    expect(chart.ticks.at(-1)?.anchor).toBe('end');
    expect(chart.ticks.at(-1)?.x).toBe(100);
  });

  test('the reference line sits at its value, its label on the roomier side', () => {
    expect(chart.reference).toMatchObject({ x: 30, anchor: 'start', label: 'Reference' });
    const right = layoutBarChart({
      axisLabel: 'x',
      bars: [bar(10)],
      reference: { value: 9, label: 'r' },
    });
    expect(right.reference?.anchor).toBe('end');
  });

  test('rows stack top to bottom inside the chart, labels above their bars', () => {
    let bottom = 0;
    for (const row of chart.rows) {
      expect(row.lines[0]!.y).toBeGreaterThan(bottom);
      expect(row.barY).toBeGreaterThan(row.lines.at(-1)!.y);
      bottom = row.barY + row.barHeight;
    }
    expect(chart.plotBottom).toBeGreaterThanOrEqual(bottom);
    expect(chart.axis.tickY).toBeGreaterThan(chart.plotBottom);
    expect(chart.height).toBeGreaterThan(chart.axis.titleY);
  });

  test('tick labels fit side by side at the narrowest width', () => {
    const big = layoutBarChart({ axisLabel: 'x', bars: [bar(987_654_321)] });
    const widest = Math.max(
      ...big.ticks.map((t) => estimateTextWidth(t.label, DEFAULT_LAYOUT.fontSize)),
    );
    expect((widest + 12) * big.ticks.length).toBeLessThanOrEqual(DEFAULT_LAYOUT.minWidth);
  });

  test('any set of bars lays out inside the chart, in order, with text that fits', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            value: fc.double({ min: 0, max: 1e7, noNaN: true }),
            label: fc.string({ maxLength: 120 }),
          }),
          { minLength: 1, maxLength: 12 },
        ),
        (bars) => {
          const layout = layoutBarChart({
            axisLabel: 'x',
            bars: bars.map((b) => bar(b.value, b.label)),
          });
          const maxChars = Math.floor(
            DEFAULT_LAYOUT.minWidth / estimateTextWidth('n', DEFAULT_LAYOUT.fontSize),
          );
          let previous = -Infinity;
          layout.rows.forEach((row, i) => {
            expect(row.width).toBeGreaterThanOrEqual(0);
            expect(row.width).toBeLessThanOrEqual(100);
            expect(row.width).toBeCloseTo((Math.max(0, bars[i]!.value) / layout.domainMax) * 100);
            expect(row.barY).toBeGreaterThan(previous);
            previous = row.barY + row.barHeight;
            for (const line of row.lines.slice(1)) {
              const text = line.segments.map((s) => s.text).join('');
              if (text.includes(' ')) expect(text.length).toBeLessThanOrEqual(maxChars);
            }
          });
        },
      ),
    );
  });
});
