/**
 * "Check the named experts": verdict scoring, the closing summary and the module's saved `data`.
 * Pure and small enough for the browser (validation with ./shape.ts).
 */
import * as v from '../../core/shape';

/** The three verdicts a student can give a source, most to least checkable. */
export const verdicts = ['checkable-supports', 'checkable-differs', 'cannot-check'] as const;
export type Verdict = (typeof verdicts)[number];

/** How sure the student is of a verdict. */
export const confidences = ['unsure', 'fairly-sure', 'very-sure'] as const;
export type Confidence = (typeof confidences)[number];

/** How a verdict compares with the card's answer key. */
export type Outcome = 'right' | 'partly' | 'wrong';

/**
 * Points for a verdict by outcome and confidence: being sure pays when you are right and costs
 * when you are wrong, so a student gains by saying "not sure" when they are not (the idea of
 * certainty-based marking). A half-right verdict earns half, and never costs.
 */
export const POINTS: Readonly<Record<Outcome, Readonly<Record<Confidence, number>>>> = {
  right: { unsure: 1, 'fairly-sure': 2, 'very-sure': 3 },
  partly: { unsure: 0.5, 'fairly-sure': 1, 'very-sure': 1.5 },
  wrong: { unsure: 0, 'fairly-sure': -1, 'very-sure': -2 },
};

/** The most one card can earn. */
export const POINTS_PER_CARD = 3;

/** What scoring needs to know about a card. */
export interface CardKey {
  id: string;
  /** The verdict the checks support. */
  verdict: Verdict;
  /** Other defensible verdicts, worth half. */
  partialVerdicts: readonly Verdict[];
  /** 'extra': beyond the core every student does (absent: core). */
  tier?: 'core' | 'extra' | undefined;
}

/** Whether a card is in the core of the step (what a 45-minute lesson covers). */
export const isCore = (card: { tier?: 'core' | 'extra' | undefined }): boolean =>
  card.tier !== 'extra';

/**
 * Whether `given` is the card's verdict, a half-right one, or wrong.
 *
 * @example outcomeOf({ id: 'a', verdict: 'cannot-check', partialVerdicts: [] }, 'cannot-check') // 'right'
 */
export function outcomeOf(key: CardKey, given: Verdict): Outcome {
  if (given === key.verdict) return 'right';
  return key.partialVerdicts.includes(given) ? 'partly' : 'wrong';
}

export interface VerdictScore {
  outcome: Outcome;
  /** From −2 to 3. */
  points: number;
}

/** Scores one verdict given with a confidence. */
export function scoreVerdict(key: CardKey, verdict: Verdict, confidence: Confidence): VerdictScore {
  const outcome = outcomeOf(key, verdict);
  return { outcome, points: POINTS[outcome][confidence] };
}

/**
 * Points as a student reads them: a real minus sign, halves as ".5".
 *
 * @example formatPoints(-2) // "−2"
 * @example formatPoints(1.5) // "1.5"
 */
export function formatPoints(points: number): string {
  const abs = Math.abs(points);
  const text = Number.isInteger(abs) ? String(abs) : abs.toFixed(1);
  return points < 0 ? `−${text}` : text;
}

// ---------------------------------------------------------------------------------------------
// Saved data

/** The check-first choice id saved when the student wrote their own answer. */
export const OWN_CHOICE = 'own';
/** Longest free-text answer kept. */
export const OWN_MAX = 500;

/** One card's saved answers. A verdict is only ever saved together with its confidence. */
export const cardAnswerSchema = v.object({
  /** The check-first choice the student checked (a choice id, or {@link OWN_CHOICE}). */
  check: v.optional(v.pipe(v.string(), v.minLength(1), v.maxLength(80))),
  /** Their own words, when they chose "somewhere else". */
  own: v.optional(v.pipe(v.string(), v.maxLength(OWN_MAX))),
  verdict: v.optional(v.picklist(verdicts)),
  confidence: v.optional(v.picklist(confidences)),
});
export type CardAnswer = v.InferOutput<typeof cardAnswerSchema>;

/** The module's `data` in saved progress. */
export const expertsDataSchema = v.object({
  version: v.literal(1),
  /** Card id → answers. */
  cards: v.record(v.string(), cardAnswerSchema),
});
export type ExpertsData = v.InferOutput<typeof expertsDataSchema>;

