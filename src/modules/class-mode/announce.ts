/**
 * What class mode's live region says after each move: the slide shown, the answer and its
 * discussion question, the end of a step. Pure, so it can be tested without a browser.
 */
import { discussionIndex, type ClassState } from './model';
import type { StepView, T } from './view-types';

/** The words the live region says for a state, given the state before it. */
export function announcementOf(
  t: T,
  steps: StepView[],
  before: ClassState,
  state: ClassState,
): string {
  if (state.screen === 'modules') return '';
  const current = steps[state.module];
  if (!current) return '';
  if (state.screen === 'end') return t('classMode.ui.announceEnd', { step: current.title });
  if (!state.revealed)
    return t('classMode.ui.announceSlide', {
      step: current.title,
      n: state.slide + 1,
      total: current.answers.length,
    });
  if (state.rest) return t('classMode.ui.announceRest');
  const q =
    current.discussion[discussionIndex(state.slide, state.extra, current.discussion.length)];
  const shown =
    before.screen === 'slide' && before.revealed && before.slide === state.slide
      ? ''
      : t('classMode.ui.announceAnswer', { answer: current.answers[state.slide] ?? '' });
  return [shown, q ? t('classMode.ui.announceDiscuss', { question: q }) : ''].join(' ').trim();
}
