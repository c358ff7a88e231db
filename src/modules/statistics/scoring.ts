/**
 * "Compare the statistics": prediction scoring, slider stops, number parsing and the module's
 * saved `data`. Pure and small enough for the browser (validation with ./shape.ts, like
 * src/core/progress.ts).
 */
import * as v from '../../core/shape';

/** How a number question's values are written: plain counts, or minutes (shown as h/min). */
export type ValueFormat = 'count' | 'minutes';

export interface NumberQuestion {
  kind: 'number';
  min: number;
  max: number;
  /** Smallest meaningful difference; typed guesses are kept as typed, slider stops use it. */
  step: number;
  /** Slider and scoring on a log scale (for quantities whose plausible guesses span magnitudes). */
  log: boolean;
  format: ValueFormat;
  answer: number;
  /**
   * Tolerance bands. On a log scale they are ratios (1.25 = within 25% either way, as a factor);
   * on a linear scale, absolute differences in the question's unit.
   */
  bands: { full: number; half: number };
}

export interface ChoiceQuestion {
  kind: 'choice';
  options: readonly { id: string; label: string }[];
  answer: string;
  /** Options worth half a point: wrong, but in the right direction. */
  partial: readonly string[];
}

export type Question = NumberQuestion | ChoiceQuestion;

export type Band = 'close' | 'near' | 'far';

export interface PredictionScore {
  points: 0 | 0.5 | 1;
  band: Band;
  /** Number questions: which side of the answer the guess fell. */
  direction?: 'higher' | 'lower' | 'exact';
  /** Log scale: how many times too high or too low (≥ 1). Linear: the absolute difference. */
  off?: number;
}

function band(points: 0 | 0.5 | 1): Band {
  return points === 1 ? 'close' : points === 0.5 ? 'near' : 'far';
}

/**
 * Scores a number guess by closeness: as a ratio on a log scale, as a difference on a linear one.
 *
 * @example scoreNumber({ log: true, answer: 40040, bands: { full: 1.25, half: 2 } }, 30000)
 * // { points: 0.5, band: 'near', direction: 'lower', off: 1.33… }
 */
export function scoreNumber(
  q: Pick<NumberQuestion, 'log' | 'answer' | 'bands'>,
  guess: number,
): PredictionScore {
  if (!Number.isFinite(guess)) return { points: 0, band: 'far' };
  const direction = guess === q.answer ? 'exact' : guess > q.answer ? 'higher' : 'lower';
  let off: number;
  if (q.log) {
    if (guess <= 0 || q.answer <= 0) return { points: 0, band: 'far', direction };
    off = Math.max(guess, q.answer) / Math.min(guess, q.answer);
  } else {
    off = Math.abs(guess - q.answer);
  }
  // A hair of slack so a guess exactly on a band edge counts inside it.
  const eps = 1e-9;
  const points = off <= q.bands.full + eps ? 1 : off <= q.bands.half + eps ? 0.5 : 0;
  return { points, band: band(points), direction, off };
}

/** Scores a choice: the answer earns a point, a `partial` option half a point. */
export function scoreChoice(
  q: Pick<ChoiceQuestion, 'answer' | 'partial'>,
  choice: string,
): PredictionScore {
  const points = choice === q.answer ? 1 : q.partial.includes(choice) ? 0.5 : 0;
  return { points, band: band(points) };
}

/** Scores any guess against its question; a guess of the wrong type scores nothing. */
export function scorePrediction(q: Question, guess: number | string): PredictionScore {
  if (q.kind === 'number')
    return typeof guess === 'number' ? scoreNumber(q, guess) : { points: 0, band: 'far' };
  return typeof guess === 'string' ? scoreChoice(q, guess) : { points: 0, band: 'far' };
}

/** Mantissas for log-scale slider stops: 1, 1.2, 1.5, 2 … 9 in every decade. */
const MANTISSAS = [1, 1.2, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5, 6, 7, 8, 9];
const MAX_STOPS = 2000;

function snap(value: number, step: number): number {
  const snapped = Math.round(value / step) * step;
  const decimals = Math.min(20, Math.max(0, -Math.floor(Math.log10(step))));
  return Number(snapped.toFixed(decimals));
}

/**
 * The values a slider can take, in order: every `step` from min to max on a linear scale; on a
 * log scale, round numbers spread evenly by magnitude (so one arrow key press is one clear move).
 *
 * @example sliderStops({ min: 1000, max: 10000, step: 100, log: true }) // [1000, 1200, 1500, … 10000]
 */