export function emptyExpertsData(): ExpertsData {
  return { version: 1, cards: {} };
}

/** What decoding needs to know about each card. */
export interface CardShape {
  id: string;
  choiceIds: readonly string[];
}

export interface DecodedExpertsData {
  data: ExpertsData;
  /** True when something was saved but could not be read (tell the student, once). */
  unreadable: boolean;
}

/**
 * Reads saved `data` defensively. Never throws. Anything of the wrong shape is a fresh start
 * (`unreadable: true`); answers about cards or choices that no longer exist are dropped quietly,
 * as is a verdict saved without its confidence.
 *
 * @example decodeExpertsData(undefined, cards) // { data: { version: 1, cards: {} }, unreadable: false }
 */
export function decodeExpertsData(raw: unknown, cards: readonly CardShape[]): DecodedExpertsData {
  if (raw === undefined || raw === null) return { data: emptyExpertsData(), unreadable: false };
  const result = v.safeParse(expertsDataSchema, raw);
  if (!result.success) return { data: emptyExpertsData(), unreadable: true };
  const parsed = { data: result.output };
  const kept: ExpertsData['cards'] = {};
  for (const card of cards) {
    const saved = Object.hasOwn(parsed.data.cards, card.id)
      ? parsed.data.cards[card.id]
      : undefined;
    if (!saved) continue;
    const answer: CardAnswer = {};
    if (saved.check === OWN_CHOICE || (saved.check && card.choiceIds.includes(saved.check))) {
      answer.check = saved.check;
      if (saved.check === OWN_CHOICE) answer.own = saved.own ?? '';
    }
    if (saved.verdict && saved.confidence) {
      answer.verdict = saved.verdict;
      answer.confidence = saved.confidence;
    }
    if (Object.keys(answer).length > 0) kept[card.id] = answer;
  }
  return { data: { version: 1, cards: kept }, unreadable: false };
}

/** `data` with a card's check-first answer recorded. */
export function withCheck(
  data: ExpertsData,
  cardId: string,
  check: string,
  own?: string,
): ExpertsData {
  const answer: CardAnswer = { ...data.cards[cardId], check };
  if (check === OWN_CHOICE) answer.own = (own ?? '').slice(0, OWN_MAX);
  else delete answer.own;
  return { ...data, cards: { ...data.cards, [cardId]: answer } };
}

/** `data` with a card's verdict and confidence recorded. */
export function withVerdict(
  data: ExpertsData,
  cardId: string,
  verdict: Verdict,
  confidence: Confidence,
): ExpertsData {
  return {
    ...data,
    cards: { ...data.cards, [cardId]: { ...data.cards[cardId], verdict, confidence } },
  };
}

// ---------------------------------------------------------------------------------------------
// Progress and score

/** How far a student is with one card. */
export type CardState = 'not-started' | 'checked' | 'done';

export function cardState(answer: CardAnswer | undefined): CardState {
  if (answer?.verdict && answer.confidence) return 'done';
  return answer?.check ? 'checked' : 'not-started';
}

export interface ModuleScore {
  /** Points earned over all answered cards, never below 0. */
  earned: number;
  /** {@link POINTS_PER_CARD} for every core card and every extra card answered. */
  possible: number;
  /** Cards with a verdict. */
  answered: number;
  total: number;
  /** Every core card has a verdict: the step is done (extras can still follow). */
  complete: boolean;
  /** Extra cards still without a verdict. */
  extrasLeft: number;
  /** Card id → its score, for answered cards. */
  cards: Record<string, VerdictScore>;
}

/**
 * The module's score: the points of every verdict given so far, floored at 0 for the whole
 * module (a very sure wrong verdict costs, but a student never ends below nothing).
 */
