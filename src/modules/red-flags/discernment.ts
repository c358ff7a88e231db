/**
 * Red flags that teach discernment (issue #13): the key holds red-flag passages in a core and
 * extras, and passages that check out. A student marks a passage either with a red-flag type or
 * as "checks out". This scores what the headline result shows:
 *
 * - the core: the share of core red flags found (a careful student who finds most of them reads
 *   success), each at the credit of ./score.ts (best type, another defensible type, spotted);
 * - extras: found extras, a bonus shown apart;
 * - sound passages: confirmed ("checks out" on a sound passage) and false alarms (a red-flag
 *   mark on a sound passage), each false alarm explained;
 * - "checks out" on a red flag: a miss the results explain too.
 *
 * Points: core credit + half the extras' credit + one per sound passage confirmed − half a point
 * per false alarm, out of the core plus the sound passages; never below zero, never above the
 * possible. Marks outside the key cost nothing up to ./score.ts's FREE_UNKEYED, then shrink the
 * score by its precision rule, so marking everything still never pays.
 */
import type { Range } from '../../core/marking-doc';
import {
  CREDIT_POINTS,
  FREE_UNKEYED,
  PRECISION_TARGET,
  creditFor,
  marksPassage,
  type Credit,
} from './score';
import type { Mark } from './scoring';

import { CHECKS_OUT } from './checks-out';

export { CHECKS_OUT };

/** A key passage with its tier and kind. */
export interface TieredPassage extends Range {
  id: string;
  /** Red flags: the type ids, best first. Sound passages: none. */
  types: string[];
  kind: 'red-flag' | 'sound';
  /** Red flags only: core (the headline) or extra (a bonus). */
  tier: 'core' | 'extra';
}

/** Points one false alarm costs. */
export const FALSE_ALARM_COST = 0.5;
/** Extras count at this share of their credit. */
export const EXTRA_WEIGHT = 0.5;
/** The share of the core that reads as success in the headline. */
export const CORE_SUCCESS = 0.6;

export type PassageOutcome =
  | { kind: 'found'; credit: Credit; mark: number }
  | { kind: 'called-sound'; mark: number }
  | { kind: 'missed' }
  | { kind: 'confirmed'; mark: number }
  | { kind: 'false-alarm'; mark: number; type: string }
  | { kind: 'not-marked' };

