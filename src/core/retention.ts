/**
 * The retention check (issue 16): form C, a week or more after the lesson. "The lesson" is the
 * moment the student submitted the second look's posts (`transfer.after.completedAt`).
 *
 * Days are counted on the student's calendar, not in 24-hour blocks: a lesson on Wednesday
 * afternoon opens the check on the next Wednesday morning, the date the summary names. The time
 * zone comes in as a function (the device's, by default), so the rule is pure and testable.
 */

/** Days from the lesson after which the check opens. */
export const CHECK_AFTER_DAYS = 7;
/** Largest day count a completion code carries (8 bits); more reads "255 or more". */
export const MAX_CODE_DAYS = 255;

const DAY_MS = 86_400_000;

/** Minutes to add to UTC for local time at an instant (−getTimezoneOffset()). */
export type OffsetOf = (ms: number) => number;
export const deviceOffset: OffsetOf = (ms) => -new Date(ms).getTimezoneOffset();

/** The local calendar day of an instant, as a day number (days since 1970-01-01 locally). */
export function localDay(ms: number, offsetOf: OffsetOf = deviceOffset): number {
  return Math.floor((ms + offsetOf(ms) * 60_000) / DAY_MS);
}

/** Milliseconds of an ISO time, or null when it is not one. */
export function timeOf(iso: string | undefined | null): number | null {
  if (typeof iso !== 'string' || iso === '') return null;
  const ms = Date.parse(iso);
  return Number.isFinite(ms) ? ms : null;
}

/**
 * Whole calendar days from one instant to a later one, in local time. Negative when `to` is
 * earlier (a clock set back, or a date saved on a device whose clock ran ahead).
 */
export function daysBetween(
  fromMs: number,
  toMs: number,
  offsetOf: OffsetOf = deviceOffset,
): number {
  return localDay(toMs, offsetOf) - localDay(fromMs, offsetOf);
}

/** Where a student stands with the check. */
export type CheckState =
  /** No finished lesson on this device: nothing to compare with. */
  | { kind: 'no-lesson' }
  /** The lesson's saved date is later than today here: a clock set back, or another device's. */
  | { kind: 'ahead'; lessonMs: number }
  /** Fewer than seven days: it opens on `opensMs` (the start of that local day). */
  | { kind: 'wait'; days: number; opensMs: number }
  | { kind: 'open'; days: number };

/** The check's state for a lesson finished at `lessonIso`, at `nowMs`. */
export function checkState(
  lessonIso: string | undefined | null,
  nowMs: number,
  offsetOf: OffsetOf = deviceOffset,
): CheckState {
  const lessonMs = timeOf(lessonIso);
  if (lessonMs === null || !Number.isFinite(nowMs)) return { kind: 'no-lesson' };
  const days = daysBetween(lessonMs, nowMs, offsetOf);
  if (days < 0) return { kind: 'ahead', lessonMs };
  if (days >= CHECK_AFTER_DAYS) return { kind: 'open', days };
  return { kind: 'wait', days, opensMs: opensAt(lessonMs, offsetOf) };
}

/** The first instant of the local day the check opens (the lesson's day + 7). */
export function opensAt(lessonMs: number, offsetOf: OffsetOf = deviceOffset): number {
  const day = localDay(lessonMs, offsetOf) + CHECK_AFTER_DAYS;
  // The offset of that day itself (summer time may start or end within the week).
  const guess = day * DAY_MS;
  return guess - offsetOf(guess - offsetOf(guess) * 60_000) * 60_000;
}

/**
 * The days a completion code carries for a check taken at `checkIso` after a lesson at
 * `lessonIso`: 0 to {@link MAX_CODE_DAYS}, or null when either date is missing or unreadable.
 * A check dated before its lesson (clocks) counts as 0 days, never a negative number.
 */
export function codeDays(
  lessonIso: string | undefined | null,
  checkIso: string | undefined | null,
  offsetOf: OffsetOf = deviceOffset,
): number | null {
  const lesson = timeOf(lessonIso);
  const check = timeOf(checkIso);
  if (lesson === null || check === null) return null;
  return Math.min(MAX_CODE_DAYS, Math.max(0, daysBetween(lesson, check, offsetOf)));
}
