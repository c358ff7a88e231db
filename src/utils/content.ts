/** Content queries shared by pages. The only place outside content.config.ts that knows collections. */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import type { Source } from '../lib/schemas';

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
