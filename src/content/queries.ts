/**
 * Content queries shared by pages: each collection is read, filtered to a case and ordered here,
 * so every page that shows the same content shows it in the same order.
 */
import { readFileSync } from 'node:fs';
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import type { Source } from './schemas';
import { ContentError } from './errors';
import { segmentArticle, type KeyPassage, type MarkingDoc } from '../core/marking-doc';
import {
  checkCoreSections,
  checkKeyTiers,
  locateKeyPassages,
  type KeyEntryInput,
} from './checks/red-flags';
import { cardProblems } from './checks/experts';
import { checkSourceVerdicts } from './checks/verdicts';
import { checkStatistics } from './checks/statistics';
import { CITATION_HINT, citationProblems } from './checks/citations';
import type { Drift, Figure } from '../modules/statistics/schema';
import type { TransferPostEntry } from '../modules/transfer/schema';

export type CaseItem = CollectionEntry<'cases'>;

let checkedCases: Promise<CaseItem[]> | undefined;

/**
 * Every case, ordered by id, with its content checked across files (quotes against the article,
 * citations against the registry, key passages against the types) before any page is built, so
 * the build fails the same way whichever page asks first.
 */
export function getCases(): Promise<CaseItem[]> {
  checkedCases ??= (async () => {
    const cases = (await getCollection('cases')).sort((a, b) => a.id.localeCompare(b.id));
    await Promise.all(cases.map(checkCase));
    return cases;
  })();
  return checkedCases;
}

/** Loads (and so checks) the content of every module step the case has. */
async function checkCase(entry: CaseItem): Promise<void> {
  const has = (step: string) => entry.data.steps.some((s) => s.id === step);
  const [redFlags, experts] = await Promise.all([
    has('red-flags') && getRedFlagsContent(entry),
    has('experts') && getExpertsContent(entry),
    has('statistics') && getStatisticsContent(entry),
  ]);
  // One verdict per source: the experts cards and the red-flag key must agree.
  if (redFlags && experts)
    checkSourceVerdicts(
      experts.map((c) => ({ file: fileOf(c), source: c.data.source, verdict: c.data.verdict })),
      redFlags.passages.map((p) => ({ file: p.entry.file, ...p.entry.data })),
    );
}

/** Memoises a per-case content load: each case is read and checked once per build. */
function perCase<T>(load: (entry: CaseItem) => Promise<T>): (entry: CaseItem) => Promise<T> {
  const cache = new Map<string, Promise<T>>();
  return (entry) => {
    let result = cache.get(entry.id);
    if (!result) {
      result = load(entry);
      cache.set(entry.id, result);
    }
    return result;
  };
}

/** The case the home page features: the first by id that is not a test fixture. */
export async function getFeaturedCase(): Promise<CaseItem> {
  const cases = await getCases();
  const featured = cases.find((c) => c.id === 'paramedics-walkout') ?? cases[0];
  if (!featured) throw new Error('No case found in content/cases/.');
  return featured;
}

/** Static paths for a page that exists once per case having step `stepId`. */
export async function casePathsWithStep(stepId: string) {
  return (await getCases())
    .filter((c) => c.data.steps.some((s) => s.id === stepId))
    .map((c) => ({ params: { case: c.id }, props: { entry: c } }));
}

/** A registered source by id; fails the build for an id that points nowhere. */
export async function getSource(id: string): Promise<Source> {
  const entry = await getEntry('sources', id);
  if (!entry) throw new Error(`Citation points at unknown source "${id}" (content/sources.yaml).`);
  return entry.data;
}

/** All registered sources, in registry order. */
export async function getSources(): Promise<Source[]> {
  return (await getCollection('sources')).map((s) => s.data);
}

/** The glossary, alphabetically (every mark in the content was checked against it on load). */
export async function getGlossary(): Promise<CollectionEntry<'glossary'>['data'][]> {
  return (await getCollection('glossary')).map((e) => e.data).sort((a, b) => a.order - b.order);
}

/** The cases as the teacher tools list them: id, code, title and steps. */
export async function getCaseOptions() {
  return (await getCases()).map((c) => ({
    id: c.id,
    code: c.data.code,
    title: c.data.title,
    steps: c.data.steps.map((s) => ({ id: s.id, title: s.title })),
  }));
}

const byOrder = (
  a: { id: string; data: { order: number } },
  b: { id: string; data: { order: number } },
) => a.data.order - b.data.order || a.id.localeCompare(b.id);

/** A case's expert cards, in their `order` (ties by id). */
export async function getExpertCards(caseId: string): Promise<CollectionEntry<'experts'>[]> {
  return (await getCollection('experts'))
    .filter((e) => e.id.startsWith(`${caseId}/experts/`))
    .sort(byOrder);
}

/** A case's statistics entries (figures and the number drift), in their `order` (ties by id). */
export async function getStatisticsEntries(
  caseId: string,
): Promise<CollectionEntry<'statistics'>[]> {
  return (await getCollection('statistics'))
    .filter((e) => e.id.startsWith(`${caseId}/statistics/`))
    .sort(byOrder);
}

