/** The retention check's answers, fetched once the student submits form C. */
import type { APIRoute } from 'astro';
import { casePathsWithStep } from '../../../content/queries';
import { retentionAnswers } from '../../../modules/transfer/view';

export const getStaticPaths = () => casePathsWithStep('second-look');

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await retentionAnswers()), {
    headers: { 'Content-Type': 'application/json' },
  });
