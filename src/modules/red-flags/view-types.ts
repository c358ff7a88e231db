/** What the red-flags page hands the island: plain data, built and checked at build time. */
import type { Difficulty } from './schema';

export interface TypeView {
  id: string;
  name: string;
  short: string;
  definition: string;
}

/** What the island needs of a key passage to score marks: where it is and its types. */
export interface PassageView {
  id: string;
  start: number;
  end: number;
  /** Best fit first, then defensible types. */
  types: string[];
}

/** The rest, for the hints and the static answer key the page builds (see {@link keyHtml}). */
export interface KeyPassageView extends PassageView {
  hint: string;
  quote: string;
  difficulty: Difficulty;
  checksOut?: string;
}

/**
 * Where the island finds each passage's card: the page renders the answer key once, as static
 * HTML (readable without JavaScript), and the results show copies of its parts instead of
 * shipping them twice. Per passage: the head (place, difficulty, quote), the answer (our types,
 * what checks out) and the explanation, each with `id="<prefix><passage id>"`.
 */
export const KEY_HEAD_ID_PREFIX = 'rf-key-head-';
export const KEY_ANSWER_ID_PREFIX = 'rf-key-answer-';
export const EXPLANATION_ID_PREFIX = 'rf-explanation-';

/** A part of the static answer key (built from content at build time, so trusted), or ''. */
export function keyHtml(prefix: string, passageId: string): string {
  if (typeof document === 'undefined') return '';
  return document.getElementById(`${prefix}${passageId}`)?.innerHTML ?? '';
}
