/**
 * Saved progress as SCORM 1.2 `cmi.suspend_data` (at most 4,096 characters), so a student
 * resumes on any computer the LMS opens the lesson on. Pure: the package's launch script
 * (./launch.ts) and the unit tests use it.
 *
 * The document is the one in storage (src/core/progress.ts), made compact:
 * - names the lesson knows (the fixed keys and values below, and the content's ids) become a
 *   backtick and their index in base 36;
 * - ISO times become `` `~ `` and whole seconds in base 36;
 * - red-flag marks whose text is the article's text there become three or nine characters each:
 *   a whole sentence as its index (2) and kind (1), a phrase as `*`, start (3), end (3), kind;
 * - a string of the student's own that starts with a backtick gets a second one;
 * - the JSON of that, without the quotes around names, times and marks.
 *
 * When it is still too long, the student's longest texts are cut to one common length (the
 * longest that fits): on this computer they stay whole, and every choice, rating, mark and score
 * travels in full. The header names the article and ids it was made against: data from another
 * version of the lesson, or not made here at all, is not read (the caller hands it to the
 * lesson's usual check of saved progress, which sets it aside and says so).
 */
import { crc16 } from '../../core/base32';
import type { MarkingDoc } from '../../core/marking-doc';

/** SCORM 1.2's limit for `cmi.suspend_data` (CMIString4096). */
export const SUSPEND_MAX = 4096;

/** What the encoding is made against: the lesson as this package has it. */
export interface SuspendContext {
  doc: Pick<MarkingDoc, 'text' | 'sentences'>;
  /** The kinds of red flag, in content order (a mark's kind is one character: at most 36). */
  types: readonly string[];
  /** The content's ids (steps, claims, cards, choices, figures, options, posts, sections). */
  words: readonly string[];
}

/** Keys and values of the progress document itself (append only: indexes are saved). */
const FIXED = [
  'version',
  'cases',
  'modules',
  'firstImpressions',
  'secondLook',
  'believability',
  'share',
  'reason',
  'claims',
  'completedAt',
  'startedAt',
  'updatedAt',
  'status',
  'score',
  'earned',
  'possible',
  'seconds',
  'data',
  'marks',
  'start',
  'end',
  'type',
  'text',
  'hints',
  'checked',
  'revealed',
  'cards',
  'check',
  'own',
  'verdict',
  'confidence',
  'guesses',
  'drift',
  'order',
  'before',
  'after',
  'ratings',
  'transfer',
  'in-progress',
  'done',
  'yes',
  'maybe',
  'no',
  'AB',
  'BA',
  'checkable-supports',
  'checkable-differs',
  'cannot-check',
  'unsure',
  'fairly-sure',
  'very-sure',
  'v',
] as const;

const TICK = '`';
const HEADER = 'SL1';
const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{3})?Z$/;
const b36 = (n: number, width = 0) => n.toString(36).padStart(width, '0');
const int36 = (s: string) => (/^[0-9a-z]+$/.test(s) ? parseInt(s, 36) : NaN);

/** The fingerprint in the header: the same article, kinds and ids, or not ours to read. */
function fingerprint(ctx: SuspendContext): string {
  return b36(crc16(`${ctx.doc.text}\u0000${ctx.types.join(',')}\u0000${ctx.words.join(',')}`), 4);
}

interface Tables {
  index: Map<string, number>;
  names: string[];
  sentenceAt: Map<string, number>;
}
const tablesOf = (ctx: SuspendContext): Tables => {
  const names = [...FIXED, ...ctx.words.filter((w) => !(FIXED as readonly string[]).includes(w))];
  return {
    names,
    index: new Map(names.map((n, i) => [n, i])),
    sentenceAt: new Map(ctx.doc.sentences.map((s, i) => [`${s.start}:${s.end}`, i])),
  };
};

interface Mark {
  start: number;
  end: number;
  type: string;
  text: string;
}
const isMark = (m: unknown): m is Mark => {
  const x = m as Mark;
  return (
    typeof x === 'object' &&
    x !== null &&
    Object.keys(x).length === 4 &&
    Number.isInteger(x.start) &&
    Number.isInteger(x.end) &&
    typeof x.type === 'string' &&
    typeof x.text === 'string'
  );
};

/** The marks as one string, or null when one of them does not fit the short form. */
function packMarks(marks: unknown[], ctx: SuspendContext, t: Tables): string | null {
  if (ctx.types.length > 36 || ctx.doc.text.length > 36 ** 3 || ctx.doc.sentences.length > 36 ** 2)
    return null;
  let out = '';
  for (const m of marks) {
    if (!isMark(m) || m.start < 0 || m.end <= m.start) return null;
    const kind = ctx.types.indexOf(m.type);
    if (kind < 0 || ctx.doc.text.slice(m.start, m.end) !== m.text) return null;
    const sentence = t.sentenceAt.get(`${m.start}:${m.end}`);
    out +=
      sentence === undefined
        ? `*${b36(m.start, 3)}${b36(m.end, 3)}${b36(kind)}`
        : b36(sentence, 2) + b36(kind);
  }
  return out;
}

