/**
 * Assignment links: a teacher picks steps (in order), a class label, a due date and a note; the
 * link carries them in its #fragment (never sent to any server), with a version and a checksum.
 *
 * Format, version 1 (fields separated by dots, text fields percent-encoded):
 *   `1.<case code>.<step letters>.<YYYYMMDD or ->.<class>.<note>.<checksum>`
 *   e.g. `1.pw.fres.20261201.9B.Read%20carefully.3K7Q`
 * Links made with version 1 keep opening after later releases: a new format gets a new number.
 */
import * as v from 'valibot';
import { checksum32 } from './base32';
import { stepKinds, type StepKind } from './steps';

export const LINK_VERSION = 1;

/** One letter per step kind, in the link. Never reuse a letter for another step. */
export const STEP_LETTERS: Readonly<Record<StepKind, string>> = {
  'first-impressions': 'f',
  'red-flags': 'r',
  experts: 'e',
  statistics: 's',
  'second-look': 'l',
};

export const LIMITS = { classLabel: 24, note: 280, link: 2000 } as const;

export interface Assignment {
  /** The case's short code (`code` in case.yaml). */
  caseCode: string;
  /** Assigned steps, in the order the teacher chose. */
  steps: StepKind[];
  /** E.g. "9B"; empty when not given. */
  classLabel: string;
  /** YYYY-MM-DD, or null. */
  due: string | null;
  /** A short note to students; empty when not given. */
  note: string;
}

export interface KnownCase {
  id: string;
  code: string;
  steps: readonly StepKind[];
}

export type LinkError =
  | 'empty'
  | 'malformed'
  | 'checksum'
  | 'unknown-version'
  | 'unknown-case'
  | 'unknown-step'
  | 'too-long'
  | 'bad-date';

export type DecodedLink =
  | { ok: true; assignment: Assignment; caseId: string; id: string }
  | { ok: false; error: LinkError };

// Control characters and bidirectional overrides have no place in a label or note.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Trims a label or note and removes characters that could disguise text. */
export function cleanText(text: string): string {
  return text.replace(UNSAFE, ' ').replace(/\s+/g, ' ').trim();
}

function encodeText(text: string): string {
  return encodeURIComponent(cleanText(text)).replace(/\./g, '%2E');
}

/** The link fragment (without `#`) for an assignment. */
export function encodeAssignment(a: Assignment): string {
  const steps = a.steps.map((s) => STEP_LETTERS[s]).join('');
  const due = a.due ? a.due.replace(/-/g, '') : '-';
  const body = [
    LINK_VERSION,
    a.caseCode,
    steps,
    due,
    encodeText(a.classLabel),
    encodeText(a.note),
  ].join('.');
  return `${body}.${checksum32(body)}`;
}

/** A short id for an assignment: the same link always gives the same id. */
export function assignmentId(fragment: string): string {
  return fragment.slice(fragment.lastIndexOf('.') + 1);
}

function validDate(yyyymmdd: string): string | null {
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(yyyymmdd);
  if (!m) return null;
  const [, y, mo, d] = m;
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  if (
    date.getUTCFullYear() !== Number(y) ||
    date.getUTCMonth() !== Number(mo) - 1 ||
    date.getUTCDate() !== Number(d)
  )
    return null;
  return `${y}-${mo}-${d}`;
}

function decodeText(text: string, max: number): { text: string } | { error: LinkError } {
  let decoded: string;
  try {
    decoded = decodeURIComponent(text);
  } catch {
    return { error: 'malformed' };
  }
  const clean = cleanText(decoded);
  return clean.length > max ? { error: 'too-long' } : { text: clean };
}

/**
 * Reads a link fragment (with or without `#`). Never throws; anything it cannot trust comes back
 * as a typed error, so the page can say one clear thing and open the normal lesson.
 */
