/** The comparisons and the drift as HTML, fetched by the statistics island (see ../../../ui/deferred.tsx). */
import type { APIRoute } from 'astro';
import { casePathsWithStep, type CaseItem } from '../../../content/queries';
import { statisticsAnswers } from '../../../modules/statistics/view';

export const getStaticPaths = () => casePathsWithStep('statistics');

export const GET: APIRoute = async ({ props }) =>
  new Response(JSON.stringify(await statisticsAnswers((props as { entry: CaseItem }).entry)), {
    headers: { 'Content-Type': 'application/json' },
  });
