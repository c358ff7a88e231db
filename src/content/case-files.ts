import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'astro/zod';
import { parseArticle } from '../core/article';
import { ContentError, parseContent } from './errors';
import {
  caseFileSchema,
  idSchema,
  sourcesFileSchema,
  type CaseEntry,
  type Source,
} from './schemas';

function readYaml(file: string, shownAs: string): unknown {
  try {
    return parseYaml(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ContentError(shownAs, [`not valid YAML: ${(error as Error).message}`]);
  }
}

/**
 * Reads every case folder under `casesDir` (`<id>/case.yaml` + `<id>/article.txt`): validates the
 * metadata, parses the article. A new case is a new folder; nothing else needs registering.
 * Errors name the file (relative to `root`) and the field.
 */
export function readCases(
  casesDir: string,
  root = process.cwd(),
): { id: string; data: CaseEntry }[] {
  if (!existsSync(casesDir)) return [];
  const cases = readdirSync(casesDir, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((id) => {
      const dir = join(casesDir, id);
      const shown = (name: string) => relative(root, join(dir, name));
      const idCheck = idSchema.safeParse(id);
      if (!idCheck.success)
        throw new ContentError(shown(''), [`folder name: ${idCheck.error.issues[0]?.message}`]);
      const caseFile = join(dir, 'case.yaml');
      const articleFile = join(dir, 'article.txt');
      if (!existsSync(caseFile)) throw new ContentError(shown('case.yaml'), ['file is missing']);
      if (!existsSync(articleFile))
        throw new ContentError(shown('article.txt'), ['file is missing']);
      const meta = parseContent(
        caseFileSchema,
        readYaml(caseFile, shown('case.yaml')),
        shown('case.yaml'),
      );
      const articleText = readFileSync(articleFile, 'utf8');
      let article;
      try {
        article = parseArticle(articleText);
      } catch (error) {
        throw new ContentError(shown('article.txt'), [(error as Error).message]);
      }
      return { id, data: { ...meta, articleText, article } };
    });
  const codes = new Map<string, string>();
  for (const c of cases) {
    const other = codes.get(c.data.code);
    if (other)
      throw new ContentError(relative(root, join(casesDir, c.id, 'case.yaml')), [
        `code: "${c.data.code}" is already used by ${other}`,
      ]);
    codes.set(c.data.code, c.id);
  }
  return cases;
}

/** Reads one YAML file and checks it against `schema`; errors name the file and the field. */
export function readYamlFile<S extends z.ZodType>(
  schema: S,
  file: string,
  root = process.cwd(),
): z.infer<S> {
  const shown = relative(root, file);
  if (!existsSync(file)) throw new ContentError(shown, ['file is missing']);
  return parseContent(schema, readYaml(file, shown), shown);
}

/** Reads and validates the source registry (`content/sources.yaml`). */
export function readSources(file: string, root = process.cwd()): Source[] {
  return readYamlFile(sourcesFileSchema, file, root);
}
