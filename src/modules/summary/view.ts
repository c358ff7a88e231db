/** Build time: the results page's island props. */
import { getExpertsContent, getTransferTest, type CaseItem } from '../../content/queries';
import { pick } from '../../i18n';
import type { ExpertsInfo, SummaryProps } from './view-types';

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
    messages: pick('summary', 'overview'),
    caseId: entry.id,
    caseCode: entry.data.code,
    base: `${base}${entry.id}/`,
    steps: entry.data.steps.map((s) => ({ id: s.id, title: s.title })),
    claims: entry.data.claims.map((c) => ({ id: c.id, accurate: c.accurate })),
    test: {
      forms: { A: test.forms.A.map((p) => p.id), B: test.forms.B.map((p) => p.id) },
      truth: test.truth,
    },
    experts,
  };
}
