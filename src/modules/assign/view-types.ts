/** What the assignment page hands the link builder. */
import type { StepKind } from '../../core/steps';
import type { Dictionary } from '../../i18n';

/** The UI strings the island uses (`pick('assign')`). */
export type Messages = Pick<Dictionary, 'assign'> & {
  retention: Pick<Dictionary['retention'], 'assign'>;
};

/** A case as the teacher tools list it (content/queries.ts `getCaseOptions`). */
export interface CaseOption {
  id: string;
  code: string;
  title: string;
  steps: { id: StepKind; title: string }[];
  /** A student's time for the core of every step, and for everything (src/content/workload.ts). */
  minutes: { core: number; full: number };
}
