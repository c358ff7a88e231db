/**
 * Build time: the island's props for first impressions and the second look. Each page sends
 * only what it shows: the claims' answers and sources only to the second look, where they are
 * revealed.
 */
import { getSource, type CaseItem } from '../../content/queries';
import { caseWorkload } from '../../content/workload';
import { pick } from '../../i18n';
import type { ImpressionsProps } from './view-types';

type Props<M extends ImpressionsProps['mode']> = Extract<ImpressionsProps, { mode: M }>;

/**
 * The in-page address of the questions (their heading, or what replaces them once saved): the
 * page's "Go to the questions" links point here, so they work without JavaScript too.
 */
export const QUESTIONS_ID = 'questions';

/** First impressions: the claims without their answers. */
export function firstImpressionsView(entry: CaseItem): Props<'first'> {
  return {
    mode: 'first',
    messages: pick('impressions', 'readAloud'),
    caseId: entry.id,
    claims: entry.data.claims.map((c) => ({ id: c.id, text: c.text })),
    headingId: QUESTIONS_ID,
  };
}

/** What first impressions asks and how long it takes, said before the article. */
export interface FirstTaskView {
  minutes: number;
  /** How many claims the student rates after the questions about the article. */
  claims: number;
  /** The questions' in-page address (see QUESTIONS_ID). */
  questionsHref: string;
}

/**
 * The task, its time and the way to the questions. The time is the one the overview gives,
 * counted from the content (src/content/workload.ts).
 */
export async function firstTaskView(entry: CaseItem): Promise<FirstTaskView> {
  const estimate = (await caseWorkload(entry)).get('first-impressions');
  if (!estimate) throw new Error(`Case ${entry.id} has no step first-impressions`);
  return {
    minutes: estimate.coreMinutes,
    claims: entry.data.claims.length,
    questionsHref: `#${QUESTIONS_ID}`,
  };
}

/** Second look: the claims with their answers and sources, and what each module taught. */
export async function secondLookView(entry: CaseItem): Promise<Props<'second'>> {
  const claims = await Promise.all(
    entry.data.claims.map(async (c) => ({
      id: c.id,
      text: c.text,
      accurate: c.accurate,
      explanation: c.explanation,
      sources: await Promise.all(
        c.sources.map(async (id) => {
          const s = await getSource(id);
          return { id, title: s.title, publisher: s.publisher, url: s.url };
        }),
      ),
    })),
  );
  return {
    mode: 'second',
    messages: pick('impressions', 'results', 'sources', 'readAloud'),
    caseId: entry.id,
    claims,
    recaps: entry.data.steps
      .filter((s) => s.id !== 'first-impressions' && s.id !== 'second-look' && s.recap)
      .map((s) => ({ id: s.id, title: s.title, recap: s.recap ?? '' })),
    ...(entry.data.steps.some((s) => s.id === 'first-impressions')
      ? { firstUrl: `${import.meta.env.BASE_URL}${entry.id}/first-impressions/` }
      : {}),
  };
}
