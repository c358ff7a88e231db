import { z } from 'astro/zod';
import { stepKinds } from '../core/steps';

/** `content/cases/<id>/guide.yaml`: the teacher's guide for one case. */
export const guideSchema = z.object({
  objectives: z.array(z.string().min(10)).min(1).describe('What students learn, one line each.'),
  plans: z
    .array(
      z
        .object({
          id: z.string().describe('Anchor for the plan in the guide.'),
          title: z.string().min(3).describe('E.g. "A 45-minute class".'),
          steps: z
            .array(
              z.object({
                minutes: z.number().int().min(1).max(120).describe('How long this part takes.'),
                text: z.string().min(5).describe('What happens, in one or two sentences.'),
              }),
            )
            .min(1),
        })
        // A plan named for a class period must fit it: its parts add up to the minutes it names.
        .superRefine((plan, ctx) => {
          const named = /(\d+)-minute/.exec(plan.title);
          const sum = plan.steps.reduce((n, s) => n + s.minutes, 0);
          if (named && Number(named[1]) !== sum)
            ctx.addIssue({
              code: 'custom',
              path: ['steps'],
              message: `"${plan.title}" names ${named[1]} minutes but its parts add up to ${sum}`,
            });
        }),
    )
    .min(1)
    .describe('Ways to run the lesson.'),
  beforeAfterTest: z
    .object({
      intro: z.string().min(10).describe('What the test is, in one or two sentences.'),
      parts: z
        .array(
          z.object({
            heading: z.string().min(3).describe('A question a teacher would ask.'),
            text: z.string().min(10).describe('The answer, in plain words.'),
          }),
        )
        .min(1),
      sources: z.array(z.string()).describe('Ids in content/sources.yaml that the parts cite.'),
    })
    .optional()
    .describe(
      'The before/after test (warm-up and second look): what it measures and how to read it.',
    ),
  discussion: z
    .partialRecord(z.enum(stepKinds), z.array(z.string().min(10)).min(1))
    .describe('Discussion questions per step, also shown in class mode.'),
  notes: z
    .partialRecord(z.enum(stepKinds), z.array(z.string().min(10)).min(1))
    .optional()
    .describe(
      'Notes for the teacher per step (not shown to students), e.g. why a link goes where it does.',
    ),
});
export type Guide = z.infer<typeof guideSchema>;
