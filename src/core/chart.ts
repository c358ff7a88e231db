/**
 * Pure geometry for the module's bar charts: a linear scale from zero, "nice" ticks, wrapped
 * labels and row positions. No DOM: BarChart.astro turns a layout into SVG at build time.
 *
 * Horizontal positions are percentages of the chart's width and text is never scaled, so a
 * chart stays legible from a 320 px phone to a printed page: every label sits on its own line
 * above its bar, and bars start at zero on one common scale (a bar's length is its value).
 */

/** What a bar shows: the article's claim, a real figure from a source, or another real measure. */
export type BarKind = 'article' | 'real' | 'context';

export interface BarDatum {
  /** What was counted, e.g. "Registered paramedics, UK, January 2025". */
  label: string;
  value: number;
  /** The value as printed beside the bar, e.g. "40,040" or "1 h 32 min 54 s". */
  display: string;
  kind: BarKind;
}

export interface ReferenceLine {
  value: number;
  /** e.g. "Target: mean under 7 min". */
  label: string;
}

export interface ChartInput {
  bars: readonly BarDatum[];
  reference?: ReferenceLine | undefined;
  /** Axis title, e.g. "Minutes" or "Number of paramedics". */
  axisLabel: string;
  /** Formats a tick value, e.g. 20000 → "20,000". */
  formatTick?: (value: number) => string;
}

export interface TextSegment {
  text: string;
  bold: boolean;
}

export interface TickLayout {
  value: number;
  /** Distance from the left edge, 0–100 (percent of the chart width). */
  x: number;
  label: string;
  anchor: 'start' | 'middle' | 'end';
}

export interface RowLayout {
  kind: BarKind;
  /** Baselines of the label lines, in px from the top. */
  lines: { y: number; segments: TextSegment[] }[];
  barY: number;
  barHeight: number;
  /** Bar length, 0–100 (percent of the chart width). */
  width: number;
}

export interface ChartLayout {
  /** Total height in px. */
  height: number;
  /** The value at the right-hand edge (100%). */
  domainMax: number;
  ticks: TickLayout[];
  rows: RowLayout[];
  /** Where bars and gridlines start and end, in px from the top. */
  plotTop: number;
  plotBottom: number;
  reference?: { x: number; label: string; labelY: number; anchor: 'start' | 'end' };
  axis: { tickY: number; titleY: number; title: string };
}

/** Sizes in CSS px; the defaults suit body text of 14 px. */
export interface LayoutOptions {
  fontSize: number;
  lineHeight: number;
  barHeight: number;
  rowGap: number;
  /** The narrowest width the chart must fit (a 360 px phone inside the page's padding). */
  minWidth: number;
  /** Most ticks to draw, including zero. */
  maxTicks: number;
}

export const DEFAULT_LAYOUT: LayoutOptions = {
  fontSize: 14,
  lineHeight: 18,
  barHeight: 22,
  rowGap: 14,
  minWidth: 280,
  maxTicks: 6,
};

/**
 * A linear scale mapping `domain` onto `range`.
 *
 * @example linearScale([0, 50], [0, 100])(20) // 40
 */
export function linearScale(
  domain: readonly [number, number],
  range: readonly [number, number],
): (value: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0;
  if (span === 0) return () => r0;
  return (value) => r0 + ((value - d0) / span) * (r1 - r0);
}

/**
 * The smallest "nice" step (1, 2, 2.5 or 5 × a power of ten) at least `rough`.
 *
 * @example niceStep(13) // 20
 * @example niceStep(0.3) // 0.5
 */
export function niceStep(rough: number): number {
  if (!(rough > 0) || !Number.isFinite(rough)) return 1;
  const power = 10 ** Math.floor(Math.log10(rough));
  const mantissa = rough / power;
  const nice = [1, 2, 2.5, 5, 10].find((m) => m >= mantissa - 1e-9) ?? 10;
  return nice * power;
}

/**
 * Ticks from zero up to the first nice value at or above `max`, at most `maxTicks` of them.
 *
 * @example niceTicks(40040, 6) // [0, 10000, 20000, 30000, 40000, 50000]
 */
export function niceTicks(max: number, maxTicks = 6): number[] {
  const count = Math.max(2, Math.floor(maxTicks));
  if (!(max > 0) || !Number.isFinite(max)) return [0, 1];
  let step = niceStep(max / (count - 1));
  while (Math.ceil(max / step - 1e-9) + 1 > count) step = niceStep(step * 1.0001);
  const top = Math.max(1, Math.ceil(max / step - 1e-9));
  return Array.from({ length: top + 1 }, (_, i) => roundTo(i * step, step));
}

function roundTo(value: number, step: number): number {
  // Trims float noise (0.30000000000000004); values too small for toFixed stay as they are.
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 2);
  return decimals > 20 ? value : Number(value.toFixed(decimals));
}

