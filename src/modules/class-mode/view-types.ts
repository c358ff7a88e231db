/**
 * What the class-mode page hands the island.
 *
 * Every slide's content is static HTML built from the content collections, handed to the island
 * as named slots (one per slide part, plus each step's heading for the static list), so it
 * appears once in the page. The island draws each part in one place at a time: in the static
 * list (the no-JavaScript and print view: a long list with the answers inside <details>), or on
 * the stage while that slide is shown.
 */
import type { ReactNode } from 'react';
import type { Dictionary } from '../../i18n';
import type { Translate } from '../../i18n/translate';

/** The island's strings: the slide player's (`ui`) and the two the static list needs. */
export interface Messages {
  classMode: Pick<Dictionary['classMode'], 'ui' | 'answerSummary' | 'discussLabel'>;
}
export type T = Translate<Messages>;

/** One step of the lesson as the island needs it: the slides themselves come as slots. */
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
}

/** Parts of a slide: the prompt, the answer's lead (short) and the rest of the answer. */
export type Part = 'prompt' | 'lead' | 'more';
export const PARTS: readonly Part[] = ['prompt', 'lead', 'more'];

/**
 * The slot holding one part of one slide (step and slide by index). Slot names stay the same
 * through Astro's camel-casing of slot names (no `-` or `_` before a letter).
 *
 * @example partSlot(1, 0, 'lead') // "lead1_0"
 */
export const partSlot = (step: number, slide: number, part: Part) =>
  `${part}${step}_${slide}` as const;

/** The slot holding a step's heading and introduction in the static list. */
export const headSlot = (step: number) => `head${step}` as const;

export type SlotName = ReturnType<typeof partSlot> | ReturnType<typeof headSlot>;

/** The slots as the island receives them: Astro renders each one's static HTML. */
export type Slots = Partial<Record<SlotName, ReactNode>>;

/** Ids inside a slide's content start with this prefix (each part is in the page once). */
export const KEY_PREFIX = 'cm-k-';
