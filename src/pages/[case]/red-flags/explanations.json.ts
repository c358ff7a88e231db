/**
 * Every key passage's explanation as HTML, for the red-flags results (fetched when they show,
 * kept by the service worker for offline use). Built from the case's content at build time.
 */
import type { APIRoute } from 'astro';
import { casePathsWithStep, type CaseItem } from '../../../content/queries';
import { explanationsOf } from '../../../modules/red-flags/view';

export const getStaticPaths = () => casePathsWithStep('red-flags');

export const GET: APIRoute = async ({ props }) => {
  const { entry } = props as { entry: CaseItem };
  return new Response(JSON.stringify(await explanationsOf(entry)), {
    headers: { 'Content-Type': 'application/json' },
  });
};