export function sliderStops(q: Pick<NumberQuestion, 'min' | 'max' | 'step' | 'log'>): number[] {
  const { min, max, step } = q;
  if (!(max > min) || !(step > 0)) return [min];
  const stops = new Set<number>([min, max]);
  if (!q.log || min <= 0) {
    const count = Math.min(MAX_STOPS, Math.floor((max - min) / step + 1e-9));
    const stride = Math.max(1, Math.ceil((max - min) / step / MAX_STOPS));
    for (let i = 0; i <= count; i += stride) stops.add(snap(min + i * step, step));
  } else {
    for (let e = Math.floor(Math.log10(min)); e <= Math.ceil(Math.log10(max)); e += 1) {
      for (const m of MANTISSAS) {
        const v = snap(m * 10 ** e, step);
        if (v >= min && v <= max) stops.add(v);
      }
    }
  }
  return [...stops].filter((v) => v >= min && v <= max).sort((a, b) => a - b);
}

/** The index of the stop closest to `value` (by ratio on a log scale). */
export function nearestStop(stops: readonly number[], value: number, log: boolean): number {
  let best = 0;
  let bestDistance = Infinity;
  stops.forEach((stop, i) => {
    const d =
      log && stop > 0 && value > 0 ? Math.abs(Math.log(stop / value)) : Math.abs(stop - value);
    if (d < bestDistance) {
      best = i;
      bestDistance = d;
    }
  });
  return best;
}

/**
 * Reads a typed number the way people write them: "40,000", "40 000", "7.5". Commas and spaces
 * are thousands separators. Returns null for anything else.
 *
 * @example parseNumberInput('40,000') // 40000
 * @example parseNumberInput('about 40') // null
 */
