import type { z } from 'astro/zod';

/** An error in lesson content, naming the file and the field so an author can fix it fast. */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`Invalid content in ${file}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ContentError';
  }
}

/**
 * Formats zod issues as `field.path: message` lines.
 *
 * @example formatIssues(issues) // ['steps.2.minutes: Invalid input: expected number, received string']
 */
export function formatIssues(issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.map((issue) => {
    const path = issue.path.length ? issue.path.map(String).join('.') : '(top level)';
    return `${path}: ${issue.message}`;
  });
}

/** Validates `data` read from `file`; throws a {@link ContentError} naming file and fields. */
export function parseContent<S extends z.ZodType>(
  schema: S,
  data: unknown,
  file: string,
): z.infer<S> {
  const result = schema.safeParse(data);
  if (!result.success) throw new ContentError(file, formatIssues(result.error.issues));
  return result.data;
}