/** A case's red-flag answer key, one entry per passage, by id. */
export async function getRedFlagKey(caseId: string): Promise<CollectionEntry<'redFlags'>[]> {
  return (await getCollection('redFlags'))
    .filter((e) => e.id.startsWith(`${caseId}/`))
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** The kinds of red flag, in their `order`. */
export async function getRedFlagTypes(): Promise<CollectionEntry<'redFlagTypes'>[]> {
  return (await getCollection('redFlagTypes')).sort(byOrder);
}

const fileOf = (e: { id: string; filePath?: string | undefined }) => e.filePath ?? e.id;
const shortId = (id: string) => id.slice(id.lastIndexOf('/') + 1);

/** Fails the build at the first MDX explanation whose citations would break a sentence. */
function checkCitations(entries: readonly { id: string; filePath?: string; body?: string }[]) {
  for (const e of entries) {
    const body = e.body ?? '';
    if (citationProblems(body).length === 0) continue;
    // Lines as the author's editor numbers them: the body starts after the frontmatter.
    const raw = e.filePath ? readFileSync(e.filePath, 'utf8') : '';
    const at = raw.indexOf(body);
    const firstLine = at > 0 ? raw.slice(0, at).split('\n').length : 1;
    throw new ContentError(fileOf(e), citationProblems(body, firstLine), CITATION_HINT);
  }
}

export type RedFlagKeyEntry = CollectionEntry<'redFlags'>;

/** A case's red-flags content: the article laid out for marking, the types, the placed key. */
export interface RedFlagsContent {
  doc: MarkingDoc;
  types: CollectionEntry<'redFlagTypes'>[];
  /** Key passages in reading order, each with its entry (the MDX explanation). */
  passages: (KeyPassage & { entry: KeyEntryInput; source: RedFlagKeyEntry })[];
}

/** A case's red-flags content, checked: every quote found once in the article, every type known. */
export const getRedFlagsContent = perCase(async (entry): Promise<RedFlagsContent> => {
  const types = await getRedFlagTypes();
  if (types.length === 0)
    throw new ContentError(
      'content/red-flag-types.yaml',
      [`file is missing or empty, and case "${entry.id}" has a red-flags step`],
      'Add the red-flag types file, or remove the red-flags step from case.yaml.',
    );
  const key = await getRedFlagKey(entry.id);
  checkCitations(key);
  if (key.length === 0)
    throw new ContentError(
      `content/cases/${entry.id}/red-flags/`,
      ['no answer key: add one .mdx file per key passage'],
      'Copy a key passage file from content/cases/paramedics-walkout/red-flags/ as a start.',
    );
  const doc = segmentArticle(entry.data.article);
  const byId = new Map(key.map((e) => [shortId(e.id), e]));
  checkKeyTiers(
    `content/cases/${entry.id}/red-flags/`,
    key.map((e) => ({ id: shortId(e.id), file: fileOf(e), data: e.data, body: e.body })),
  );
  const located = locateKeyPassages(
    doc,
    key.map((e) => ({ id: shortId(e.id), file: fileOf(e), data: e.data })),
    new Set(types.map((t) => t.data.id)),
  );
  checkCoreSections(doc, located);
  return {
    doc,
    types,
    passages: located.map((p) => ({ ...p, source: byId.get(p.id) as RedFlagKeyEntry })),
  };
});

/** A case's expert cards, in order, checked: quotes in the article, sources registered. */
export const getExpertsContent = perCase(async (entry) => {
  const cards = await getExpertCards(entry.id);
  checkCitations(cards);
  const sourceIds = new Set((await getSources()).map((s) => s.id));
  for (const card of cards) {
    const problems = cardProblems(card.data, entry.data.article, sourceIds);
    if (problems.length > 0) throw new ContentError(fileOf(card), problems);
  }
  return cards;
});

export type FigureEntry = CollectionEntry<'statistics'> & { data: Figure };
export type DriftEntry = CollectionEntry<'statistics'> & { data: Drift };

/** A case's statistics, checked: quotes in the article, figures in their quotes, sources registered. */
export const getStatisticsContent = perCase(async (entry) => {
  const entries = await getStatisticsEntries(entry.id);
  checkCitations(entries);
  const registry = await getSources();
  const problems = checkStatistics(
    entries.map((e) => ({ file: fileOf(e), data: e.data })),
    { article: entry.data.article, sourceIds: new Set(registry.map((s) => s.id)) },
  );
  if (problems.length > 0)
    throw new ContentError(`content/cases/${entry.id}/statistics/`, problems);
  return {
    entries,
    figures: entries.filter((e): e is FigureEntry => e.data.kind !== 'drift'),
    drift: entries.find((e): e is DriftEntry => e.data.kind === 'drift'),
    sources: Object.fromEntries(registry.map((s) => [s.id, s])) as Record<string, Source>,
  };
});

/** A case's lesson guide (guide.yaml: discussion questions and notes), if it has one. */
export async function getGuide(caseId: string) {
  return (await getEntry('guides', `${caseId}/guide`))?.data;
}

/** The before/after test's posts: forms A and B in position order, and the truth by position. */
export interface TransferTest {
  forms: Record<'A' | 'B', TransferPostEntry[]>;
  /** Form C, the retention check a week later, in position order. */
  formC: TransferPostEntry[];
  /** Whether the post at each position (1–12) is accurate: the same in every form. */
  truth: boolean[];
}

let transferTest: Promise<TransferTest> | undefined;

/** The posts of forms A and B (the loader has checked that both are full, matched tests). */
export function getTransferTest(): Promise<TransferTest> {
  transferTest ??= (async () => {
    const posts = (await getCollection('transferPosts')).map((e) => e.data);
    const form = (f: 'A' | 'B' | 'C') =>
      posts.filter((p) => p.form === f).sort((a, b) => a.position - b.position);
    const forms = { A: form('A'), B: form('B') };
    return { forms, formC: form('C'), truth: forms.A.map((p) => p.accurate) };
  })();
  return transferTest;
}
