/**
 * Content schema for the transfer test (issue #12): short social-media-style posts on topics the
 * lesson never teaches, rated before and after the lesson (`content/transfer/posts.yaml`). Every
 * text field is copied verbatim from `../shared/TRANSFER.md`. Build-time only (full zod): the
 * browser gets plain props. Rules that span posts (6 + 6 per form, positions, the same truth
 * order in every form) live in `src/content/checks/transfer.ts`.
 */
import { z } from 'astro/zod';
import { idSchema } from '../../content/schemas';

/** The parallel forms: A and B are the before/after pair, C the retention check. */
export const transferForms = ['A', 'B', 'C'] as const;
export type TransferForm = (typeof transferForms)[number];

/** Posts per form, and how many of them are accurate (the rest are made up). */
export const POSTS_PER_FORM = 12;
export const ACCURATE_PER_FORM = 6;

/** How a post reads (TRANSFER.md's "tone"). */
export const transferTones = ['emotive', 'calm', 'surprising'] as const;

/**
 * The techniques a made-up post uses, from TRANSFER.md's "Techniques" and "TWIST" notes. Where the
 * lesson's red-flag taxonomy (`content/red-flag-types.yaml`) already names a technique, the id is
 * the same, so a student meets one name for one idea.
 */
export const transferTechniques = {
  // Twists of a real, quoted figure (TRANSFER.md marks these "TWIST").
  'wrong-unit': 'A real number kept, its unit changed (centimetres become metres).',
  'wrong-period':
    'A real number given the wrong time period (a one-off change or a per-decade rate made yearly).',
  'wrong-group': 'A real figure applied to a different group from the one measured.',
  'wrong-conclusion': 'A real figure used for a conclusion its source does not draw, or rules out.',
  // The lesson's red-flag types.
  'headline-mismatch': 'A headline its own text does not support.',
  'emotive-language': 'Emotive capitals, punctuation and emojis.',
  'anonymous-source': 'Unnamed insiders, sources or "scientists".',
  'unseen-document': 'A "leaked" document nobody can see.',
  'unsourced-number': 'False precision: an exact-looking figure nobody can trace.',
  'uncheckable-expert': 'An expert with a title but no name, institution or study.',
  'hidden-truth':
    '"Nobody is talking about this", "they don\'t want you to know", "keep it quiet".',
  'engagement-bait': 'A push to share or act now ("share before it\'s deleted", "stock up now").',
  'borrowed-credibility':
    'A real source or name, used correctly, that makes a false claim look trustworthy.',
  // Others from TRANSFER.md.
  'untraceable-study':
    'A "study" or "science" with no researchers, university, publisher or journal named.',
  'made-up-confirmation': 'A made-up official confirmation attributed to a real institution.',
  'detail-error': 'A telling detail error (the wrong organisation for the job).',
  'unsupported-consequence': 'A dramatic consequence that does not follow from the claim.',
} as const;
export type TransferTechnique = keyof typeof transferTechniques;
const techniqueIds = Object.keys(transferTechniques) as [TransferTechnique, ...TransferTechnique[]];

/** The label a made-up post carries wherever its explanation is shown. */
export const MADE_UP_LABEL = 'Made up for this lesson';

const oneLine = (what: string) =>
  z
    .string()
    .trim()
    .min(2)
    .refine((s) => !s.includes('\n'), `keep ${what} on one line`);

const httpUrl = z
  .url({ protocol: /^https?$/ })
  .describe('The address exactly as TRANSFER.md gives it (http or https).');

/** One page read to check the post (accurate) or to give the real figure (made up). */
export const transferSourceSchema = z.object({
  url: httpUrl,
  note: oneLine('a note')
    .optional()
    .describe('What the page is, as TRANSFER.md describes it (for example "Reuters, 2025-06-09").'),
  quote: oneLine('a quote')
    .optional()
    .describe(
      'The sentence(s) read on that page, copied verbatim from TRANSFER.md, quotes included.',
    ),
});
export type TransferSource = z.infer<typeof transferSourceSchema>;

/** Where a careful reader would check: the organisation and its own site, not a copy. */
export const whereToCheckSchema = z.object({
  organisation: oneLine('the organisation').describe(
    'The organisation to check with, as TRANSFER.md names it (Met Office, WHO, ONS, Ofcom, NASA…).',
  ),
  site: z
    .string()
    .regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, 'give the bare site name, such as "metoffice.gov.uk"')
    .optional()
    .describe(
      'Its own site, bare ("metoffice.gov.uk"), as TRANSFER.md names it; omit if it names none.',
    ),
});