export function decodeAssignment(fragment: string, cases: readonly KnownCase[]): DecodedLink {
  if (typeof fragment !== 'string') return { ok: false, error: 'malformed' };
  const raw = fragment.replace(/^#/, '').trim();
  if (raw === '') return { ok: false, error: 'empty' };
  if (raw.length > LIMITS.link) return { ok: false, error: 'too-long' };
  const parts = raw.split('.');
  if (!/^\d+$/.test(parts[0] ?? '')) return { ok: false, error: 'malformed' };
  if (Number(parts[0]) !== LINK_VERSION) return { ok: false, error: 'unknown-version' };
  if (parts.length !== 7) return { ok: false, error: parts.length < 7 ? 'checksum' : 'malformed' };
  const [, code = '', letters = '', due = '', label = '', note = '', sum = ''] = parts;
  const body = raw.slice(0, raw.lastIndexOf('.'));
  if (checksum32(body) !== sum.toUpperCase()) return { ok: false, error: 'checksum' };

  const known = cases.find((c) => c.code === code);
  if (!known) return { ok: false, error: 'unknown-case' };
  const steps: StepKind[] = [];
  for (const letter of letters) {
    const step = (Object.keys(STEP_LETTERS) as StepKind[]).find((k) => STEP_LETTERS[k] === letter);
    if (!step || !known.steps.includes(step) || steps.includes(step))
      return { ok: false, error: 'unknown-step' };
    steps.push(step);
  }
  if (steps.length === 0) return { ok: false, error: 'unknown-step' };
  const dueDate = due === '-' ? null : validDate(due);
  if (due !== '-' && dueDate === null) return { ok: false, error: 'bad-date' };
  const classLabel = decodeText(label, LIMITS.classLabel);
  if ('error' in classLabel) return { ok: false, error: classLabel.error };
  const noteText = decodeText(note, LIMITS.note);
  if ('error' in noteText) return { ok: false, error: noteText.error };
  return {
    ok: true,
    caseId: known.id,
    id: sum.toUpperCase(),
    assignment: {
      caseCode: code,
      steps,
      classLabel: classLabel.text,
      due: dueDate,
      note: noteText.text,
    },
  };
}

/** The assignment a student is working on, as saved on their device. */
export interface ActiveAssignment extends Assignment {
  version: 1;
  /** The assignment's id (its link checksum), carried into completion codes. */
  id: string;
  caseId: string;
  /** ISO time the student opened the link. */
  openedAt: string;
}

const activeSchema = v.object({
  version: v.literal(1),
  id: v.pipe(v.string(), v.regex(/^[0-9A-Z]{4}$/)),
  caseId: v.pipe(v.string(), v.maxLength(100)),
  caseCode: v.pipe(v.string(), v.maxLength(4)),
  steps: v.pipe(v.array(v.picklist(stepKinds)), v.minLength(1)),
  classLabel: v.pipe(v.string(), v.maxLength(LIMITS.classLabel)),
  due: v.nullable(v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/))),
  note: v.pipe(v.string(), v.maxLength(LIMITS.note)),
  openedAt: v.string(),
});

/** Reads a saved assignment; null for anything that is not one. Never throws. */
export function decodeActiveAssignment(raw: string | undefined | null): ActiveAssignment | null {
  if (!raw) return null;
  try {
    const parsed = v.safeParse(activeSchema, JSON.parse(raw));
    return parsed.success ? parsed.output : null;
  } catch {
    return null;
  }
}

/**
 * The steps a student should do, in order: the assignment's when it is for this case,
 * otherwise the whole lesson.
 */
export function lessonOrder(
  caseId: string,
  allSteps: readonly StepKind[],
  active: ActiveAssignment | null,
): StepKind[] {
  if (!active || active.caseId !== caseId) return [...allSteps];
  return active.steps.filter((s) => allSteps.includes(s));
}

/** The step after `current` in `order`, or null at the end (or when `current` is not in it). */
export function stepAfter(order: readonly StepKind[], current: StepKind): StepKind | null {
  const i = order.indexOf(current);
  return i === -1 ? null : (order[i + 1] ?? null);
}
