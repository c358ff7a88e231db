/**
 * The slide player's words: its `t`, and what the stage says for a state (the slide count in
 * its bar, the label of its "next" button). Pure, so it can be tested without a browser.
 */
import type { ClassState } from './model';
import type { Messages, StepView, T } from './view-types';

type Open = Exclude<ClassState, { screen: 'modules' }>;

/** "Slide 3 of 12", or "End of the step" on the closing card. */
export function countLabel(t: T, step: StepView, state: Open): string {
  return state.screen === 'end'
    ? t('classMode.ui.endOfStep')
    : t('classMode.ui.slideOf', { n: state.slide + 1, total: step.answers.length });
}

/** What "next" does now: show the answer, next slide, finish the step, go to the next step. */
export function nextLabel(t: T, steps: readonly StepView[], state: Open): string {
  if (state.screen === 'end') {
    const nextStep = steps[state.module + 1];
    return nextStep
      ? t('classMode.ui.nextStep', { step: nextStep.title })
      : t('classMode.ui.lastStep');
  }
  if (!state.revealed) return t('classMode.ui.showAnswer');
  if (!state.rest && steps[state.module]?.rest[state.slide]) return t('classMode.ui.moreAnswer');
  return state.slide + 1 < (steps[state.module]?.answers.length ?? 0)
    ? t('classMode.ui.next')
    : t('classMode.ui.finish');
}

/**
 * The player's `t`: the slide player's strings with their `{name}` placeholders filled, as
 * i18n/translate.ts's `translator` does. Not that module itself: the build puts it in the
 * saved-progress chunk (astro.config.mjs), which class mode, storing nothing, never needs.
 */
export function playerT({ classMode: { ui } }: Messages): T {
  return (key, vars = {}) => {
    const template: string | undefined = ui[key.slice(key.lastIndexOf('.') + 1) as keyof typeof ui];
    if (template === undefined) throw new Error(`Missing UI string: ${key}`);
    return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in vars ? String(vars[name]) : whole,
    );
  };
}
