/** What the warm-up and second-look pages hand the test island (see ./view.ts). */
import type { TestPhase } from '../../core/transfer-progress';
import type { Dictionary } from '../../i18n';

export type TransferMessages = Pick<Dictionary, 'transfer' | 'readAloud'>;

/** A post as the student rates it: no answer in it. */
export interface PostView {
  id: string;
  text: string;
  sourceLine: string;
}

/** A post with its answer, from the answers file the island loads once the test is done. */
export interface ExplainedPost extends PostView {
  accurate: boolean;
  /** "Made up for this lesson", on made-up posts. */
  madeUpLabel?: string | undefined;
  explanation: string;
  techniquesText?: string | undefined;
  howItDistorts?: string | undefined;
  figureRefersTo?: string | undefined;
  asOf?: string | undefined;
  whereToCheck: { organisation: string; site?: string | undefined }[];
}

/** `/<case>/second-look/posts.json`: both forms, explained, in position order. */
export interface TransferAnswers {
  forms: Record<'A' | 'B', ExplainedPost[]>;
}

export interface TransferProps {
  caseId: string;
  phase: TestPhase;
  messages: TransferMessages;
  /** Both forms, in position order: which one this student sees is drawn in the browser. */
  forms: Record<'A' | 'B', PostView[]>;
  /** The answers file (second look only). */
  answersUrl?: string | undefined;
}

/** The retention check's page (`/<case>/check-back/`): its strings and form C without answers. */
export type RetentionMessages = Pick<Dictionary, 'transfer' | 'readAloud'> & {
  retention: Pick<Dictionary['retention'], 'page'>;
};

export interface RetentionProps {
  caseId: string;
  messages: RetentionMessages;
  /** Form C, in position order, without answers. */
  posts: PostView[];
  /** `/<case>/check-back/posts.json`, fetched once the check is submitted. */
  answersUrl: string;
  /** The case's page and its results page. */
  caseUrl: string;
  summaryUrl: string;
  /** The site's locale, for the dates. */
  locale: string;
}

/** `/<case>/check-back/posts.json`: the truth by position (every form's) and form C explained. */
export interface CheckAnswers {
  truth: boolean[];
  /** Forms A and B's post ids by position, to score the warm-up and the second look beside it. */
  ids: Record<'A' | 'B', string[]>;
  posts: ExplainedPost[];
}