/** One post of the transfer test. */
export const transferPostSchema = z
  .object({
    id: idSchema.describe(
      'TRANSFER.md\'s label in lower case: "acc-1"…"acc-12", "ina-1"…"ina-12", "c-acc-1", "c-ina-2"….',
    ),
    form: z
      .enum(transferForms)
      .describe('The parallel form: A or B (before/after), C (retention).'),
    position: z
      .number()
      .int()
      .min(1)
      .max(POSTS_PER_FORM)
      .describe('Place in its form (TRANSFER.md Part 3 / Part 3C order), 1–12.'),
    accurate: z.boolean().describe('true for a checked, accurate post; false for a made-up one.'),
    topic: oneLine('the topic').describe(
      'The topic as TRANSFER.md gives it ("weather", "health (WHO)").',
    ),
    tone: z.enum(transferTones).describe('How the post reads.'),
    text: oneLine('the post').describe('The post exactly as the student sees it (verbatim).'),
    sourceLine: oneLine('the source line')
      .refine((s) => s.startsWith('Source: '), 'a source line starts "Source: "')
      .describe('The source line shown under the post, "Source: …" (verbatim).'),
    figureRefersTo: oneLine('"figure refers to"')
      .optional()
      .describe("The date or period the post's figure refers to, where TRANSFER.md gives one."),
    madeUpLabel: z
      .literal(MADE_UP_LABEL)
      .optional()
      .describe(`Made-up posts only: the label "${MADE_UP_LABEL}", shown with the explanation.`),
    techniques: z
      .array(z.enum(techniqueIds))
      .refine((ids) => new Set(ids).size === ids.length, 'list each technique once')
      .optional()
      .describe('Made-up posts only: the techniques it uses (ids from transferTechniques).'),
    techniquesText: oneLine('the techniques note')
      .optional()
      .describe('Made-up posts only: TRANSFER.md\'s "Techniques" line (verbatim).'),
    howItDistorts: oneLine('"how it distorts"')
      .optional()
      .describe('Twists of a real figure only: TRANSFER.md\'s "How it distorts" line (verbatim).'),
    explanation: oneLine('the explanation')
      .refine((s) => s.length >= 40, 'an explanation needs at least a sentence or two')
      .describe('What the student reads after answering (verbatim from TRANSFER.md).'),
    asOf: oneLine('"as of"')
      .optional()
      .describe(
        'For a "record", "ever" or "latest" claim: the date it holds as of, shown after the explanation.',
      ),
    whereToCheck: z
      .array(whereToCheckSchema)
      .describe('Where a careful reader would check; at least one for an accurate post.'),
    sourcePages: z
      .array(transferSourceSchema)
      .describe(
        'Pages read, by address (TRANSFER.md "Verify", "Real figure and source", "Supporting fact"). ' +
          'Not "sources": in this project that key lists ids of content/sources.yaml.',
      ),
    teacherNotes: z
      .array(oneLine('a teacher note'))
      .optional()
      .describe(
        'Notes for the teacher and fact-checker from TRANSFER.md; never shown to students.',
      ),
  })
  .superRefine((post, ctx) => {
    const issue = (path: string, message: string) =>
      ctx.addIssue({ code: 'custom', path: [path], message });
    const idIsAccurate = /^(c-)?acc-\d+$/.test(post.id);
    const idIsMadeUp = /^(c-)?ina-\d+$/.test(post.id);
    if (!idIsAccurate && !idIsMadeUp)
      issue('id', 'use TRANSFER.md\'s label: "acc-n", "ina-n", "c-acc-n" or "c-ina-n"');
    else if (idIsAccurate !== post.accurate)
      issue('accurate', `"${post.id}" is ${idIsAccurate ? 'an accurate' : 'a made-up'} post`);
    if (post.id.startsWith('c-') !== (post.form === 'C'))
      issue('form', 'form C posts, and only they, have ids starting "c-"');
    if (post.accurate) {
      for (const field of ['madeUpLabel', 'techniques', 'techniquesText', 'howItDistorts'] as const)
        if (post[field] !== undefined) issue(field, 'only a made-up post has this field');
      if (post.whereToCheck.length === 0)
        issue('whereToCheck', 'name at least one place a careful reader would check');
    } else {
      if (post.madeUpLabel === undefined)
        issue('madeUpLabel', `a made-up post carries the label "${MADE_UP_LABEL}"`);
      if (!post.techniquesText) issue('techniquesText', 'copy the "Techniques" line');
      if (!/^This was made up for this lesson\b/.test(post.explanation))
        issue(
          'explanation',
          'a made-up post\'s explanation starts "This was made up for this lesson"',
        );
    }
  });
export type TransferPost = z.infer<typeof transferPostSchema>;

/** `content/transfer/posts.yaml`: every post, ordered by form, then position. */
export const transferPostsFileSchema = z.array(transferPostSchema).min(1);

/** What the `transferPosts` collection stores: a post plus its place in the file. */
export const transferPostEntrySchema = transferPostSchema.safeExtend({
  order: z.number().int().min(0).describe('Position in content/transfer/posts.yaml.'),
});
export type TransferPostEntry = z.infer<typeof transferPostEntrySchema>;