export function scoreModule(keys: readonly CardKey[], data: ExpertsData): ModuleScore {
  const cards: Record<string, VerdictScore> = {};
  let sum = 0;
  for (const key of keys) {
    const answer = data.cards[key.id];
    if (!answer?.verdict || !answer.confidence) continue;
    const score = scoreVerdict(key, answer.verdict, answer.confidence);
    cards[key.id] = score;
    sum += score.points;
  }
  const answered = Object.keys(cards).length;
  // One number everywhere (cards, summary, overview, code): the core, plus the extras tried.
  const counted = keys.filter((k) => isCore(k) || cards[k.id]).length;
  const core = keys.filter(isCore);
  return {
    earned: Math.max(0, sum),
    possible: POINTS_PER_CARD * counted,
    answered,
    total: keys.length,
    complete: core.length > 0 && core.every((k) => cards[k.id]),
    extrasLeft: keys.filter((k) => !isCore(k) && !cards[k.id]).length,
    cards,
  };
}

/** What to save in progress after a change: the data, and status and score once complete. */
export function modulePatch(
  keys: readonly CardKey[],
  data: ExpertsData,
  now: string,
): {
  status: 'in-progress' | 'done';
  data: ExpertsData;
  score?: { earned: number; possible: number };
  completedAt?: string;
} {
  const score = scoreModule(keys, data);
  if (!score.complete) return { status: 'in-progress', data };
  return {
    status: 'done',
    data,
    score: { earned: score.earned, possible: score.possible },
    completedAt: now,
  };
}

type Tiered = { id: string; tier?: 'core' | 'extra' | undefined };

/** The first core card without a verdict, or −1 when the core is done. */
export function firstUnfinished(keys: readonly Tiered[], data: ExpertsData): number {
  return keys.findIndex((k) => isCore(k) && cardState(data.cards[k.id]) !== 'done');
}

/** The first extra card without a verdict, or −1. */
export function firstExtraLeft(keys: readonly Tiered[], data: ExpertsData): number {
  return keys.findIndex((k) => !isCore(k) && cardState(data.cards[k.id]) !== 'done');
}

/**
 * Where "next" goes from card `index`. Before the core is done: the next core card without a
 * verdict, wrapping round (`unfinished: true` when that is not simply the following card).
 * Once it is done: the following card, except that the last core card and the last card lead to
 * the summary (the extras start from there). Null when no core card is left.
 *
 * @example nextCardAfter(keys, data, 0) // { to: 1, unfinished: false }
 */
export function nextCardAfter(
  keys: readonly Tiered[],
  data: ExpertsData,
  index: number,
): { to: number | 'summary'; unfinished: boolean } | null {
  const core = keys.filter(isCore);
  const coreDone = core.length > 0 && core.every((k) => cardState(data.cards[k.id]) === 'done');
  if (coreDone) {
    const here = keys[index];
    const following = keys[index + 1];
    const toSummary = !following || (here !== undefined && isCore(here) && !isCore(following));
    return { to: toSummary ? 'summary' : index + 1, unfinished: false };
  }
  const order = [...keys.keys()].map((k) => (index + 1 + k) % keys.length);
  const to = order.find((i) => {
    const k = keys[i];
    return k !== undefined && isCore(k) && data.cards[k.id]?.verdict === undefined;
  });
  return to === undefined ? null : { to, unfinished: to !== index + 1 };
}

// ---------------------------------------------------------------------------------------------
// Summary

export interface SourceSummary {
  /** Sources the article leans on (cards). */
  total: number;
  /** Sources anyone can check (the checkable verdicts). */
  checkable: number;
  /** Checkable and saying what the article claims. */
  supports: number;
  /** Checkable but saying something different (or nothing that backs it up). */
  differs: number;
  /** Cannot be checked from what the article gives. */
  cannotCheck: number;
}

/**
 * How many of the article's load-bearing claims rest on a source anyone can check, from the
 * answer key (not the student's verdicts).
 *
 * @example summarise([{ verdict: 'cannot-check' }, { verdict: 'checkable-differs' }])
 * // { total: 2, checkable: 1, supports: 0, differs: 1, cannotCheck: 1 }
 */
export function summarise(keys: readonly { verdict: Verdict }[]): SourceSummary {
  const count = (v: Verdict) => keys.filter((k) => k.verdict === v).length;
  const supports = count('checkable-supports');
  const differs = count('checkable-differs');
  return {
    total: keys.length,
    checkable: supports + differs,
    supports,
    differs,
    cannotCheck: count('cannot-check'),
  };
}
