/** What each expert card shows once the student answers, fetched by the island (see ../../../ui/deferred.tsx). */
import type { APIRoute } from 'astro';
import { casePathsWithStep, type CaseItem } from '../../../content/queries';
import { expertsAnswers } from '../../../modules/experts/view';

export const getStaticPaths = () => casePathsWithStep('experts');

export const GET: APIRoute = async ({ props }) =>
  new Response(JSON.stringify(await expertsAnswers((props as { entry: CaseItem }).entry)), {
    headers: { 'Content-Type': 'application/json' },
  });
