/** The before/after test's answers, fetched by the second look once the student submits. */
import type { APIRoute } from 'astro';
import { casePathsWithStep } from '../../../content/queries';
import { transferAnswers } from '../../../modules/transfer/view';

export const getStaticPaths = () => casePathsWithStep('second-look');

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await transferAnswers()), {
    headers: { 'Content-Type': 'application/json' },
  });
