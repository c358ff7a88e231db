/**
 * The saved-progress model: one versioned JSON document in the browser's storage.
 *
 * Validated with ./shape.ts (small enough to ship to the browser). Every load goes through
 * {@link decodeProgress}, which never throws: an old version is migrated, anything unreadable is
 * reported so the store can set it aside and start fresh.
 */
import * as v from './shape';

/** The version written today. Bump it and add a migration whenever the shape changes. */
export const PROGRESS_VERSION = 1;

/** A 1–5 rating: 1 = not at all, 5 = completely. */
export const ratingSchema = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(5));

/** First impressions or second look: the same questions, asked before and after. */
export const impressionsSchema = v.object({
  /** How believable the article seems, 1–5. */
  believability: v.optional(ratingSchema),
  /** Would the student share it? */
  share: v.optional(v.picklist(['yes', 'maybe', 'no'])),
  /** One sentence: why. */
  reason: v.optional(v.pipe(v.string(), v.maxLength(1000))),
  /** Claim id → how likely the student thinks it is true, 1–5. */
  claims: v.record(v.string(), ratingSchema),
  /** ISO time the student submitted; absent while it is a draft. */
  completedAt: v.optional(v.string()),
});
export type Impressions = v.InferOutput<typeof impressionsSchema>;

/** A score as points earned out of points possible. */
export const scoreSchema = v.object({
  earned: v.pipe(v.number(), v.minValue(0)),
  possible: v.pipe(v.number(), v.gtValue(0)),
});
export type Score = v.InferOutput<typeof scoreSchema>;

/**
 * One module's saved state. `data` belongs to the module: it validates its own shape when it
 * reads it, so the modules can grow without a migration here.
 */
export const moduleProgressSchema = v.object({
  status: v.picklist(['in-progress', 'done']),
  score: v.optional(scoreSchema),
  startedAt: v.optional(v.string()),
  completedAt: v.optional(v.string()),
  /** Seconds spent in the module while it was open. */
  seconds: v.optional(v.pipe(v.number(), v.minValue(0))),
  data: v.optional(v.unknown()),
});
export type ModuleProgress = v.InferOutput<typeof moduleProgressSchema>;

export const caseProgressSchema = v.object({
  firstImpressions: v.optional(impressionsSchema),
  secondLook: v.optional(impressionsSchema),
  /** Module step id (`red-flags`, `experts`, `statistics`) → its state. */
  modules: v.record(v.string(), moduleProgressSchema),
});
export type CaseProgress = v.InferOutput<typeof caseProgressSchema>;

export const progressSchema = v.object({
  version: v.literal(PROGRESS_VERSION),
  /** Case id → progress in that case. */
  cases: v.record(v.string(), caseProgressSchema),
  /** ISO time of the last change. */
  updatedAt: v.optional(v.string()),
});
export type Progress = v.InferOutput<typeof progressSchema>;

/** A fresh, empty document. */
export function emptyProgress(): Progress {
  return { version: PROGRESS_VERSION, cases: {} };
}

/**
 * Upgrades from each older version to the next: `migrations[n]` turns version n into n + 1.
 * Version 1 is the first shipped shape, so the table is empty; the loader already walks it.
 */
export const migrations: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> =
  {};

export type DecodeResult =
  | { ok: true; progress: Progress; migratedFrom?: number }
  | {
      ok: false;
      reason: 'not-json' | 'unknown-version' | 'invalid';
      detail: string;
      /** Saved by a newer version of the lesson (not broken: leave it for that version). */
      newer?: true;
    };

/**
 * Reads a stored string. Never throws; anything it cannot trust comes back as `ok: false`.
 *
 * @example decodeProgress('{"version":1,"cases":{}}') // { ok: true, progress: … }
 * @example decodeProgress('{oops') // { ok: false, reason: 'not-json', … }
 */
export function decodeProgress(raw: string | null | undefined): DecodeResult {
  if (raw === null || raw === undefined || raw === '')
    return { ok: true, progress: emptyProgress() };
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    return { ok: false, reason: 'not-json', detail: String(error) };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, reason: 'invalid', detail: 'not an object' };
  }
  let doc = value as Record<string, unknown>;
  const version = doc['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, reason: 'invalid', detail: 'missing version' };
  }
  if (version > PROGRESS_VERSION) {
    return { ok: false, reason: 'unknown-version', detail: `version ${version}`, newer: true };
  }
  let at = version;
  try {
    while (at < PROGRESS_VERSION) {
      const step = migrations[at];
      if (!step) return { ok: false, reason: 'unknown-version', detail: `no migration from ${at}` };
      doc = step(doc);
      at += 1;
    }
  } catch (error) {
    return { ok: false, reason: 'invalid', detail: `migration failed: ${String(error)}` };
  }
  const parsed = v.safeParse(progressSchema, { ...doc, version: at });
  if (!parsed.success) return { ok: false, reason: 'invalid', detail: parsed.issue };
  return version === PROGRESS_VERSION
    ? { ok: true, progress: parsed.output }
    : { ok: true, progress: parsed.output, migratedFrom: version };
}

/** The progress of one case, empty when the student has not started it. */
export function caseProgressOf(progress: Progress, caseId: string): CaseProgress {
  return progress.cases[caseId] ?? { modules: {} };
}

/** Whether the student has saved anything at all. */
export function hasAnyProgress(progress: Progress): boolean {
  return Object.values(progress.cases).some(
    (c) =>
      c.firstImpressions !== undefined ||
      c.secondLook !== undefined ||
      Object.keys(c.modules).length > 0,
  );
}

/** A score as a whole percentage, e.g. 7.5 of 10 → 75. */
export function scorePercent(score: Score): number {
  return Math.round((100 * score.earned) / score.possible);
}

/**
 * The paths (`/cases/x/firstImpressions/reason`) of the texts two documents both hold and that
 * differ, leaving out times (`…At`); with `clashes`, also a text that only grew or shrank at its
 * end (typing on from the other's text).
 */
export function changedStrings(a: unknown, b: unknown, clashes = false, path = ''): string[] {
  if (typeof a === 'string' && typeof b === 'string')
    return a === b || path.endsWith('At') || (clashes && (a.startsWith(b) || b.startsWith(a)))
      ? []
      : [path];
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return [];
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  return Object.keys(x)
    .filter((k) => Object.hasOwn(y, k))
    .flatMap((k) => changedStrings(x[k], y[k], clashes, `${path}/${k}`));
}
