/** What the code checker page hands the island. */
import type { StepKind } from '../../core/steps';
import type { Dictionary } from '../../i18n';

/** The UI strings the island uses (`pick('check')`). */
export type Messages = Pick<Dictionary, 'check'> & {
  retention: Pick<Dictionary['retention'], 'checker'>;
};

/** A case as the teacher tools list it (content/queries.ts `getCaseOptions`). */
export interface CaseOption {
  id: string;
  code: string;
  title: string;
  steps: { id: StepKind; title: string }[];
}
