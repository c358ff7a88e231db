/**
 * Content model of the "Check the named experts" module: one source card per MDX file in
 * `content/cases/<case>/experts/`. Build-time only (full zod): the island imports types, never
 * this module's values.
 *
 * A card holds what the article claims (quoted, with the paragraph it is in), the choices for
 * "what would you check first, and where?", the prepared "what a check finds" panels, the
 * expected verdict, and (in the MDX body) the explained answer.
 */
import { z } from 'astro/zod';
import { PARAGRAPH_ID } from '../../core/article';
import { flagDuplicateIds, idSchema } from '../../content/schemas';
import { verdicts } from './scoring';

/** Anchor of the article's title line (headline and the site name shown with it). */
export const HEADLINE_ANCHOR = 'headline';

/** What sort of source a card is about; the UI shows it as a small label. */
export const sourceKinds = [
  'named-expert',
  'organisation',
  'documents',
  'anonymous',
  'publisher',
  'sources-list',
] as const;
export type SourceKind = (typeof sourceKinds)[number];

/** What a prepared panel reports. */
export const findingResults = [
  /** A check turned this up; the panel links where. */
  'found',
  /** We searched and found nothing: the panel says "we could not find…", never "does not exist". */
  'not-found',
  /** Where (and how) a reader can check, and what that check can and cannot show. */
  'where-to-check',
  /** The article gives nothing to look up (no name, no title, no link). */
  'not-given',
] as const;
export type FindingResult = (typeof findingResults)[number];

export const quoteSchema = z.object({
  text: z
    .string()
    .min(2)
    .describe(
      'The words exactly as the article prints them (curly quotes and dashes included). ' +
        'Use " … " to leave words out; each part must appear, in order, in the paragraph.',
    ),
  paragraph: z
    .string()
    .regex(PARAGRAPH_ID, 'use a paragraph id such as "p22", "p87-10" or "headline"')
    .describe(
      'The block the quote is in, as the article parser numbers it (p22; p87-10 for a list ' +
        'item; "headline" for the title line with the site name). Also the reader anchor.',
    ),
});
export type Quote = z.infer<typeof quoteSchema>;

export const checkChoiceSchema = z.object({
  id: idSchema.describe('Saved with the student’s answer; keep it stable once published.'),
  label: z.string().min(5).max(160).describe('What to check and where, as the student reads it.'),
  strong: z
    .boolean()
    .describe('true when this is a strong first move for this source, false otherwise.'),
  feedback: z.string().min(20).describe('Shown after the student picks this: why (not) first.'),
});
export type CheckChoice = z.infer<typeof checkChoiceSchema>;

export const findingSchema = z
  .object({
    title: z.string().min(3).max(80).describe('A short heading for the panel.'),
    result: z
      .enum(findingResults)
      .describe('found | not-found | where-to-check | not-given (the panel’s icon and label).'),
    text: z
      .string()
      .min(20)
      .describe(
        'What the check finds, drawn only from the fact sheet. Blank lines split paragraphs. ' +
          'Where nothing was found, say "we could not find…".',
      ),
    sources: z
      .array(idSchema)
      .default([])
      .describe('Source ids (content/sources.yaml) where a class with internet repeats the check.'),
    repeat: z
      .string()
      .min(20)
      .optional()
      .describe('How to repeat the check in words, when there is no address to link.'),
  })
  .superRefine((f, ctx) => {
    if (
      (f.result === 'found' || f.result === 'not-found' || f.result === 'where-to-check') &&
      f.sources.length === 0 &&
      !f.repeat
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['sources'],
        message: 'say where to repeat this check: list source ids, or add a "repeat" text',
      });
    }
  });
export type Finding = z.infer<typeof findingSchema>;

export const verdictSchema = z.enum(verdicts);

export const partialVerdictSchema = z.object({
  verdict: verdictSchema.describe('A verdict that is arguable for this card: half the points.'),
  feedback: z.string().min(20).describe('Why it is half right.'),
});

/** Frontmatter of `content/cases/<case>/experts/*.mdx`; the MDX body is the explained answer. */
export const expertCardSchema = z
  .object({
    order: z.number().int().min(1).describe('Position in the module (the article’s order).'),
    title: z.string().min(3).max(90).describe('The source, as the card heading names it.'),
    short: z
      .string()
      .min(2)
      .max(28)
      .describe('A short name for the summary chips, e.g. "Dr. Thornton".'),
    kind: z.enum(sourceKinds).describe('What sort of source this is.'),
    tier: z
      .enum(['core', 'extra'])
      .default('core')
      .describe(
        'core: every student does it, in a 45-minute lesson; extra: for a longer lesson, ' +
          'homework or fast finishers. The step is done when its core cards are.',
      ),
    source: idSchema
      .optional()
      .describe(
        'The source this card judges, as an id the red-flag key shares (e.g. "hendricks"). ' +
          'Its `verdict` is the one verdict for that source: a red-flag passage that names the ' +
          'same `source` must give the same `verdict` (src/content/checks/verdicts.ts).',
      ),
    claim: z
      .string()
      .min(10)
      .max(200)
      .describe('The load-bearing claim the article rests on this source, in one line.'),
    quotes: z
      .array(quoteSchema)
      .min(1)
      .describe('Where the article leans on this source, in article order.'),
    checkChoices: z
      .array(checkChoiceSchema)
      .min(2)
      .max(6)
      .describe('"What would you check first, and where?" (the UI adds "somewhere else").'),
    findings: z
      .array(findingSchema)
      .min(1)
      .describe('Prepared "what a check finds" panels, in the order a checker meets them.'),
    verdict: verdictSchema.describe('The verdict the checks support.'),
    partialVerdicts: z
      .array(partialVerdictSchema)
      .default([])
      .describe('Other defensible verdicts, each worth half the points.'),
  })
  .superRefine((card, ctx) => {
    flagDuplicateIds(card.checkChoices, ctx, ['checkChoices']);
    if (!card.checkChoices.some((c) => c.strong))
      ctx.addIssue({
        code: 'custom',
        path: ['checkChoices'],
        message: 'mark at least one choice as a strong first move',
      });
    if (card.checkChoices.every((c) => c.strong))
      ctx.addIssue({
        code: 'custom',
        path: ['checkChoices'],
        message: 'include at least one weaker move, or there is nothing to learn',
      });
    card.partialVerdicts.forEach((p, i) => {
      if (p.verdict === card.verdict)
        ctx.addIssue({
          code: 'custom',
          path: ['partialVerdicts', i, 'verdict'],
          message: 'the expected verdict cannot also be a half-right one',
        });
    });
  });
export type ExpertCard = z.infer<typeof expertCardSchema>;
