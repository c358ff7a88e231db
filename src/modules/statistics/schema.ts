/**
 * Content schemas for "Compare the statistics": one MDX file per figure in
 * `content/cases/<case>/statistics/`, plus one closing "number drift" file.
 *
 * The zod schemas check each file on its own. {@link checkStatistics} checks what needs the rest
 * of the case: every quote is really in the article (in the paragraph named), every figure is in
 * its quote, and every real figure points at a registered source.
 */
import { z } from 'astro/zod';
import { idSchema } from '../../content/schemas';
import { PARAGRAPH_ID } from '../../core/article';

const text = (what: string) => z.string().trim().min(1).describe(what);

export const paragraphRefSchema = z
  .string()
  .regex(
    PARAGRAPH_ID,
    'use "headline" or a paragraph id such as "p12" (the ¶ numbers on the article page)',
  );

export const articleQuoteSchema = z.object({
  quote: z
    .string()
    .min(2)
    .describe('Words copied exactly from the article; "…" may stand for words left out.'),
  paragraph: paragraphRefSchema.describe('Where the quote is: "headline" or a paragraph id (p3).'),
});
export type ArticleQuote = z.infer<typeof articleQuoteSchema>;

const promptFields = {
  prompt: z.string().min(10).describe('The prediction question, asked before anything is shown.'),
  help: z.string().min(3).optional().describe('One line under the question, e.g. what counts.'),
};

export const numberQuestionSchema = z
  .object({
    kind: z.literal('number'),
    ...promptFields,
    min: z.number().describe('Smallest value the slider and number entry accept.'),
    max: z.number().describe('Largest value the slider and number entry accept.'),
    step: z.number().positive().describe('Smallest meaningful difference (slider rounding).'),
    unit: text('Unit word shown with the number, e.g. "paramedics" or "minutes".'),
    format: z
      .enum(['count', 'minutes'])
      .default('count')
      .describe('"minutes" shows 93 as "1 h 33 min"; "count" shows 40040 as "40,040".'),
    log: z
      .boolean()
      .describe('Slider and scoring on a log scale: true when plausible guesses span magnitudes.'),
    answer: z.number().describe('The real value the guess is scored against.'),
    answerDisplay: text('The answer as a reader sees it, e.g. "40,040" or "1 h 32 min 54 s".'),
    bands: z
      .object({
        full: z.number().positive().describe('Within this: a full point.'),
        half: z.number().positive().describe('Within this: half a point.'),
      })
      .describe('Log scale: ratios (1.25 = within a factor of 1.25). Linear: differences.'),
  })
  .superRefine((q, ctx) => {
    if (q.max <= q.min)
      ctx.addIssue({ code: 'custom', path: ['max'], message: 'must be above min' });
    if (q.answer < q.min || q.answer > q.max)
      ctx.addIssue({ code: 'custom', path: ['answer'], message: 'must be between min and max' });
    if (q.log && q.min <= 0)
      ctx.addIssue({ code: 'custom', path: ['min'], message: 'a log scale needs min above 0' });
    if (q.log && q.bands.full <= 1)
      ctx.addIssue({
        code: 'custom',
        path: ['bands', 'full'],
        message: 'on a log scale bands are ratios above 1, e.g. 1.25',
      });
    if (q.bands.half < q.bands.full)
      ctx.addIssue({
        code: 'custom',
        path: ['bands', 'half'],
        message: 'the half-point band must be at least as wide as the full-point band',
      });
  });

export const choiceQuestionSchema = z
  .object({
    kind: z.literal('choice'),
    ...promptFields,
    options: z
      .array(z.object({ id: idSchema, label: text('The option as the student reads it.') }))
      .min(2)
      .max(6),
    answer: idSchema.describe('The id of the best option (a full point).'),
    partial: z
      .array(idSchema)
      .default([])
      .describe('Ids of options worth half a point: not right, but in the right direction.'),
  })
  .superRefine((q, ctx) => {
    const ids = q.options.map((o) => o.id);
    if (new Set(ids).size !== ids.length)
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'option ids must be unique' });
    if (!ids.includes(q.answer))
      ctx.addIssue({ code: 'custom', path: ['answer'], message: `"${q.answer}" is not an option` });
    q.partial.forEach((p, i) => {
      if (!ids.includes(p) || p === q.answer)
        ctx.addIssue({
          code: 'custom',
          path: ['partial', i],
          message: `"${p}" must be another option than the answer`,
        });
    });
  });

export const questionSchema = z.discriminatedUnion('kind', [
  numberQuestionSchema,
  choiceQuestionSchema,
]);

const sourcesSchema = z
  .array(idSchema)
  .min(1, 'a real figure needs a source: list at least one id from content/sources.yaml')
  .describe('Ids in content/sources.yaml that report this value.');

export const realValueSchema = z.object({
  label: text('What was counted, as the chart label, e.g. "Registered paramedics, UK".'),
  value: z.number().min(0).describe('The value on the chart scale (minutes for times).'),
  display: z
    .string()
    .min(1)
    .max(24)
    .describe('The value as printed beside its bar, e.g. "40,040" or "1 h 32 min 54 s".'),
  period: text('When: a date, month or span, e.g. "Year to June 2022".'),
  place: text('Where the count covers, e.g. "NHS England" or "UK".'),
  sources: sourcesSchema,
  kind: z
    .enum(['real', 'context'])
    .default('real')
    .describe('"context": a real figure measuring something else, shown for comparison.'),
});
export type RealValue = z.infer<typeof realValueSchema>;

