/**
 * What the class-mode page hands its script (./player.ts), and how the script finds each slide's
 * parts in the page.
 *
 * Every slide's content is static HTML, built at build time and rendered once, in the static
 * list (the no-JavaScript and print view: a long list with the answers inside <details>). The
 * script shows one slide at a time by moving that slide's parts onto the stage, and back.
 */
import type { Dictionary } from '../../i18n';
import type { Translate } from '../../i18n/translate';

/** The script's strings: the slide player's. */
export interface Messages {
  classMode: Pick<Dictionary['classMode'], 'ui'>;
}
export type T = Translate<Messages>;

/** One step of the lesson as the script needs it: the slides themselves are in the page. */
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
  /** Each slide's answer in a few words, announced when it is shown (one per slide). */
  answers: string[];
  /** Per slide, whether its answer takes a second screen (a figure: its chart, then the rest). */
  rest: boolean[];
}

/** Everything the script reads from the page's data block (see ClassMode.astro). */
export interface PlayerData {
  messages: Messages;
  steps: StepView[];
  /** Per step id, a note (e.g. how the red flags were chosen). */
  notes: Record<string, string>;
  /** Where the full answer key of the red flags is (the teacher's guide). */
  guideHref: string;
}

/**
 * Parts of a slide: the prompt, the answer's lead (short), the rest of the answer, and for an
 * answer too long for one screen (a figure's), what its second screen shows.
 */
export type Part = 'prompt' | 'lead' | 'more' | 'rest';
export const PARTS: readonly Part[] = ['prompt', 'lead', 'more', 'rest'];

/**
 * The key of one part of one slide (step and slide by index): its holder in the static list
 * carries it as `data-part`.
 *
 * @example partKey(1, 0, 'lead') // "lead1_0"
 */
export const partKey = (step: number, slide: number, part: Part) =>
  `${part}${step}_${slide}` as const;

/** Ids inside a slide's content start with this prefix (each part is in the page once). */
export const KEY_PREFIX = 'cm-k-';
