import { describe, expect, it } from 'vitest';
import {
  CHECK_AFTER_DAYS,
  checkState,
  codeDays,
  daysBetween,
  opensAt,
  type OffsetOf,
} from '../../src/core/retention';

const utc: OffsetOf = () => 0;
const newYork: OffsetOf = () => -300; // UTC−5 (winter)
const auckland: OffsetOf = () => 780; // UTC+13 (summer)
/** UK-like: UTC+1 from 2026-03-29 01:00 UTC, UTC before. */
const london: OffsetOf = (ms) => (ms >= Date.UTC(2026, 2, 29, 1) ? 60 : 0);
const at = (iso: string) => Date.parse(iso);

describe('daysBetween: whole calendar days, in local time', () => {
  it('counts calendar days, not 24-hour blocks', () => {
    // 23:30 to 00:30 the next day is one day; 00:30 to 23:30 the same day is none.
    expect(daysBetween(at('2026-12-02T23:30Z'), at('2026-12-03T00:30Z'), utc)).toBe(1);
    expect(daysBetween(at('2026-12-02T00:30Z'), at('2026-12-02T23:30Z'), utc)).toBe(0);
  });

  it('uses the local calendar: the same two instants differ by time zone', () => {
    const from = at('2026-12-02T20:00Z');
    const to = at('2026-12-03T03:00Z');
    expect(daysBetween(from, to, utc)).toBe(1);
    // In New York both are on 2 December (15:00 and 22:00).
    expect(daysBetween(from, to, newYork)).toBe(0);
    // In Auckland both are on 3 December (09:00 and 16:00).
    expect(daysBetween(from, to, auckland)).toBe(0);
  });

  it('is negative when the later date comes first (a clock set back)', () => {
    expect(daysBetween(at('2026-12-09T10:00Z'), at('2026-12-02T10:00Z'), utc)).toBe(-7);
  });
});

describe('checkState', () => {
  const lesson = '2026-12-02T14:00:00.000Z';

  it('waits for seven days, and says when it opens', () => {
    const state = checkState(lesson, at('2026-12-05T09:00Z'), utc);
    expect(state).toEqual({ kind: 'wait', days: 3, opensMs: at('2026-12-09T00:00Z') });
  });

  it('opens on the seventh calendar day, in the morning, not at the lesson hour', () => {
    expect(checkState(lesson, at('2026-12-08T23:59Z'), utc).kind).toBe('wait');
    expect(checkState(lesson, at('2026-12-09T08:00Z'), utc)).toEqual({
      kind: 'open',
      days: CHECK_AFTER_DAYS,
    });
    expect(checkState(lesson, at('2027-01-02T08:00Z'), utc)).toEqual({ kind: 'open', days: 31 });
  });

  it('names the local opening day, also across a change to summer time', () => {
    const lessonMs = at('2026-03-25T10:00Z'); // Wednesday, UTC+0 in London
    // Opens at local midnight on 1 April, by then UTC+1: 31 March 23:00 UTC.
    expect(opensAt(lessonMs, london)).toBe(at('2026-03-31T23:00Z'));
    expect(checkState('2026-03-25T10:00Z', at('2026-03-31T23:30Z'), london).kind).toBe('open');
    expect(checkState('2026-03-25T10:00Z', at('2026-03-31T22:30Z'), london).kind).toBe('wait');
  });

  it('a clock set back, or a lesson date from a device whose clock ran ahead: not open, and said so', () => {
    expect(checkState(lesson, at('2026-11-30T10:00Z'), utc)).toEqual({
      kind: 'ahead',
      lessonMs: at(lesson),
    });
    expect(checkState('2099-01-01T00:00Z', at('2026-12-02T10:00Z'), utc).kind).toBe('ahead');
    // Earlier the same day is not "ahead": the lesson was today.
    expect(checkState(lesson, at('2026-12-02T09:00Z'), utc).kind).toBe('wait');
  });

  it('no lesson, or a date it cannot read: nothing to compare with', () => {
    expect(checkState(undefined, Date.now(), utc)).toEqual({ kind: 'no-lesson' });
    expect(checkState('', Date.now(), utc)).toEqual({ kind: 'no-lesson' });
    expect(checkState('not a date', Date.now(), utc)).toEqual({ kind: 'no-lesson' });
    expect(checkState(lesson, Number.NaN, utc)).toEqual({ kind: 'no-lesson' });
  });
});

describe('codeDays: what a completion code carries', () => {
  it('the calendar days from the lesson to the check', () => {
    expect(codeDays('2026-12-02T14:00Z', '2026-12-10T09:00Z', utc)).toBe(8);
  });

  it('never negative, never past 255, null without both dates', () => {
    expect(codeDays('2026-12-10T14:00Z', '2026-12-02T09:00Z', utc)).toBe(0);
    expect(codeDays('2020-01-01T00:00Z', '2026-12-02T09:00Z', utc)).toBe(255);
    expect(codeDays(undefined, '2026-12-02T09:00Z', utc)).toBeNull();
    expect(codeDays('2026-12-02T09:00Z', 'garbage', utc)).toBeNull();
  });
});
