/**
 * The custom loaders behind the content collections (src/content.config.ts): the case folders,
 * the source registry and the red-flag types. Each validates as it reads, so an error names the
 * file and the field.
 */
import { existsSync } from 'node:fs';
import type { Loader } from 'astro/loaders';
import { readCases, readSources, readYamlFile } from './case-files';
import { redFlagTypesFileSchema, type RedFlagType } from '../modules/red-flags/schema';

/** Loads every `content/cases/<id>/` folder (case.yaml + article.txt) as one entry. */
export function casesLoader(dir: string): Loader {
  return {
    name: 'second-look-cases',
    load: async ({ store, parseData, watcher }) => {
      watcher?.add(dir);
      store.clear();
      for (const { id, data } of readCases(dir)) {
        store.set({ id, data: await parseData({ id, data }) });
      }
    },
  };
}

/** Loads the source registry, `content/sources.yaml`. */
export function sourcesLoader(file: string): Loader {
  return {
    name: 'second-look-sources',
    load: async ({ store, parseData, watcher }) => {
      watcher?.add(file);
      store.clear();
      for (const source of readSources(file)) {
        store.set({ id: source.id, data: await parseData({ id: source.id, data: source }) });
      }
    },
  };
}

/** Reads and validates the taxonomy; errors name the file and the field. */
export function readRedFlagTypes(file: string, root = process.cwd()): RedFlagType[] {
  return readYamlFile(redFlagTypesFileSchema, file, root);
}

/**
 * Loads `content/red-flag-types.yaml`, keeping the file's order (the chooser's order). A content
 * folder without it loads no types; the red-flags page then fails the build for any case that
 * has the step.
 */
export function redFlagTypesLoader(file: string): Loader {
  return {
    name: 'second-look-red-flag-types',
    load: async ({ store, parseData, watcher }) => {
      watcher?.add(file);
      store.clear();
      if (!existsSync(file)) return;
      const types = readRedFlagTypes(file);
      for (const [order, type] of types.entries()) {
        store.set({
          id: type.id,
          data: await parseData({ id: type.id, data: { ...type, order } }),
        });
      }
    },
  };
}
