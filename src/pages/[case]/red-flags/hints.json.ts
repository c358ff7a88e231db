/**
 * The red-flags hints, section by section, as finished sentences: loaded when a student first
 * asks for a hint (and kept by the service worker for offline use). Built from the case's key.
 */
import type { APIRoute } from 'astro';
import { casePathsWithStep, type CaseItem } from '../../../content/queries';
import { hintsOf } from '../../../modules/red-flags/view';

export const getStaticPaths = () => casePathsWithStep('red-flags');

export const GET: APIRoute = async ({ props }) => {
  const { entry } = props as { entry: CaseItem };
  return new Response(JSON.stringify(await hintsOf(entry)), {
    headers: { 'Content-Type': 'application/json' },
  });
};