/**
 * A rough width for `text` at `fontSize` px in a system sans-serif: digits and most lower-case
 * letters are ~0.55 em, capitals and wide letters more. Good enough to keep text from colliding.
 */
export function estimateTextWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const ch of text) {
    if (/[ilj.,:;'’|!1 ]/.test(ch)) ems += 0.3;
    else if (/[mwMW—]/.test(ch)) ems += 0.85;
    else if (/[A-Z]/.test(ch)) ems += 0.66;
    else ems += 0.56;
  }
  return ems * fontSize;
}

/**
 * Splits `text` into lines of at most `maxChars` characters, breaking at spaces (a word longer
 * than a line gets a line of its own).
 *
 * @example wrapLabel('Registered paramedics in the UK', 16) // ['Registered', 'paramedics in the', …]
 */
export function wrapLabel(text: string, maxChars: number): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line === '') line = word;
    else if (line.length + 1 + word.length <= maxChars) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line !== '') lines.push(line);
  return lines.length ? lines : [''];
}

/**
 * Lays out one row's text: the value in bold, then the label, wrapped to `maxChars` a line.
 * The value is never split across lines.
 */
export function rowText(display: string, label: string, maxChars: number): TextSegment[][] {
  const lead = `${display} `;
  const lines = wrapLabel(`${lead.replace(/ /g, '\u00a0')}${label}`, maxChars);
  return lines.map((line, i) => {
    const text = line.replace(/\u00a0/g, ' ');
    if (i > 0) return [{ text, bold: false }];
    const rest = text.slice(lead.length);
    return rest
      ? [
          { text: display, bold: true },
          { text: ` ${rest}`, bold: false },
        ]
      : [{ text: display, bold: true }];
  });
}

const defaultTick = (value: number) => value.toLocaleString('en-GB');

/** Positions everything in a bar chart. Pure: same input, same layout. */
export function layoutBarChart(
  input: ChartInput,
  options: Partial<LayoutOptions> = {},
): ChartLayout {
  const o = { ...DEFAULT_LAYOUT, ...options };
  const format = input.formatTick ?? defaultTick;
  const values = input.bars.map((b) => Math.max(0, b.value));
  if (input.reference) values.push(Math.max(0, input.reference.value));
  const max = Math.max(0, ...values);

  // As many ticks as fit side by side at the narrowest width.
  let maxTicks = o.maxTicks;
  let ticks = niceTicks(max, maxTicks);
  const fits = (t: number[]) => {
    const widest = Math.max(...t.map((v) => estimateTextWidth(format(v), o.fontSize)));
    return (widest + 12) * t.length <= o.minWidth;
  };
  while (maxTicks > 2 && !fits(ticks)) {
    maxTicks -= 1;
    ticks = niceTicks(max, maxTicks);
  }
  const domainMax = ticks[ticks.length - 1] ?? 1;
  const x = linearScale([0, domainMax], [0, 100]);

  const charWidth = estimateTextWidth('n', o.fontSize);
  const maxChars = Math.max(12, Math.floor(o.minWidth / charWidth));

  let y = input.reference ? o.lineHeight + 6 : 4;
  const referenceLabelY = o.fontSize;
  const plotTop = y;
  const rows: RowLayout[] = input.bars.map((bar) => {
    const text = rowText(bar.display, bar.label, maxChars);
    const lines = text.map((segments) => {
      y += o.lineHeight;
      return { y: y - (o.lineHeight - o.fontSize) / 2 - 2, segments };
    });
    const barY = y + 4;
    y = barY + o.barHeight + o.rowGap;
    return {
      kind: bar.kind,
      lines,
      barY,
      barHeight: o.barHeight,
      width: clamp(x(Math.max(0, bar.value)), 0, 100),
    };
  });
  const plotBottom = y - o.rowGap + 6;
  const tickY = plotBottom + o.fontSize + 4;
  const titleY = tickY + o.lineHeight + 2;

  const tickLayouts: TickLayout[] = ticks.map((value, i) => ({
    value,
    x: x(value),
    label: format(value),
    anchor: i === 0 ? 'start' : i === ticks.length - 1 ? 'end' : 'middle',
  }));

  const layout: ChartLayout = {
    height: Math.ceil(titleY + 6),
    domainMax,
    ticks: tickLayouts,
    rows,
    plotTop,
    plotBottom,
    axis: { tickY, titleY, title: input.axisLabel },
  };
  if (input.reference) {
    const rx = clamp(x(input.reference.value), 0, 100);
    layout.reference = {
      x: rx,
      label: input.reference.label,
      labelY: referenceLabelY,
      // Keep the label on the side with more room, so it never runs off the edge.
      anchor: rx > 50 ? 'end' : 'start',
    };
  }
  return layout;
}

function clamp(value: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, value));
}