export function parseNumberInput(text: string): number | null {
  const cleaned = text.trim().replace(/[\s,\u00a0\u202f_']/g, '');
  if (!/^\d+(\.\d+)?$|^\.\d+$/.test(cleaned)) return null;
  const value = Number(cleaned);
  return Number.isFinite(value) ? value : null;
}

/**
 * A value as a reader writes it: counts with thousands separators; minutes as "7 min",
 * "1 h 33 min" (rounded to the minute from an hour up, to the second below).
 *
 * @example formatValue(40040, 'count') // "40,040"
 * @example formatValue(92.9, 'minutes') // "1 h 33 min"
 */
export function formatValue(value: number, format: ValueFormat): string {
  if (!Number.isFinite(value)) return '–';
  if (format === 'count') return value.toLocaleString('en-GB', { maximumFractionDigits: 1 });
  const seconds = Math.round(value * 60);
  if (seconds >= 3600) {
    const total = Math.round(value);
    const h = Math.floor(total / 60);
    const m = total % 60;
    return m === 0 ? `${h} h` : `${h} h ${m} min`;
  }
  const m = Math.floor(seconds / 60);
  const s = seconds % 60;
  return s === 0 ? `${m} min` : `${m} min ${s} s`;
}

// ─── Saved data ──────────────────────────────────────────────────────────────────────────────

/** The version of this module's `data`. Bump it when the shape changes. */
export const STATISTICS_DATA_VERSION = 1;

/**
 * What the module saves under `modules.statistics.data`:
 * - `guesses`: figure id → the student's prediction (a number, or a choice option id);
 * - `revealed`: figure ids whose prediction is locked in and whose comparison is shown;
 * - `drift`: the closing "number drift" view has been opened.
 */
const idString = v.pipe(v.string(), v.maxLength(200));
export const statisticsDataSchema = v.object({
  version: v.literal(STATISTICS_DATA_VERSION),
  guesses: v.record(idString, v.union([v.number(), idString])),
  revealed: v.pipe(v.array(idString), v.maxLength(500)),
  drift: v.optional(v.boolean()),
});
export type StatisticsData = v.InferOutput<typeof statisticsDataSchema>;

export function emptyStatisticsData(): StatisticsData {
  return { version: STATISTICS_DATA_VERSION, guesses: {}, revealed: [] };
}

export type DataResult = { ok: true; data: StatisticsData } | { ok: false; data: StatisticsData };

/**
 * Reads saved `data` defensively. Never throws: nothing saved is a fresh start (`ok: true`);
 * anything unreadable is a fresh start the student should be told about (`ok: false`).
 */
export function decodeStatisticsData(raw: unknown): DataResult {
  if (raw === undefined || raw === null) return { ok: true, data: emptyStatisticsData() };
  const parsed = v.safeParse(statisticsDataSchema, raw);
  return parsed.success
    ? { ok: true, data: parsed.output }
    : { ok: false, data: emptyStatisticsData() };
}

/** 'core': every student does it (a 45-minute lesson); 'extra': a longer lesson, homework. */
export type Tier = 'core' | 'extra';

/** The part of a figure the module logic needs. */
export interface FigureRef {
  id: string;
  question: Question;
  /** 'extra': beyond the core every student does (absent: core). */
  tier?: Tier | undefined;
}

/** Whether a figure is in the core of the step (what a 45-minute lesson covers). */
export const isCore = (figure: { tier?: Tier | undefined }): boolean => figure.tier !== 'extra';

/**
 * The order a student meets the figures in: the core first, then the extras, each in article
 * order.
 */
export function lessonOrder<T extends { tier?: Tier | undefined }>(figures: readonly T[]): T[] {
  return [...figures.filter(isCore), ...figures.filter((f) => !isCore(f))];
}

/** Every core figure is compared (the drift, if any, is what is left before the step is done). */
export function coreDone(
  figures: readonly FigureRef[],
  data: Pick<StatisticsData, 'revealed'>,
): boolean {
  const core = figures.filter(isCore);
  return core.length > 0 && core.every((f) => data.revealed.includes(f.id));
}

/** The first extra figure not compared yet (its index in `figures`), or −1. */
export function firstExtraLeft(
  figures: readonly FigureRef[],
  data: Pick<StatisticsData, 'revealed'>,
): number {
  return figures.findIndex((f) => !isCore(f) && !data.revealed.includes(f.id));
}

/** Whether `guess` is a possible answer to `q` (a number in range, or one of the options). */
export function isValidGuess(q: Question, guess: unknown): guess is number | string {
  if (q.kind === 'number')
    return typeof guess === 'number' && Number.isFinite(guess) && guess >= q.min && guess <= q.max;
  return typeof guess === 'string' && q.options.some((o) => o.id === guess);
}

/**
 * Drops whatever does not fit today's figures (a figure removed or changed since it was saved),
 * and keeps `revealed` in lesson order: the core figures up to the first one not revealed, then
 * the extras likewise. (Progress saved when every figure was in one line, in article order,
 * keeps every comparison: its revealed figures were a first run of each tier too.) The drift
 * counts once the core is compared.
 */
export function reconcileData(data: StatisticsData, figures: readonly FigureRef[]): StatisticsData {
  const guesses: StatisticsData['guesses'] = {};
  for (const f of figures) {
    const g = data.guesses[f.id];
    if (isValidGuess(f.question, g)) guesses[f.id] = g;
  }
  const revealed: string[] = [];
  for (const tier of [figures.filter(isCore), figures.filter((f) => !isCore(f))]) {
    for (const f of tier) {
      if (!data.revealed.includes(f.id) || guesses[f.id] === undefined) break;
      revealed.push(f.id);
    }
  }
  const out: StatisticsData = { version: STATISTICS_DATA_VERSION, guesses, revealed };
  if (data.drift && coreDone(figures, out)) out.drift = true;
  return out;
}

/**
 * Points earned on the revealed predictions, out of one point per core figure and per extra
 * compared: one number everywhere (the step, the overview, the summary, the completion code).
 */
export function moduleScore(
  figures: readonly FigureRef[],
  data: StatisticsData,
): { earned: number; possible: number } {
  let earned = 0;
  let counted = 0;
  for (const f of figures) {
    const g = data.guesses[f.id];
    const revealed = data.revealed.includes(f.id) && g !== undefined;
    if (revealed) earned += scorePrediction(f.question, g).points;
    if (isCore(f) || revealed) counted += 1;
  }
  return { earned, possible: Math.max(1, counted) };
}

// ─── Number drift ────────────────────────────────────────────────────────────────────────────

/** The facets of a figure that a careful reader checks. */
export const DRIFT_FACETS = ['number', 'who', 'what', 'where', 'when', 'why'] as const;
export type DriftFacet = (typeof DRIFT_FACETS)[number];
export type DriftFacts = Partial<Record<DriftFacet, string | undefined>>;

/**
 * For each step of a number's path, which facets differ from the step before (the first step
 * is the source, so nothing has changed yet). Comparison ignores case and spacing.
 */
export function driftChanges(steps: readonly DriftFacts[]): DriftFacet[][] {
  const norm = (s: string | undefined) => (s ?? '').trim().replace(/\s+/g, ' ').toLowerCase();
  return steps.map((step, i) => {
    const prev = steps[i - 1];
    if (!prev) return [];
    return DRIFT_FACETS.filter(
      (f) => (step[f] !== undefined || prev[f] !== undefined) && norm(step[f]) !== norm(prev[f]),
    );
  });
}
