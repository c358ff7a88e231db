/**
 * The glossary (`content/glossary.yaml`) and the check that every `[[term]]` mark in the lesson
 * content resolves to one of its entries. The loader runs the check, so an unknown term stops the
 * build with the file and the line named, whichever page would have shown it.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'astro/zod';
import type { Loader } from 'astro/loaders';
import { findMarks, termLookup } from '../core/glossary-marks';
import { readYamlFile } from './case-files';
import { ContentError } from './errors';
import { flagDuplicateIds, idSchema } from './schemas';

export const glossaryTermSchema = z.object({
  id: idSchema.describe('The term’s anchor on /glossary/ and in popover ids.'),
  term: z.string().min(2).describe('The term as the glossary lists it.'),
  aliases: z
    .array(z.string().min(2))
    .default([])
    .describe('Other words a mark may use for it (plurals, short forms); case is ignored.'),
  definition: z
    .string()
    .min(20)
    .describe('Plain words for 13–17 year olds; any fact only as the fact sheet states it.'),
  sources: z
    .array(idSchema)
    .default([])
    .describe('Where a fact in the definition comes from: ids in content/sources.yaml.'),
});
export type GlossaryTerm = z.infer<typeof glossaryTermSchema>;

export const glossaryFileSchema = z.array(glossaryTermSchema).superRefine((terms, ctx) => {
  flagDuplicateIds(terms, ctx);
  // Two entries answering to the same word would make a mark ambiguous.
  const owner = new Map<string, string>();
  terms.forEach((t, i) =>
    [t.id, t.term, ...t.aliases].forEach((name) => {
      const k = name.toLowerCase();
      const other = owner.get(k);
      if (other && other !== t.id)
        ctx.addIssue({
          code: 'custom',
          path: [i, 'aliases'],
          message: `“${name}” already names the term "${other}"`,
        });
      owner.set(k, t.id);
    }),
  );
});

/** The content files a mark could be typed in: every MDX and YAML file but the glossary. */
function markableFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(mdx|ya?ml)$/.test(f) && f !== 'glossary.yaml')
    .sort()
    .map((f) => join(dir, f));
}

/**
 * Each mark in `text` that no term answers to, as `line <n>: …`; none when all resolve.
 *
 * @example unknownMarks('a [[mean]] and [[mode]]', terms) // ['line 1: “[[mode]]” is not in the glossary …']
 */
export function unknownMarks(text: string, terms: readonly GlossaryTerm[]): string[] {
  const lookup = termLookup(terms);
  return findMarks(text)
    .filter((m) => !lookup(m.target))
    .map(
      (m) =>
        `line ${m.line}: “${text.slice(m.index, m.index + m.length)}” is not in the glossary ` +
        '(content/glossary.yaml: add the term, or an alias to an entry)',
    );
}

/**
 * Marks the site would show as typed, as `line <n>: …`: marks are made buttons in the text of an
 * MDX explanation, not (yet) in YAML fields or front matter, whose strings reach islands as
 * plain text.
 */
export function unrenderedMarks(text: string, isMdx: boolean): string[] {
  const frontmatter = isMdx ? (/^---\n[\s\S]*?\n---\n/.exec(text)?.[0].length ?? 0) : text.length;
  return findMarks(text)
    .filter((m) => m.index < frontmatter)
    .map(
      (m) =>
        `line ${m.line}: “${text.slice(m.index, m.index + m.length)}” would show as typed: ` +
        'glossary marks work in the text of an MDX file, below its front matter',
    );
}

/**
 * Reads the glossary under `contentDir` and checks every mark in the content against it; throws a
 * {@link ContentError} naming the first file with a bad mark and each such line. A content
 * folder without a glossary has no terms, so any mark in it fails.
 */
export function readGlossary(contentDir: string, root = process.cwd()): GlossaryTerm[] {
  const file = join(contentDir, 'glossary.yaml');
  const terms = existsSync(file) ? readYamlFile(glossaryFileSchema, file, root) : [];
  for (const path of markableFiles(contentDir)) {
    const text = readFileSync(path, 'utf8');
    const problems = [
      ...unknownMarks(text, terms),
      ...unrenderedMarks(text, path.endsWith('.mdx')),
    ];
    if (problems.length)
      throw new ContentError(
        relative(root, path),
        problems,
        'Mark only terms the glossary defines, in the text of an MDX explanation: [[term]], or ' +
          '[[words shown|term]] where the words differ. The glossary is content/glossary.yaml.',
      );
  }
  return terms;
}

/** Loads the glossary, alphabetically, after checking every mark in the content. */
export function glossaryLoader(contentDir: string): Loader {
  return {
    name: 'second-look-glossary',
    load: async ({ store, parseData, watcher }) => {
      watcher?.add(contentDir);
      store.clear();
      const terms = readGlossary(contentDir).sort((a, b) =>
        a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }),
      );
      for (const [order, term] of terms.entries())
        store.set({
          id: term.id,
          data: await parseData({ id: term.id, data: { ...term, order } }),
        });
    },
  };
}
