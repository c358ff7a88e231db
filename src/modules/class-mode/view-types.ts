/**
 * What the class-mode page hands the island, and how the two find each slide's content.
 *
 * The page renders every slide once, as static HTML (the no-JavaScript and print version: a
 * long list with the answers inside <details>). The island shows one slide at a time by copying
 * that slide's parts, so the content is never shipped twice and can never disagree.
 */
import type { Dictionary } from '../../i18n';
import type { Translate } from '../../i18n/translate';

/** The island's strings: `{ classMode: { ui } }`, not the page's slide strings. */
export interface Messages {
  classMode: { ui: Dictionary['classMode']['ui'] };
}
export type T = Translate<Messages>;

/** One step of the lesson as the island needs it: the slides themselves stay in the page. */
export interface StepView {
  /** The step id: also the link hash, `/teach/class/#red-flags`. */
  id: string;
  title: string;
  /** The activity's length (case.yaml): the timer's starting value. */
  minutes: number;
  /** What the step teaches, shown on its closing card. */
  recap?: string | undefined;
  /** The guide's discussion questions for this step (guide.yaml), taken in turn. */
  discussion: string[];
  /** Each slide's answer in a few words, announced when it is shown. */
  answers: string[];
}

/** Parts of a slide: the prompt, the answer's lead (short) and the rest of the answer. */
export type Part = 'prompt' | 'lead' | 'more';

/** The id of a slide part in the page's static HTML. */
export const partId = (step: string, slide: number, part: Part): string =>
  `cm-src-${step}-${slide}-${part}`;

/**
 * Ids inside a slide's content start with this prefix; the island's copy swaps it for
 * {@link LIVE_PREFIX} so no id appears twice in the page.
 */
export const KEY_PREFIX = 'cm-k-';
export const LIVE_PREFIX = 'cm-v-';
