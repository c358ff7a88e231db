/** The teacher's table of completion codes, and its CSV export. */
import type { CodeError, CompletionRecord, DecodedCode, StepState } from './completion-code';
import type { StepKind } from './steps';
import { normalizeBase32 } from './base32';
import { cleanName } from './completion-code';

/** How much of a pasted line is echoed back: a paste can be 100,000 characters long. */
export const ECHO_MAX = 40;

/** What the CSV keeps of a bad line: a whole completion code fits, a pasted essay does not. */
const CSV_ECHO_MAX = 200;

/** The start of a pasted line (no control or bidi characters), and its full length. */
export function echoInput(
  input: string,
  max = ECHO_MAX,
): { start: string; length: number; cut: boolean } {
  const cut = input.length > max;
  const start = cleanName(
    cut
      ? Array.from(input.slice(0, max + 1))
          .slice(0, -1)
          .join('')
      : input,
  );
  return { start: cut ? `${start}…` : start, length: input.length, cut };
}

export interface CheckedLine {
  /** 1-based line number in what the teacher pasted. */
  line: number;
  /** The line as pasted (trimmed). */
  input: string;
  result: DecodedCode;
  /** The earlier line with the very same code, if any. */
  duplicateOf?: number;
  /** The assignment id the code answers, or null. */
  assignmentLabel: string | null;
}

/** Checks each non-blank line as a completion code; flags repeats of an earlier line. */
export function checkCodes(text: string, decode: (code: string) => DecodedCode): CheckedLine[] {
  const seen = new Map<string, number>();
  const out: CheckedLine[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const input = raw.trim();
    if (input === '') return;
    const result = decode(input);
    // The way the decoder reads it: O and 0, I/L and 1 are the same character.
    const key = normalizeBase32(input);
    const duplicateOf = seen.get(key);
    if (duplicateOf === undefined) seen.set(key, i + 1);
    out.push({
      line: i + 1,
      input,
      result,
      assignmentLabel: result.ok ? result.record.assignment : null,
      ...(duplicateOf === undefined ? {} : { duplicateOf }),
    });
  });
  return out;
}

/** Whether a line is a good, first-seen code. */
export function isGood(
  l: CheckedLine,
): l is CheckedLine & { result: { ok: true; record: CompletionRecord } } {
  return l.result.ok && l.duplicateOf === undefined;
}

/**
 * A spreadsheet cell: quoted, with a leading apostrophe for text a spreadsheet would run as a
 * formula (a student's "name" could be `=HYPERLINK(...)`), also after leading spaces or line
 * breaks, which a spreadsheet trims before it looks.
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  // eslint-disable-next-line no-control-regex
  if (typeof value === 'string' && /^[\s\u0000-\u001f]*[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) || text !== String(value) ? `"${text.replace(/"/g, '""')}"` : text;
}

export interface CsvLabels {
  line: string;
  name: string;
  assignment: string;
  problem: string;
  /** The column of what was pasted on a line that is not a good code. */
  pasted: string;
  /** A step's state in words (a spreadsheet reader sees "Not started", not "not-started"). */
  states: Record<StepState, string>;
  errors: (e: CodeError) => string;
}

/** More columns for each good code, placed after the discernment ones (e.g. the before/after test). */
export interface CsvExtraColumns {
  headers: readonly string[];
  cells: (record: CompletionRecord) => readonly (string | number | null)[];
}

/** CSV of every line: good codes with their results, bad ones with the problem. */
export function toCsv(
  lines: readonly CheckedLine[],
  steps: readonly { id: StepKind; title: string }[],
  labels: CsvLabels,
  extra: CsvExtraColumns = { headers: [], cells: () => [] },
): string {
  const header = [
    labels.line,
    labels.name,
    ...steps.flatMap((s) => [`${s.title}: status`, `${s.title}: score %`]),
    'Believability before',
    'Believability after',
    'Discernment before',
    'Discernment after',
    ...extra.headers,
    'Minutes',
    labels.assignment,
    labels.problem,
    labels.pasted,
  ];
  const rows = lines.map((l) => {
    if (!isGood(l)) {
      const problem = l.duplicateOf
        ? `Same code as line ${l.duplicateOf}`
        : l.result.ok
          ? ''
          : labels.errors(l.result.error);
      // What was pasted goes in its own column: it is not a name.
      return [
        l.line,
        '',
        ...steps.flatMap(() => ['', '']),
        '',
        '',
        '',
        '',
        ...extra.headers.map(() => ''),
        '',
        '',
        problem,
        // Whole, when it could be a mistyped code (so it can be mended in the sheet).
        echoInput(l.input, CSV_ECHO_MAX).start,
      ];
    }
    const r = l.result.record;
    const cells = extra.cells(r);
    return [
      l.line,
      r.name,
      ...steps.flatMap((s) => [labels.states[r.steps[s.id].state], r.steps[s.id].percent]),
      r.believabilityBefore,
      r.believabilityAfter,
      r.discernmentBefore,
      r.discernmentAfter,
      ...extra.headers.map((_, i) => cells[i] ?? null),
      r.minutes,
      r.assignment,
      '',
      '',
    ];
  });
  return [header, ...rows].map((row) => row.map((v) => csvCell(v)).join(',')).join('\r\n') + '\r\n';
}
