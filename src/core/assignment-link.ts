/**
 * Assignment links: a teacher picks steps (in order), a class label, a due date and a note; the
 * link carries them in its #fragment (never sent to any server), with a version and a checksum.
 *
 * Format, version 1 (fields separated by dots, text fields percent-encoded):
 *   `1.<case code>.<step letters>.<YYYYMMDD or ->.<class>.<note>.<checksum>`
 *   e.g. `1.pw.fres.20261201.9B.Read%20carefully.3K7Q`
 * Links made with version 1 keep opening after later releases: a new format gets a new number.
 */
import { checksum32 } from './base32';
import type { StepKind } from './steps';
import { LIMITS, type Assignment } from './assignment';

export { LIMITS, type Assignment };

export const LINK_VERSION = 1;

/** One letter per step kind, in the link. Never reuse a letter for another step. */
export const STEP_LETTERS: Readonly<Record<StepKind, string>> = {
  'warm-up': 'w',
  'first-impressions': 'f',
  'red-flags': 'r',
  experts: 'e',
  statistics: 's',
  'second-look': 'l',
};

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
