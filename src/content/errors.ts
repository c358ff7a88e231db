import { AstroError } from 'astro/errors';
import type { z } from 'astro/zod';

const DEFAULT_HINT =
  'Fix the field named above in that file. Field rules: the schema beside each module ' +
  '(src/modules/<module>/schema.ts) and README "Adding a case".';

/**
 * An error in lesson content, naming the file and the field so an author can fix it fast. It is
 * Astro's own error type, so `astro build` and `astro dev` show the message and the hint.
 */
export class ContentError extends AstroError {
  constructor(
    readonly file: string,
    readonly problems: string[],
    hint: string = DEFAULT_HINT,
  ) {
    super(`Invalid content in ${file}:\n${problems.map((p) => `  - ${p}`).join('\n')}`, hint);
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
