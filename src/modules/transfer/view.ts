/**
 * Build time: the test island's props and its answers file. The pages the fact-checker read
 * (`sourcePages`: often copies on other hosts) stay in the content: students are sent to the
 * organisations' own sites (`whereToCheck`), never to a copy. The pages send the posts without
 * their answers; the answers travel in `/<case>/second-look/posts.json`, fetched only once the
 * second test is submitted, so neither page gives the answers away in its HTML.
 */
import { getTransferTest, type CaseItem } from '../../content/queries';
import { pick, pickKeys, t } from '../../i18n';
import type { TestPhase } from '../../core/transfer-progress';
import type { TransferPostEntry } from './schema';
import type {
  CheckAnswers,
  ExplainedPost,
  PostView,
  RetentionProps,
  TransferAnswers,
  TransferProps,
} from './view-types';

const plain = (p: TransferPostEntry): PostView => ({
  id: p.id,
  text: p.text,
  sourceLine: p.sourceLine,
});

/** The island's props on the warm-up (`before`) or the second look (`after`). */
export async function transferView(
  entry: CaseItem,
  phase: TestPhase,
  base: string,
): Promise<TransferProps> {
  const { forms } = await getTransferTest();
  const caseBase = `${base}${entry.id}/`;
  return {
    caseId: entry.id,
    phase,
    messages: pick('transfer', 'readAloud'),
    forms: { A: forms.A.map(plain), B: forms.B.map(plain) },
    ...(phase === 'after' ? { answersUrl: `${caseBase}second-look/posts.json` } : {}),
  };
}

const explained = (p: TransferPostEntry): ExplainedPost => ({
  ...plain(p),
  accurate: p.accurate,
  madeUpLabel: p.madeUpLabel,
  explanation: p.explanation,
  techniquesText: p.techniquesText,
  howItDistorts: p.howItDistorts,
  figureRefersTo: p.figureRefersTo,
  asOf: p.asOf,
  whereToCheck: p.whereToCheck,
});

/** The answers file: both forms explained. */
export async function transferAnswers(): Promise<TransferAnswers> {
  const { forms } = await getTransferTest();
  return { forms: { A: forms.A.map(explained), B: forms.B.map(explained) } };
}

/** The retention check's island (issue 16): form C without its answers. */
export async function retentionView(entry: CaseItem, base: string): Promise<RetentionProps> {
  const { formC } = await getTransferTest();
  const caseBase = `${base}${entry.id}/`;
  return {
    caseId: entry.id,
    messages: { ...pick('transfer', 'readAloud'), ...pickKeys('retention', ['page']) },
    posts: formC.map(plain),
    answersUrl: `${caseBase}check-back/posts.json`,
    caseUrl: caseBase,
    summaryUrl: `${caseBase}summary/`,
    locale: t('site.locale'),
  };
}

/** The check's answers file: form C explained, and the truth by position to score all three. */
export async function retentionAnswers(): Promise<CheckAnswers> {
  const { forms, formC, truth } = await getTransferTest();
  const ids = (f: 'A' | 'B') => forms[f].map((p) => p.id);
  return { truth, ids: { A: ids('A'), B: ids('B') }, posts: formC.map(explained) };
}
