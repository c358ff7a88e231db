/**
 * The red-flags key (where each passage is, its types, difficulty and what checks out) and the
 * results' strings: loaded from a student's first mark on, so it is there when they check (and
 * kept by the service worker for offline use). Built from the case's content at build time.
 */
import type { APIRoute } from 'astro';
import { casePathsWithStep, type CaseItem } from '../../../content/queries';
import { resultsOf } from '../../../modules/red-flags/view';

export const getStaticPaths = () => casePathsWithStep('red-flags');

export const GET: APIRoute = async ({ props }) => {
  const { entry } = props as { entry: CaseItem };
  return new Response(JSON.stringify(await resultsOf(entry)), {
    headers: { 'Content-Type': 'application/json' },
  });
};
