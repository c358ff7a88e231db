/**
 * Build time: a case's red-flags content (checked by src/content/queries.ts) as what each page
 * shows. The marking page gets the island's props; the glossary page the kinds of red flag; the
 * answer key page every passage's card; the JSON files what the island loads when needed: the
 * kinds (with the type chooser), the key (for the results), the hints and the explanations.
 */
import type { MarkingDoc, Section } from '../../core/marking-doc';
import { getRedFlagsContent, type CaseItem } from '../../content/queries';
import { pick, t } from '../../i18n';
import { pageMessages, redFlagsStrings } from './messages';
import { renderMdxToHtml } from '../../ui/render-mdx';
import { sectionHints } from './hints';
import { packContent, packKinds, packResults, passageKey } from './packed';
import { placeOf } from './place';
import { coreSections } from '../../core/key-sections';
import { CHECKS_OUT } from './checks-out';
import type { Difficulty } from './schema';
import { passagesInSection } from './scoring';
import {
  KINDS_KEYS,
  RESULTS_KEYS,
  type ExplanationsJson,
  type HintsJson,
  type KindsJson,
  type RedFlagsProps,
  type ResultsJson,
  stepFiles,
} from './view-types';

/** Where a case's red-flags pages and files are. */
export const redFlagsPaths = (caseId: string) => {
  const files = stepFiles(caseId);
  return { ...files, kinds: `${files.page}kinds/` };
};

/** One kind of red flag in the glossary ("The kinds of red flag, with examples"). */
export interface GlossaryItem {
  name: string;
  definition: string;
  example: string;
  idea: string;
  sources: string[];
}

/** The marking page: the island's props, the size of the key, and where the other pages are. */
export async function markingView(entry: CaseItem): Promise<{
  island: RedFlagsProps;
  keySize: number;
  /** Where the core is, for the page's task: "the opening" and quoted subheadings. */
  coreParts: string[];
  paths: ReturnType<typeof redFlagsPaths>;
}> {
  const { doc, passages } = await getRedFlagsContent(entry);
  const paths = redFlagsPaths(entry.id);
  const core = coreSections(
    doc,
    passages.map((p) => ({ ...p, kind: p.source.data.kind, tier: p.source.data.tier })),
  );
  return {
    island: {
      caseId: entry.id,
      content: packContent({
        article: {
          site: entry.data.article.site,
          headline: entry.data.article.headline,
          blocks: entry.data.article.blocks,
        },
        hintSections: doc.sections
          .filter((s) => passagesInSection(doc, passages, s.index).length > 0)
          .map((s) => s.index),
        messages: pageMessages(),
      }),
    },
    keySize: passages.length,
    // Said only where there is more than the core (a small key is all core).
    coreParts: passages.some((p) => p.source.data.tier === 'extra') ? whereCoreIs(doc, core) : [],
    paths,
  };
}

/** A subheading as the task names it: up to its colon ("The Breaking Point"). */
const shortTitle = (title: string) => title.split(':')[0]?.trim() || title;

/**
 * The core sections as the task names them: the top of the article down to the first
 * subheading after the core, and each later core section by its subheading.
 */
function whereCoreIs(doc: MarkingDoc, core: readonly Section[]): string[] {
  const parts: string[] = [];
  let top = 0;
  while (core[top]?.index === top) top += 1;
  const next = doc.sections[top];
  if (top > 0 && next) parts.push(t('redFlags.coreTop', { title: shortTitle(next.title) }));
  for (const s of core.slice(top))
    parts.push(t('redFlags.coreSection', { title: shortTitle(s.title) }));
  return parts;
}

/** The kinds of red flag as the type chooser shows them, with its strings (`kinds.json`). */
export async function kindsOf(entry: CaseItem): Promise<KindsJson> {
  const { types } = await getRedFlagsContent(entry);
  // "It checks out" comes first, set apart in the chooser (issue #13).
  const checksOut = {
    id: CHECKS_OUT,
    name: t('redFlags.checksOutName'),
    short: t('redFlags.checksOutShort'),
    definition: t('redFlags.checksOutDefinition'),
  };
  return packKinds(
    [
      checksOut,
      ...types.map(({ data }) => ({
        id: data.id,
        name: data.name,
        short: data.short,
        definition: data.definition,
      })),
    ],
    { redFlags: redFlagsStrings(KINDS_KEYS), place: pick('place').place },
  );
}