function unpackMarks(packed: string, ctx: SuspendContext): Mark[] {
  const marks: Mark[] = [];
  for (let i = 0; i < packed.length;) {
    let start: number;
    let end: number;
    if (packed[i] === '*') {
      start = int36(packed.slice(i + 1, i + 4));
      end = int36(packed.slice(i + 4, i + 7));
      i += 7;
    } else {
      const s = ctx.doc.sentences[int36(packed.slice(i, i + 2))];
      if (!s) throw new Error('no such sentence');
      ({ start, end } = s);
      i += 2;
    }
    const type = ctx.types[int36(packed.slice(i, i + 1))];
    i += 1;
    if (type === undefined || !(end > start)) throw new Error('bad mark');
    marks.push({ start, end, type, text: ctx.doc.text.slice(start, end) });
  }
  return marks;
}

/** Cuts a text to `cap` UTF-16 units without leaving half a surrogate pair. */
const cut = (s: string, cap: number) =>
  s.length <= cap ? s : s.slice(0, cap).replace(/[\ud800-\udbff]$/, '');

function compact(value: unknown, ctx: SuspendContext, t: Tables, cap: number): unknown {
  const name = (s: string): string => {
    const i = t.index.get(s);
    if (i !== undefined) return TICK + b36(i);
    return s.startsWith(TICK) ? TICK + s : s;
  };
  if (typeof value === 'string') {
    if (ISO.test(value)) return `${TICK}~${b36(Math.floor(Date.parse(value) / 1000))}`;
    return t.index.has(value) ? name(value) : name(cut(value, cap));
  }
  if (Array.isArray(value)) return value.map((v) => compact(v, ctx, t, cap));
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    const packed = key === 'marks' && Array.isArray(v) ? packMarks(v, ctx, t) : null;
    out[name(key)] = packed === null ? compact(v, ctx, t, cap) : `${TICK}!${packed}`;
  }
  return out;
}

function expand(value: unknown, ctx: SuspendContext, t: Tables): unknown {
  const name = (s: string): string => {
    if (!s.startsWith(TICK)) return s;
    if (s.startsWith(TICK + TICK)) return s.slice(1);
    const n = t.names[int36(s.slice(1))];
    if (n === undefined) throw new Error(`unknown name ${s}`);
    return n;
  };
  if (typeof value === 'string') {
    if (value.startsWith(`${TICK}~`)) {
      const seconds = int36(value.slice(2));
      if (!Number.isFinite(seconds)) throw new Error('bad time');
      return new Date(seconds * 1000).toISOString();
    }
    if (value.startsWith(`${TICK}!`)) return unpackMarks(value.slice(2), ctx);
    return name(value);
  }
  if (Array.isArray(value)) return value.map((v) => expand(v, ctx, t));
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    const k = name(key);
    // Not a way to reach an object's prototype through a crafted key.
    if (k === '__proto__') throw new Error('bad key');
    out[k] = expand(v, ctx, t);
  }
  return out;
}

/** A JSON string literal, or (in {@link quoted}) a name, time or marks without quotes. */
const LITERAL = /"(?:[^"\\]|\\.)*"/g;
const TOKEN = /^`[0-9a-z~!*]+$/;
/** Names, times and marks lose their quotes (no student's text starts with one backtick). */
const bare = (json: string) =>
  json.replace(LITERAL, (s) => (TOKEN.test(s.slice(1, -1)) ? s.slice(1, -1) : s));
const quoted = (text: string) =>
  text.replace(/"(?:[^"\\]|\\.)*"|`[0-9a-z~!*]+/g, (s) => (s.startsWith('"') ? s : `"${s}"`));

export interface Encoded {
  text: string;
  /** The longest a text of the student's own could stay (Infinity: none was cut). */
  cap: number;
}

/**
 * `cmi.suspend_data` for a progress document (as parsed from storage), at most `max` characters;
 * null when even with every text of the student's own cut away it would not fit.
 */
export function encodeSuspend(
  progress: unknown,
  ctx: SuspendContext,
  max = SUSPEND_MAX,
): Encoded | null {
  const t = tablesOf(ctx);
  const head = `${HEADER}${fingerprint(ctx)}`;
  const at = (cap: number) => head + bare(JSON.stringify(compact(progress, ctx, t, cap)));
  const whole = at(Infinity);
  if (whole.length <= max) return { text: whole, cap: Infinity };
  if (at(0).length > max) return null;
  // The longest common cap that fits: more text, never fewer characters saved.
  let lo = 0;
  let hi = whole.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (at(mid).length <= max) lo = mid;
    else hi = mid - 1;
  }
  return { text: at(lo), cap: lo };
}

/**
 * The progress document (as JSON, for storage) that suspend data holds; null when it is not
 * suspend data this package made against this lesson. Never throws.
 */
export function decodeSuspend(raw: string, ctx: SuspendContext): string | null {
  const head = `${HEADER}${fingerprint(ctx)}`;
  if (!raw.startsWith(head)) return null;
  try {
    return JSON.stringify(expand(JSON.parse(quoted(raw.slice(head.length))), ctx, tablesOf(ctx)));
  } catch {
    return null;
  }
}