export interface DiscernmentScore {
  outcomes: Record<string, PassageOutcome>;
  core: { total: number; found: number; credit: number };
  extras: { total: number; found: number; credit: number };
  sound: { total: number; confirmed: number; falseAlarms: number };
  /** Red flags marked "checks out". */
  calledSound: number;
  /** Marks that found no key passage. */
  unkeyed: number;
  /** As in ./score.ts: 1 unless too many marks fall outside the key. */
  factor: number;
  earned: number;
  possible: number;
  /** Whether the headline reads success: most of the core found, no more false alarms than confirmed. */
  success: boolean;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Scores marks against a tiered key with sound passages. Never throws. */
export function scoreDiscernment(
  marks: readonly Mark[],
  passages: readonly TieredPassage[],
  hintCost = 0,
): DiscernmentScore {
  const outcomes: Record<string, PassageOutcome> = {};
  const keyedMarks = new Set<number>();
  for (const passage of passages) {
    const hits = marks
      .map((mark, index) => ({ mark, index }))
      .filter(({ mark }) => marksPassage(mark, passage));
    hits.forEach(({ index }) => keyedMarks.add(index));
    if (passage.kind === 'sound') {
      // A red-flag mark is a false alarm even beside a "checks out" one: the student said both.
      const alarm = hits.find(({ mark }) => mark.type !== CHECKS_OUT);
      const confirmed = hits.find(({ mark }) => mark.type === CHECKS_OUT);
      outcomes[passage.id] = alarm
        ? { kind: 'false-alarm', mark: alarm.index, type: alarm.mark.type }
        : confirmed
          ? { kind: 'confirmed', mark: confirmed.index }
          : { kind: 'not-marked' };
      continue;
    }
    let best: { credit: Credit; mark: number } | null = null;
    let sound: number | null = null;
    for (const { mark, index } of hits) {
      if (mark.type === CHECKS_OUT) {
        sound ??= index;
        continue;
      }
      const credit = creditFor(passage, mark.type);
      if (!best || CREDIT_POINTS[credit] > CREDIT_POINTS[best.credit])
        best = { credit, mark: index };
    }
    const found = best as { credit: Credit; mark: number } | null;
    outcomes[passage.id] = found
      ? { kind: 'found', credit: found.credit, mark: found.mark }
      : sound !== null
        ? { kind: 'called-sound', mark: sound }
        : { kind: 'missed' };
  }

  const tally = (tier: 'core' | 'extra') => {
    const inTier = passages.filter((p) => p.kind === 'red-flag' && p.tier === tier);
    let found = 0;
    let credit = 0;
    for (const p of inTier) {
      const o = outcomes[p.id];
      if (o?.kind === 'found') {
        found += 1;
        credit += CREDIT_POINTS[o.credit];
      }
    }
    return { total: inTier.length, found, credit };
  };
  const core = tally('core');
  const extras = tally('extra');
  const soundPassages = passages.filter((p) => p.kind === 'sound');
  const confirmed = soundPassages.filter((p) => outcomes[p.id]?.kind === 'confirmed').length;
  const falseAlarms = soundPassages.filter((p) => outcomes[p.id]?.kind === 'false-alarm').length;
  const calledSound = passages.filter((p) => outcomes[p.id]?.kind === 'called-sound').length;

  const unkeyed = marks.length - keyedMarks.size;
  const keyed = keyedMarks.size;
  const counted = keyed + Math.max(0, unkeyed - FREE_UNKEYED);
  const precision = counted === 0 ? 1 : keyed / counted;
  const factor = Math.min(1, precision / PRECISION_TARGET);

  const possible = Math.max(1, core.total + soundPassages.length);
  const raw =
    core.credit + EXTRA_WEIGHT * extras.credit + confirmed - FALSE_ALARM_COST * falseAlarms;
  const earned = round2(Math.min(possible, Math.max(0, (raw - hintCost) * factor)));
  return {
    outcomes,
    core,
    extras,
    sound: { total: soundPassages.length, confirmed, falseAlarms },
    calledSound,
    unkeyed,
    factor,
    earned,
    possible,
    success: core.total > 0 && core.found >= CORE_SUCCESS * core.total && falseAlarms <= confirmed,
  };
}

/** How one mark reads in the results' article. */
export type MarkTone =
  | Credit
  | 'confirmed'
  | 'false-alarm'
  | 'called-sound'
  /** Found no key passage. */
  | 'unkeyed';

/**
 * How one mark reads on its own: "checks out" on a sound passage is confirmed, on a red flag
 * called sound; a red-flag mark on a sound passage is a false alarm, on a red flag its best
 * credit; a mark that finds no key passage is unkeyed. A false alarm outweighs any credit the
 * same mark earns (the student called a sound passage a red flag).
 */
export function markTone(mark: Mark, passages: readonly TieredPassage[]): MarkTone {
  const hits = passages.filter((p) => marksPassage(mark, p));
  if (hits.length === 0) return 'unkeyed';
  const sound = hits.some((p) => p.kind === 'sound');
  const flags = hits.filter((p) => p.kind === 'red-flag');
  if (mark.type === CHECKS_OUT) return sound ? 'confirmed' : 'called-sound';
  if (sound) return 'false-alarm';
  let best: Credit = 'spotted';
  for (const p of flags) {
    const credit = creditFor(p, mark.type);
    if (CREDIT_POINTS[credit] > CREDIT_POINTS[best]) best = credit;
  }
  return best;
}
