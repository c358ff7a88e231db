/**
 * Content schemas for "Spot the red flags": the taxonomy of red-flag types
 * (`content/red-flag-types.yaml`) and the answer key, one MDX file per key passage
 * (`content/cases/<case>/red-flags/*.mdx`). Build-time only (full zod): the browser gets
 * plain props.
 */
import { z } from 'astro/zod';
import { flagDuplicateIds, idSchema } from '../../content/schemas';
import { verdictSchema } from '../experts/schema';

/** One kind of red flag a student can name. */
export const redFlagTypeSchema = z.object({
  id: idSchema.describe('What key passages and saved marks use to name this type.'),
  name: z.string().min(3).max(60).describe('The name a student reads in the type chooser.'),
  short: z
    .string()
    .min(3)
    .max(24)
    .describe('A short label shown beside a mark inside the article.'),
  definition: z
    .string()
    .min(20)
    .max(200)
    .refine((s) => !s.includes('\n'), 'keep the definition to one line')
    .describe('One line: what this red flag is, in plain words for ages 13+.'),
  example: z
    .string()
    .min(20)
    .max(300)
    .describe('A short example from elsewhere than the case article.'),
  idea: z
    .string()
    .min(10)
    .max(200)
    .describe('The established idea the type comes from (SIFT, lateral reading, Bad News).'),
  sources: z
    .array(idSchema)
    .min(1)
    .describe('Source ids (content/sources.yaml) for the established idea.'),
});
export type RedFlagType = z.infer<typeof redFlagTypeSchema>;

/** `content/red-flag-types.yaml`: the whole taxonomy, in the order the chooser lists it. */
export const redFlagTypesFileSchema = z
  .array(redFlagTypeSchema)
  .min(9)
  .superRefine((types, ctx) => flagDuplicateIds(types, ctx));

/** What the `redFlagTypes` collection stores: a type plus its place in the chooser. */
export const redFlagTypeEntrySchema = redFlagTypeSchema.extend({
  order: z.number().int().min(0).describe('Position in content/red-flag-types.yaml.'),
});
export type RedFlagTypeEntry = z.infer<typeof redFlagTypeEntrySchema>;

export const difficulties = ['easy', 'medium', 'hard'] as const;

/** A key passage is a red flag or a passage that checks out (issue #13: practise both). */
export const passageKinds = ['red-flag', 'sound'] as const;
export const tiers = ['core', 'extra'] as const;
/**
 * A key with at least `FULL_KEY` red flags is split into a core and extras; a smaller key (a
 * small test case) is all core.
 */
export const FULL_KEY = 20;
/**
 * How many red flags a full key's core holds: what a student marks and reads the explanations
 * of within a class period (issue #14) — the opening and the list of sources, not the whole
 * article.
 */
export const CORE_SIZE = { min: 8, max: 15 } as const;
export type Difficulty = (typeof difficulties)[number];

/** Frontmatter of one key passage. The MDX body is its explanation. */
export const redFlagPassageSchema = z.object({
  quote: z
    .string()
    .min(3)
    .refine((s) => !/\n/.test(s), 'a quote stays inside one paragraph or list item')
    .describe('The passage, copied verbatim from the article (same quotes, dashes, spaces).'),
  occurrence: z
    .number()
    .int()
    .min(1)
    .optional()
    .describe('Which occurrence of the quote is meant, when it appears more than once.'),
  kind: z
    .enum(passageKinds)
    .default('red-flag')
    .describe(
      '"red-flag": a reason to stop and check (the default). "sound": a passage that checks out ' +
        'as written; the body says why it holds up, `confirm` how a reader would confirm it.',
    ),
  tier: z
    .enum(tiers)
    .default('core')
    .describe(
      `Red flags: "core" (the headline result: ${CORE_SIZE.min}–${CORE_SIZE.max} in a full key, ` +
        'in whole sections of the article, which the page names as the core) or "extra" (a ' +
        'bonus for a longer lesson or a fast finisher).',
    ),
  types: z
    .array(idSchema)
    .max(4)
    .refine((ids) => new Set(ids).size === ids.length, 'list each type once')
    .describe(
      'Red-flag type ids: the first is the best fit, the others earn partial credit. ' +
        'None for a sound passage.',
    ),
  confirm: z
    .string()
    .min(20)
    .max(400)
    .optional()
    .describe('Sound passages: how a reader would confirm it, in one or two sentences.'),
  difficulty: z.enum(difficulties).describe('How hard this passage is to spot on a first read.'),
  hint: z
    .string()
    .min(10)
    .max(200)
    .describe('A nudge shown on request, without naming the answer.'),
  checksOut: z
    .string()
    .min(10)
    .max(400)
    .optional()
    .describe('What in this passage is accurate or checkable, said plainly.'),
  sources: z
    .array(idSchema)
    .min(1)
    .describe('Source ids (content/sources.yaml) behind the explanation.'),
  source: idSchema
    .optional()
    .describe(
      'When the passage is about a source the article leans on: the `source` id of its card ' +
        'in the experts step (e.g. "hendricks"). Give `verdict` with it.',
    ),
  verdict: verdictSchema
    .optional()
    .describe(
      'The verdict on that source, exactly as its experts card gives it: one verdict per ' +
        'source, checked across files (src/content/checks/verdicts.ts).',
    ),
});
export type RedFlagPassageData = z.infer<typeof redFlagPassageSchema>;
