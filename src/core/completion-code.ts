/**
 * Completion codes: what a student pastes into the class's usual channel so a teacher can see
 * who did what, with no server. One line of Crockford base 32 (case-insensitive, no I/L/O/U),
 * grouped in fours, ending in a CRC-16 checksum.
 *
 * Honest limits: the checksum catches typos and casual edits. It is not a signature: someone who
 * reads this file could make a code by hand. Teachers are told so.
 *
 * Bits, version 2 (most significant first):
 *   version 4 · case 10 (hash of its code) · assignment 1+20 · per step kind (6, the order of
 *   `stepKinds`): state 2 + percent 7 (127 = no score) · believability before 3, after 3
 *   (0 = none) · discernment before 5, after 5 (0 = none, else 2·gap + 9, gap in halves from −4
 *   to +4) · minutes 10 (capped at 1023) · before/after test: order 1 (0 = A then B) and, for
 *   each of before and after, 1 (submitted) + 12 × 3 (the rating of the post at each position
 *   of its form, 1–6, 0 = none) when submitted · name length 5 (UTF-8 bytes) · name bytes 8 each.
 * Then the 4-character checksum of everything before it.
 *
 * Version 3 (issue 16) is version 2 with the retention check after the test: 1 (submitted), and
 * when submitted 12 × 3 (form C's ratings by position, as above) + days 9 (0 = unknown, else the
 * calendar days from the lesson to the check + 1, capped at 255 days). A code is written as
 * version 3 only when it carries a check, so every other code stays a version-2 code, readable by
 * a checker page saved before the check existed.
 *
 * Version 1 (codes made before the test existed) is the same without the warm-up step and the
 * test; it still decodes, with the warm-up "not started" and no test.
 */
import {
  BitReader,
  base32ToBits,
  bitsToBase32,
  checksum32,
  crc16,
  normalizeBase32,
  pushBits,
} from './base32';
import { stepKinds, type StepKind } from './steps';

/** The newest version this file writes (a code without a check is still written as version 2). */
export const CODE_VERSION = 3;
const TEST_VERSION = 2;
/** The step kinds a version-1 code carries, in its order (before the warm-up existed). */
const V1_STEPS: readonly StepKind[] = stepKinds.filter((k) => k !== 'warm-up');
/** Posts per form of the before/after test. */
export const TEST_POSTS = 12;
const NAME_MAX_BYTES = 31;
const NO_SCORE = 127;
const MAX_DAYS = 255;

export type StepState = 'not-started' | 'in-progress' | 'done';
const STATES: readonly StepState[] = ['not-started', 'in-progress', 'done'];

export interface StepResult {
  state: StepState;
  /** Score as a whole percentage, or null when the step has none. */
  percent: number | null;
}

/** The before/after test as a code carries it: ratings by position in each form. */
export interface TestRecord {
  order: 'AB' | 'BA';
  /** The 12 ratings of the first form (1–6, null = not answered), or null if not submitted. */
  before: (number | null)[] | null;
  after: (number | null)[] | null;
}

/** The retention check as a code carries it. */
export interface CheckRecord {
  /** Form C's 12 ratings by position (1–6, null = not answered). */
  ratings: (number | null)[];
  /** Calendar days from the lesson to the check (0–255), or null when unknown. */
  days: number | null;
}

export interface CompletionRecord {
  /** The case's short code (`code` in case.yaml). */
  caseCode: string;
  /** The id of the assignment it answers (the link's last four characters), or null. */
  assignment: string | null;
  /** One result per step kind. */
  steps: Record<StepKind, StepResult>;
  believabilityBefore: number | null;
  believabilityAfter: number | null;
  /** Discernment gaps, rounded to halves, −4 … +4. */
  discernmentBefore: number | null;
  discernmentAfter: number | null;
  /** Minutes spent in the modules. */
  minutes: number;
  /** The before/after test, or null in a version-1 code. */
  test: TestRecord | null;
  /** The retention check, or null when not taken (and in codes before version 3). */
  check?: CheckRecord | null | undefined;
  /** The name or initials the student typed (kept short). */
  name: string;
}

export type CodeError = 'empty' | 'malformed' | 'typo' | 'unknown-version' | 'wrong-lesson';
export type DecodedCode =
  { ok: true; record: CompletionRecord; caseId: string } | { ok: false; error: CodeError };

function numberBits(value: number, width: number): number[] {
  const bits: number[] = [];
  pushBits(bits, value, width);
  return bits;
}

/** 10-bit fingerprint of a case code, as carried in a completion code. */
export function caseHash(code: string): number {
  return crc16(code) & 0x3ff;
}

