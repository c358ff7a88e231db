/** Build time: the results page's island props, and the second look's result screen's. */
import {
  getExpertsContent,
  getStatisticsContent,
  getTransferTest,
  type CaseItem,
} from '../../content/queries';
import { pick, pickKeys, t } from '../../i18n';
import type {
  ExpertsInfo,
  FoundStep,
  LessonResultData,
  LessonResultProps,
  SummaryProps,
} from './view-types';

const shortId = (id: string) => id.split('/').pop() ?? id;

/** The summary of one case. `base` is the site's base path (`import.meta.env.BASE_URL`). */
export async function summaryView(entry: CaseItem, base: string): Promise<SummaryProps> {
  const { verdicts, confidences } = pick('experts').experts;
  const experts: ExpertsInfo = {
    cards: (await getExpertsContent(entry)).map((e) => ({
      id: shortId(e.id),
      title: e.data.short,
      choices: Object.fromEntries(e.data.checkChoices.map((c) => [c.id, c.label])),
    })),
    verdicts: Object.fromEntries(Object.entries(verdicts).map(([id, v]) => [id, v.label])),
    confidences,
  };
  const test = await getTransferTest();
  return {
    messages: { ...pick('summary', 'overview'), ...pickKeys('retention', ['offer']) },
    caseId: entry.id,
    caseCode: entry.data.code,
    base: `${base}${entry.id}/`,
    steps: entry.data.steps.map((s) => ({ id: s.id, title: s.title })),
    claims: entry.data.claims.map((c) => ({ id: c.id, accurate: c.accurate })),
    test: {
      forms: { A: test.forms.A.map((p) => p.id), B: test.forms.B.map((p) => p.id) },
      truth: test.truth,
    },
    check: { form: test.formC.map((p) => p.id), url: `${base}${entry.id}/check-back/` },
    locale: t('site.locale'),
    experts,
  };
}

/**
 * The second look's result screen: the island's props (its heading's strings and where its data
 * is). Its data file is fetched once the lesson is done, so the page's first load stays small.
 */
export function lessonResultView(
  entry: CaseItem,
  base: string,
  headingId: string,
): LessonResultProps {
  const caseBase = `${base}${entry.id}/second-look/`;
  return {
    messages: pickKeys('lessonResult', ['heading', 'loading', 'failed', 'retry']),
    caseId: entry.id,
    resultUrl: `${caseBase}result.json`,
    answersUrl: `${caseBase}posts.json`,
    headingId,
  };
}

/**
 * The result screen's data file. Nothing in it is a secret on that page: the claims' answers are
 * revealed there already; the posts' answers stay in posts.json.
 */
export async function lessonResultData(entry: CaseItem): Promise<LessonResultData> {
  const found: FoundStep[] = [];
  for (const step of entry.data.steps) {
    if (step.id === 'red-flags') found.push({ id: step.id, title: step.title });
    if (step.id === 'experts')
      found.push({
        id: step.id,
        title: step.title,
        cards: (await getExpertsContent(entry)).map((e) => ({
          id: shortId(e.id),
          choiceIds: e.data.checkChoices.map((c) => c.id),
        })),
      });
    if (step.id === 'statistics')
      found.push({
        id: step.id,
        title: step.title,
        figureIds: (await getStatisticsContent(entry)).figures.map((f) => shortId(f.id)),
      });
  }
  return {
    messages: pick('lessonResult'),
    found,
    claims: entry.data.claims.map((c) => ({ id: c.id, accurate: c.accurate })),
  };
}
