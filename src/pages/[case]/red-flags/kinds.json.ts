/**
 * The kinds of red flag as the type chooser shows them, with its strings: loaded with the
 * chooser, when a student first reaches for the article, or at once when saved marks need
 * their names (and kept by the service worker for offline use). Built from the case's content.
 */
import type { APIRoute } from 'astro';
import { casePathsWithStep, type CaseItem } from '../../../content/queries';
import { kindsOf } from '../../../modules/red-flags/view';

export const getStaticPaths = () => casePathsWithStep('red-flags');

export const GET: APIRoute = async ({ props }) => {
  const { entry } = props as { entry: CaseItem };
  return new Response(JSON.stringify(await kindsOf(entry)), {
    headers: { 'Content-Type': 'application/json' },
  });
};