export const articleFigureSchema = z.object({
  figure: text('The figure as printed in the quote, e.g. "40,000" or "nearly triple".'),
  label: text('What the article says it counts, as the chart label.'),
  value: z
    .number()
    .min(0)
    .optional()
    .describe('The claim on the chart scale. For a multiple ("triple") say in the label how.'),
  display: z.string().min(1).max(24).optional().describe('The claim as printed by its bar.'),
});

const checkRowSchema = z.object({
  article: text('What the article says (or "Not said").'),
  source: text('What the source says, or what we could (not) find.'),
});

/** The questions to ask of any statistic, answered for the article and for the source. */
export const checksSchema = z.object({
  who: checkRowSchema.describe('Who counted?'),
  what: checkRowSchema.describe('What exactly was counted?'),
  where: checkRowSchema.describe('Where?'),
  when: checkRowSchema.describe('Over what period?'),
  comparedWith: checkRowSchema.describe('Compared with what?'),
});
export type Checks = z.infer<typeof checksSchema>;

export const chartSchema = z.object({
  title: text('The chart title (also its accessible name).'),
  summary: text('One sentence: what the chart shows at a glance (starts its description).'),
  axisLabel: text('What the scale measures, e.g. "Number of paramedics" or "Minutes".'),
  reference: z
    .object({
      value: z.number().min(0),
      display: z.string().min(1).max(24).describe('The value as a reader sees it, e.g. "18 min".'),
      label: text('e.g. "Target: mean under 18 min".'),
      period: text('Since when it applies, e.g. "In force nationally since 2018".').optional(),
      place: text('Where it applies, e.g. "England".').optional(),
      sources: sourcesSchema,
    })
    .optional()
    .describe('A dashed line across the bars, e.g. a target.'),
  caption: text('Shown under the chart: period, place, and how to read it.'),
});

const figureFields = {
  order: z.number().int().min(1).describe('Position in the module, in article order.'),
  tier: z
    .enum(['core', 'extra'])
    .default('core')
    .describe(
      'core: every student does it, in a 45-minute lesson; extra: for a longer lesson, ' +
        'homework or fast finishers. The step is done when its core figures and the drift are.',
    ),
  title: text('A short heading for the figure.'),
  ...articleQuoteSchema.shape,
  alsoIn: z
    .array(articleQuoteSchema)
    .default([])
    .describe('Other places the article repeats the figure.'),
  checks: checksSchema,
};

/** A figure we can compare with a real, sourced value. */
export const sourcedFigureSchema = z
  .object({
    kind: z.literal('sourced'),
    ...figureFields,
    question: questionSchema,
    article: articleFigureSchema,
    real: z.array(realValueSchema).min(1).describe('The real values, each with its sources.'),
    chart: chartSchema,
  })
  .superRefine((f, ctx) => {
    if (f.article.value === undefined || f.article.display === undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['article', 'value'],
        message: 'a compared figure needs the claim as a value and display, to draw its bar',
      });
  });

/** A figure with no source: the student judges how checkable it is. */
export const unsourcedFigureSchema = z.object({
  kind: z.literal('unsourced'),
  ...figureFields,
  question: choiceQuestionSchema,
  article: articleFigureSchema,
});

export const driftStepSchema = z
  .object({
    id: idSchema,
    label: text('Where this step is, e.g. "The source" or "The headline".'),
    quote: z.string().min(2).optional().describe('The words, exactly as the article prints them.'),
    paragraph: paragraphRefSchema.optional(),
    sources: z.array(idSchema).optional().describe('For the source step: who reported it.'),
    number: text('The figure as it appears here.'),
    who: text('Who is counted.'),
    what: text('What happened to them.'),
    where: text('Where.'),
    when: text('Over what period, or when.'),
    why: z.string().min(1).optional().describe('The reason given, if any.'),
    note: text('One or two sentences: what changed here and why it matters.'),
  })
  .superRefine((s, ctx) => {
    const quoted = s.quote !== undefined && s.paragraph !== undefined;
    if (!quoted && !(s.sources && s.sources.length > 0))
      ctx.addIssue({
        code: 'custom',
        path: ['quote'],
        message: 'a step needs a quote and paragraph from the article, or sources',
      });
    if ((s.quote === undefined) !== (s.paragraph === undefined))
      ctx.addIssue({
        code: 'custom',
        path: ['paragraph'],
        message: 'give quote and paragraph together',
      });
  });
export type DriftStep = z.infer<typeof driftStepSchema>;

/** The closing view: one figure's path from its source to the headline. */
export const driftSchema = z.object({
  kind: z.literal('drift'),
  order: z.number().int().min(1),
  title: text('Heading of the drift view.'),
  intro: text('One or two sentences introducing the path.'),
  steps: z.array(driftStepSchema).min(2).describe('From the source to the headline, in order.'),
});

/** One file in `content/cases/<case>/statistics/`. */
export const statisticsEntrySchema = z.discriminatedUnion('kind', [
  sourcedFigureSchema,
  unsourcedFigureSchema,
  driftSchema,
]);
export type StatisticsEntry = z.infer<typeof statisticsEntrySchema>;
export type SourcedFigure = z.infer<typeof sourcedFigureSchema>;
export type UnsourcedFigure = z.infer<typeof unsourcedFigureSchema>;
export type Figure = SourcedFigure | UnsourcedFigure;
export type Drift = z.infer<typeof driftSchema>;