/** Line breaks and other controls that read as a space; any other control character goes. */
const SPACE_LIKE = /[\t\n\v\f\r\u0085\u2028\u2029]/g;
/**
 * Characters a name never needs and a teacher must never see: C0 and C1 controls (NUL, ESC, …),
 * bidi embeddings, overrides and isolates (U+202A–202E, U+2066–2069), and the invisible
 * direction marks, which could make "gnp.exe" read "exe.png".
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** A name as it may be shown: no control or bidi characters, spaces collapsed and trimmed. */
export function cleanName(name: string): string {
  return name.replace(SPACE_LIKE, ' ').replace(UNSAFE, '').replace(/\s+/g, ' ').trim();
}

/** The user-perceived characters of a text (an emoji family is one), or code points. */
function graphemes(text: string): string[] {
  if (typeof Intl !== 'undefined' && 'Segmenter' in Intl) {
    const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    return Array.from(segmenter.segment(text), (s) => s.segment);
  }
  return Array.from(text);
}

/**
 * Cleans a name ({@link cleanName}) and cuts it to what a code can carry, whole characters at a
 * time: never half a letter with its accent, nor half an emoji.
 */
export function fitName(name: string): string {
  const encoder = new TextEncoder();
  let out = '';
  let bytes = 0;
  for (const g of graphemes(cleanName(name))) {
    bytes += encoder.encode(g).length;
    if (bytes > NAME_MAX_BYTES) break;
    out += g;
  }
  return out.trim();
}

/** Whether {@link fitName} changes more than spacing: the student should be told. */
export function nameWasShortened(name: string): boolean {
  return fitName(name) !== name.replace(/\s+/g, ' ').trim();
}

function encodeRating(r: number | null): number {
  return r === null ? 0 : Math.min(5, Math.max(1, Math.round(r)));
}
function encodeGap(g: number | null): number {
  if (g === null) return 0;
  return Math.round(Math.min(4, Math.max(-4, g)) * 2) + 9;
}

/** The code for a record, grouped in fours: `1A2B-3C4D-…`. */
export function encodeCompletion(record: CompletionRecord): string {
  const bits: number[] = [];
  pushBits(bits, record.check ? CODE_VERSION : TEST_VERSION, 4);
  pushBits(bits, caseHash(record.caseCode), 10);
  const assignmentBits =
    record.assignment === null ? null : base32ToBits(normalizeBase32(record.assignment));
  pushBits(bits, assignmentBits?.length === 20 ? 1 : 0, 1);
  bits.push(...(assignmentBits?.length === 20 ? assignmentBits : new Array<number>(20).fill(0)));
  for (const kind of stepKinds) {
    const r = record.steps[kind];
    pushBits(bits, STATES.indexOf(r.state), 2);
    pushBits(
      bits,
      r.percent === null ? NO_SCORE : Math.min(100, Math.max(0, Math.round(r.percent))),
      7,
    );
  }
  pushBits(bits, encodeRating(record.believabilityBefore), 3);
  pushBits(bits, encodeRating(record.believabilityAfter), 3);
  pushBits(bits, encodeGap(record.discernmentBefore), 5);
  pushBits(bits, encodeGap(record.discernmentAfter), 5);
  pushBits(bits, Math.min(1023, Math.max(0, Math.round(record.minutes))), 10);
  pushBits(bits, record.test?.order === 'BA' ? 1 : 0, 1);
  const pushRatings = (answers: readonly (number | null | undefined)[]) => {
    for (let i = 0; i < TEST_POSTS; i++) {
      const r = answers[i];
      pushBits(bits, typeof r === 'number' && Number.isInteger(r) && r >= 1 && r <= 6 ? r : 0, 3);
    }
  };
  for (const answers of [record.test?.before ?? null, record.test?.after ?? null]) {
    pushBits(bits, answers ? 1 : 0, 1);
    if (answers) pushRatings(answers);
  }
  if (record.check) {
    pushBits(bits, 1, 1);
    pushRatings(record.check.ratings);
    const days = record.check.days;
    pushBits(
      bits,
      typeof days === 'number' && Number.isFinite(days)
        ? Math.min(MAX_DAYS, Math.max(0, Math.round(days))) + 1
        : 0,
      9,
    );
  }
  const name = new TextEncoder().encode(fitName(record.name));
  pushBits(bits, name.length, 5);
  for (const byte of name) pushBits(bits, byte, 8);
  const body = bitsToBase32(bits);
  const code = body + checksum32(body);
  return code.match(/.{1,4}/g)?.join('-') ?? code;
}

/**
 * Reads a code as typed or pasted (any case, spaces or hyphens, I/L/O for 1/1/0). Never throws.
 * `cases` lists the lessons this site knows, to name the lesson a code belongs to.
 */
