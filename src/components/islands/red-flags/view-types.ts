/** What the red-flags page hands the island: plain data, built and checked at build time. */
import type { Difficulty } from '../../../lib/red-flags-schema';

export interface TypeView {
  id: string;
  name: string;
  short: string;
  definition: string;
}

export interface PassageView {
  id: string;
  quote: string;
  start: number;
  end: number;
  /** Best fit first, then defensible types. */
  types: string[];
  difficulty: Difficulty;
  hint: string;
  checksOut?: string;
}

/**
 * Where the island finds each passage's explanation: the page renders the answer key once,
 * as static HTML (readable without JavaScript), with `id="<prefix><passage id>"` on each
 * explanation, and the island shows a copy in the results instead of shipping it twice.
 */
export const EXPLANATION_ID_PREFIX = 'rf-explanation-';

/** The explanation's HTML (built from MDX at build time, so trusted), or '' if absent. */
export function explanationHtml(passageId: string): string {
  if (typeof document === 'undefined') return '';
  return document.getElementById(`${EXPLANATION_ID_PREFIX}${passageId}`)?.innerHTML ?? '';
}
