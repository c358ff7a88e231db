/** The second look's result screen (its strings, the steps to count, the claims), fetched once the lesson is done. */
import type { APIRoute } from 'astro';
import { casePathsWithStep, type CaseItem } from '../../../content/queries';
import { lessonResultData } from '../../../modules/summary/view';

export const getStaticPaths = () => casePathsWithStep('second-look');

export const GET: APIRoute = async ({ props }) => {
  const { entry } = props as { entry: CaseItem };
  return new Response(JSON.stringify(await lessonResultData(entry)), {
    headers: { 'Content-Type': 'application/json' },
  });
};
