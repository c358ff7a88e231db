import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { resolve } from 'node:path';
import { casesLoader, redFlagTypesLoader, sourcesLoader } from './content/loaders';
import { caseEntrySchema, sourceSchema } from './content/schemas';
import { guideSchema } from './content/guide-schema';
import { statisticsEntrySchema } from './modules/statistics/schema';
import { expertCardSchema } from './modules/experts/schema';
import { redFlagPassageSchema, redFlagTypeEntrySchema } from './modules/red-flags/schema';
import { transferPostsLoader } from './content/transfer-loader';
import { transferPostEntrySchema } from './modules/transfer/schema';
import { glossaryLoader, glossaryTermSchema } from './content/glossary';
import { z } from 'astro/zod';

const CONTENT = resolve(process.env.SL_CONTENT_DIR ?? './content');

export const collections = {
  cases: defineCollection({
    loader: casesLoader(resolve(CONTENT, 'cases')),
    schema: caseEntrySchema,
  }),
  sources: defineCollection({
    loader: sourcesLoader(resolve(CONTENT, 'sources.yaml')),
    schema: sourceSchema,
  }),
  guides: defineCollection({
    loader: glob({ pattern: '*/guide.yaml', base: resolve(CONTENT, 'cases') }),
    schema: guideSchema,
  }),
  statistics: defineCollection({
    loader: glob({ pattern: '*/statistics/*.mdx', base: resolve(CONTENT, 'cases') }),
    schema: statisticsEntrySchema,
  }),
  experts: defineCollection({
    loader: glob({ pattern: '*/experts/*.mdx', base: resolve(CONTENT, 'cases') }),
    schema: expertCardSchema,
  }),
  redFlags: defineCollection({
    loader: glob({ pattern: '*/red-flags/*.mdx', base: resolve(CONTENT, 'cases') }),
    schema: redFlagPassageSchema,
  }),
  redFlagTypes: defineCollection({
    loader: redFlagTypesLoader(resolve(CONTENT, 'red-flag-types.yaml')),
    schema: redFlagTypeEntrySchema,
  }),
  transferPosts: defineCollection({
    loader: transferPostsLoader(resolve(CONTENT, 'transfer/posts.yaml')),
    schema: transferPostEntrySchema,
  }),
  glossary: defineCollection({
    loader: glossaryLoader(CONTENT),
    schema: glossaryTermSchema.extend({ order: z.number().int() }),
  }),
};
