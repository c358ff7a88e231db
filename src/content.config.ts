import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { resolve } from 'node:path';
import { readCases, readSources } from './content/case-files';
import { caseEntrySchema, sourceSchema } from './content/schemas';
import { guideSchema } from './content/guide-schema';
import { statisticsEntrySchema } from './modules/statistics/schema';
import { expertCardSchema } from './modules/experts/schema';
import {
  redFlagPassageSchema,
  redFlagTypeEntrySchema,
  redFlagTypesLoader,
} from './modules/red-flags/schema';

const CONTENT = resolve(process.env.SL_CONTENT_DIR ?? './content');

/** Loads every `content/cases/<id>/` folder (case.yaml + article.txt) as one entry. */
function casesLoader(): Loader {
  return {
    name: 'second-look-cases',
    load: async ({ store, parseData, watcher }) => {
      watcher?.add(resolve(CONTENT, 'cases'));
      store.clear();
      for (const { id, data } of readCases(resolve(CONTENT, 'cases'))) {
        store.set({ id, data: await parseData({ id, data }) });
      }
    },
  };
}

/** Loads the source registry, `content/sources.yaml`. */
function sourcesLoader(): Loader {
  return {
    name: 'second-look-sources',
    load: async ({ store, parseData, watcher }) => {
      const file = resolve(CONTENT, 'sources.yaml');
      watcher?.add(file);
      store.clear();
      for (const source of readSources(file)) {
        store.set({ id: source.id, data: await parseData({ id: source.id, data: source }) });
      }
    },
  };
}

export const collections = {
  cases: defineCollection({ loader: casesLoader(), schema: caseEntrySchema }),
  sources: defineCollection({ loader: sourcesLoader(), schema: sourceSchema }),
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
};
