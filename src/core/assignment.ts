/**
 * The assignment a student is working on: what a link described, as kept on their device, and
 * the order of steps it sets. (Reading and writing the links themselves: ./assignment-link.ts.)
 */
import * as v from './shape';
import { stepKinds, type StepKind } from './steps';

/** Longest class label, note and link we accept. */
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
