/**
 * Content queries shared by pages: each collection is read, filtered to a case and ordered here,
 * so every page that shows the same content shows it in the same order.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import type { Source } from './schemas';

export type CaseItem = CollectionEntry<'cases'>;

/** Every case, ordered by id. */
export async function getCases(): Promise<CaseItem[]> {
  return (await getCollection('cases')).sort((a, b) => a.id.localeCompare(b.id));
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