/** The key as the island scores marks and draws the results, with their strings (`results.json`). */
export async function resultsOf(entry: CaseItem): Promise<ResultsJson> {
  const { passages } = await getRedFlagsContent(entry);
  return packResults(
    passages.map((p) => ({
      id: passageKey(p),
      start: p.start,
      end: p.end,
      types: p.types,
      difficulty: p.entry.data.difficulty,
      kind: p.entry.data.kind,
      tier: p.entry.data.tier,
      ...(p.entry.data.checksOut ? { checksOut: p.entry.data.checksOut } : {}),
      ...(p.entry.data.confirm ? { confirm: p.entry.data.confirm } : {}),
    })),
    { redFlags: redFlagsStrings(RESULTS_KEYS), readAloud: pick('readAloud').readAloud },
  );
}

/** The kinds of red flag, with examples and where each idea comes from (their own page). */
export async function glossaryView(entry: CaseItem): Promise<GlossaryItem[]> {
  const { types } = await getRedFlagsContent(entry);
  return types.map(({ data }) => ({
    name: data.name,
    definition: data.definition,
    example: data.example,
    idea: data.idea,
    sources: data.sources,
  }));
}

/** Section id → its hints, as finished sentences (served as `hints.json`). */
export async function hintsOf(entry: CaseItem): Promise<HintsJson> {
  const { doc, passages } = await getRedFlagsContent(entry);
  const withHints = passages.map((p) => ({ start: p.start, end: p.end, hint: p.entry.data.hint }));
  return sectionHints(t, doc, withHints);
}

/** One passage of the answer key, as its card shows it. */
export interface AnswerCard {
  id: string;
  /** "Paragraph 14", "The headline". */
  place: string;
  difficulty: Difficulty;
  quote: string;
  /** Our best fit's name, then the other types that fit. */
  best: string;
  alsoFits: string[];
  checksOut?: string;
  /** A passage that checks out (issue #13): how a reader would confirm it. */
  sound?: { confirm: string };
  /** A red flag outside the core: a bonus. */
  extra: boolean;
  /** The explanation, rendered from the passage's MDX (trusted: built from content). */
  html: string;
}

const explanationCache = new Map<string, Promise<ExplanationsJson>>();

/** Every passage's explanation as HTML, rendered once per case and build. */
export function explanationsOf(entry: CaseItem): Promise<ExplanationsJson> {
  let result = explanationCache.get(entry.id);
  if (!result) {
    result = (async () => {
      const { passages } = await getRedFlagsContent(entry);
      const rendered = await Promise.all(
        passages.map(async (p) => [passageKey(p), await renderMdxToHtml(p.source)] as const),
      );
      return Object.fromEntries(rendered);
    })();
    explanationCache.set(entry.id, result);
  }
  return result;
}

/** The answer key page: every passage's card, in reading order. */
export async function answerKeyView(entry: CaseItem): Promise<AnswerCard[]> {
  const { doc, types, passages } = await getRedFlagsContent(entry);
  const html = await explanationsOf(entry);
  const typeName = new Map(types.map(({ data }) => [data.id, data.name]));
  const name = (id: string) => typeName.get(id) ?? id;
  return passages.map((p) => {
    const [best = '', ...others] = p.types;
    return {
      id: p.id,
      place: placeOf(t, doc, p),
      difficulty: p.entry.data.difficulty,
      quote: p.entry.data.quote,
      best: name(best),
      alsoFits: others.map(name),
      ...(p.entry.data.checksOut ? { checksOut: p.entry.data.checksOut } : {}),
      ...(p.entry.data.kind === 'sound' ? { sound: { confirm: p.entry.data.confirm ?? '' } } : {}),
      extra: p.entry.data.kind === 'red-flag' && p.entry.data.tier === 'extra',
      html: html[passageKey(p)] ?? '',
    };
  });
}
