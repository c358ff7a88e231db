import { z } from 'astro/zod';
import { stepKinds } from '../core/steps';

export { stepKinds };

/** Kebab-case id, as used for cases, steps, sources and every content entry. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use a kebab-case id such as "nuffield-nurses-2022"');

/** One source the lesson cites. Only sources checked in the fact sheet belong here. */
export const sourceSchema = z.object({
  id: idSchema.describe('What citations use to point at this source.'),
  title: z.string().min(3).describe('What the page or paper is, as a reader would recognise it.'),
  publisher: z.string().min(2).describe('Who published the page or paper.'),
  date: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'use YYYY, YYYY-MM or YYYY-MM-DD')
    .optional()
    .describe('When it was published, as precisely as the fact sheet knows.'),
  url: z
    .url({ protocol: /^https$/ })
    .describe('The public address, exactly as in the fact sheet (https only).'),
});
export type Source = z.infer<typeof sourceSchema>;

/** Adds an issue at `path.i.id` for each item whose id an earlier item already has. */
export function flagDuplicateIds(
  items: readonly { id: string }[],
  ctx: z.RefinementCtx,
  path: (string | number)[] = [],
): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id))
      ctx.addIssue({
        code: 'custom',
        path: [...path, i, 'id'],
        message: `duplicate id "${item.id}"`,
      });
    seen.add(item.id);
  });
}

export const sourcesFileSchema = z
  .array(sourceSchema)
  .min(1)
  .superRefine((sources, ctx) => flagDuplicateIds(sources, ctx));

export const stepKindSchema = z.enum(stepKinds);
export type { StepKind } from '../core/steps';

export const stepSchema = z.object({
  id: stepKindSchema.describe('Which step this is; also its address under the case.'),
  title: z.string().min(3).describe('The step name a student sees.'),
  summary: z.string().min(10).describe('One sentence: what the student does in this step.'),
  minutes: z
    .number()
    .int()
    .min(1)
    .max(60)
    .describe(
      'Minutes a class spends on the step when the teacher leads it (class mode sets its timer ' +
        'to this). What a student is told is counted from the content (src/content/workload.ts).',
    ),
  recap: z
    .string()
    .min(10)
    .optional()
    .describe('What finishing this step taught, shown in the recap at the end.'),
});
export type Step = z.infer<typeof stepSchema>;

/** A one-line claim students rate before and after the lesson. */
export const claimSchema = z.object({
  id: idSchema,
  text: z.string().min(10).max(200).describe('The claim, one line, as the student reads it.'),
  accurate: z
    .boolean()
    .describe('true when the evidence in the fact sheet supports it, false when it does not.'),
  explanation: z.string().min(20).describe('Why, in plain words, shown after the second look.'),
  sources: z.array(idSchema).min(1).describe('Source ids (content/sources.yaml) backing this.'),
});
export type Claim = z.infer<typeof claimSchema>;

/** `content/cases/<id>/case.yaml`. */
export const caseFileSchema = z
  .object({
    title: z.string().min(3).describe('A short name for the case, shown in the lesson.'),
    code: z
      .string()
      .regex(/^[a-z]{2,4}$/, 'use 2 to 4 lowercase letters')
      .describe('Short code for assignment links and completion codes. Never change it once used.'),
    summary: z.string().min(10).describe('One or two sentences introducing the case.'),
    steps: z.array(stepSchema).min(1).describe('The lesson steps, in order.'),
    claims: z.array(claimSchema).describe('Claims rated in first impressions and second look.'),
  })
  .superRefine((data, ctx) => {
    flagDuplicateIds(data.steps, ctx, ['steps']);
    flagDuplicateIds(data.claims, ctx, ['claims']);
    const ids = new Set(data.steps.map((s) => s.id));
    const rated = ids.has('first-impressions') || ids.has('second-look');
    if (rated) {
      const accurate = data.claims.filter((c) => c.accurate).length;
      if (accurate === 0 || accurate === data.claims.length)
        ctx.addIssue({
          code: 'custom',
          path: ['claims'],
          message:
            'rate at least one accurate and one inaccurate claim, or discernment means nothing',
        });
    }
  });
export type CaseFile = z.infer<typeof caseFileSchema>;

const listItemSchema = z.object({ id: z.string(), text: z.string() });
export const articleSchema = z.object({
  headline: z.string().min(1),
  site: z.string(),
  blocks: z.array(
    z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('heading'), id: z.string(), text: z.string() }),
      z.object({ kind: z.literal('paragraph'), id: z.string(), text: z.string() }),
      z.object({
        kind: z.literal('related'),
        id: z.string(),
        label: z.string(),
        text: z.string(),
      }),
      z.object({ kind: z.literal('list'), id: z.string(), items: z.array(listItemSchema) }),
    ]),
  ),
});

/** What the `cases` collection stores: the case file plus its parsed article. */
export const caseEntrySchema = caseFileSchema.and(
  z.object({
    /** The article's plain text, exactly as published. */
    articleText: z.string(),
    article: articleSchema,
  }),
);
export type CaseEntry = z.infer<typeof caseEntrySchema>;