export function decodeCompletion(
  input: string,
  cases: readonly { id: string; code: string }[],
): DecodedCode {
  if (typeof input !== 'string') return { ok: false, error: 'malformed' };
  const text = normalizeBase32(input);
  if (text === '') return { ok: false, error: 'empty' };
  if (text.length < 10 || text.length > 200 || /[^0-9A-Z]/.test(text))
    return { ok: false, error: 'malformed' };
  const body = text.slice(0, -4);
  if (checksum32(body) !== text.slice(-4)) return { ok: false, error: 'typo' };
  const bits = base32ToBits(body);
  if (!bits) return { ok: false, error: 'malformed' };
  const r = new BitReader(bits);
  const version = r.read(4);
  if (version === null || version < 1 || version > CODE_VERSION)
    return { ok: false, error: 'unknown-version' };
  const hash = r.read(10);
  const known = cases.find((c) => caseHash(c.code) === hash);
  if (!known) return { ok: false, error: 'wrong-lesson' };
  const hasAssignment = r.read(1);
  const assignment = r.read(20);
  const steps = {} as Record<StepKind, StepResult>;
  steps['warm-up'] = { state: 'not-started', percent: null };
  for (const kind of version === 1 ? V1_STEPS : stepKinds) {
    const state = STATES[r.read(2) ?? 99];
    const percent = r.read(7);
    if (!state || percent === null || (percent > 100 && percent !== NO_SCORE))
      return { ok: false, error: 'malformed' };
    steps[kind] = { state, percent: percent === NO_SCORE ? null : percent };
  }
  const bBefore = r.read(3);
  const bAfter = r.read(3);
  const dBefore = r.read(5);
  const dAfter = r.read(5);
  const minutes = r.read(10);
  const readRatings = (): (number | null)[] | null => {
    const ratings: (number | null)[] = [];
    for (let i = 0; i < TEST_POSTS; i++) {
      const rating = r.read(3);
      if (rating === null || rating > 6) return null;
      ratings.push(rating === 0 ? null : rating);
    }
    return ratings;
  };
  let test: TestRecord | null = null;
  if (version >= 2) {
    const order = r.read(1);
    const phases: ((number | null)[] | null)[] = [];
    for (let p = 0; p < 2; p++) {
      const submitted = r.read(1);
      if (order === null || submitted === null) return { ok: false, error: 'malformed' };
      if (!submitted) {
        phases.push(null);
        continue;
      }
      const ratings = readRatings();
      if (!ratings) return { ok: false, error: 'malformed' };
      phases.push(ratings);
    }
    test = { order: order ? 'BA' : 'AB', before: phases[0] ?? null, after: phases[1] ?? null };
  }
  let check: CheckRecord | null = null;
  if (version >= 3) {
    // A version-3 code is written only with a check in it.
    const ratings = r.read(1) === 1 ? readRatings() : null;
    const days = r.read(9);
    if (!ratings || days === null || days > MAX_DAYS + 1) return { ok: false, error: 'malformed' };
    check = { ratings, days: days === 0 ? null : days - 1 };
  }
  const nameLength = r.read(5);
  if (
    hasAssignment === null ||
    assignment === null ||
    bBefore === null ||
    bAfter === null ||
    dBefore === null ||
    dAfter === null ||
    minutes === null ||
    nameLength === null ||
    bBefore > 5 ||
    bAfter > 5 ||
    dBefore > 17 ||
    dAfter > 17
  )
    return { ok: false, error: 'malformed' };
  const bytes: number[] = [];
  for (let i = 0; i < nameLength; i++) {
    const b = r.read(8);
    if (b === null) return { ok: false, error: 'malformed' };
    bytes.push(b);
  }
  // Only padding (fewer than 5 zero bits) may follow.
  if (r.remaining >= 5 || (r.remaining > 0 && r.read(r.remaining) !== 0))
    return { ok: false, error: 'malformed' };
  let name: string;
  try {
    name = new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(bytes));
  } catch {
    return { ok: false, error: 'malformed' };
  }
  return {
    ok: true,
    caseId: known.id,
    record: {
      caseCode: known.code,
      assignment: hasAssignment ? bitsToBase32(numberBits(assignment, 20)) : null,
      steps,
      believabilityBefore: bBefore === 0 ? null : bBefore,
      believabilityAfter: bAfter === 0 ? null : bAfter,
      discernmentBefore: dBefore === 0 ? null : (dBefore - 9) / 2,
      discernmentAfter: dAfter === 0 ? null : (dAfter - 9) / 2,
      minutes,
      test,
      ...(version >= 3 ? { check } : {}),
      // A hand-made code can carry any bytes: only what a name may show.
      name: cleanName(name),
    },
  };
}
