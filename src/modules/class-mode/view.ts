/**
 * Build time: what the class-mode page renders. The static list (each step's heading and every
 * slide, see StaticList.astro), and the data its script reads (the steps without their slides,
 * its strings).
 */
import { getGuide, type CaseItem } from '../../content/queries';
import type { Source } from '../../content/schemas';
import { pick, t } from '../../i18n';
import { discussionIndex } from './model';
import { slidesOfCase } from './slides-of';
import type { Slide } from './slides';
import { PARTS, type Part, type PlayerData, type StepView } from './view-types';

/** A step's heading in the static list (the no-JavaScript and print view). */
export interface StepHead {
  id: string;
  title: string;
  summary: string;
  /** "12 slides · 15 min". */
  meta: string;
  note?: string | undefined;
  /** Where the full answer key is, when the note should link to it. */
  keyHref?: string | undefined;
}

/** One slide in the static list. */
export interface ListSlide {
  slide: Slide;
  /** The parts it has (the opening article slide has no "more"). */
  parts: Part[];
  /** Its discussion question, if the guide has one. */
  question?: string | undefined;
}

/** One step in the static list: its heading, then every slide. */
export interface ListStep {
  head: StepHead;
  slides: ListSlide[];
}

export interface ClassModeView {
  title: string;
  heading: string;
  guideHref: string;
  articleHref: string;
  sources: Record<string, Source>;
  /** What the page's script reads (./player.ts). */
  data: PlayerData;
  /** Every step with every slide: the static list. */
  list: ListStep[];
}

/** The few words announced when a slide's answer is shown. */
function answerOfSlide(slide: Slide): string {
  switch (slide.kind) {
    case 'article':
      return t('classMode.articleAnswer');
    case 'claim':
      return slide.accurate ? t('results.supported') : t('results.notSupported');
    case 'passage':
      return slide.typeName;
    case 'expert':
      return slide.verdict;
    case 'figure':
      return t('statistics.answerKey', { answer: slide.answer });
    case 'drift':
      return t('classMode.driftAnswer');
    case 'discernment':
      return t('classMode.discernmentAnswer', {
        yes: slide.supported.length,
        no: slide.notSupported.length,
      });
  }
}

/**
 * Whether a slide has anything in a part: the opening article slide has no "more"; a figure's
 * and the number drift's answers go on to a second screen ("rest": a chart or the drift's steps,
 * then the questions to ask of any statistic and the explanation make more than a projector's
 * screen in type the room can read).
 */
const hasPart = (slide: Slide, part: Part) =>
  part === 'rest'
    ? slide.kind === 'figure' || slide.kind === 'drift'
    : !(slide.kind === 'article' && part === 'more');

/** Class mode for one case. `base` is the site's base path (`import.meta.env.BASE_URL`). */
export async function classModeView(entry: CaseItem, base: string): Promise<ClassModeView> {
  const caseId = entry.id;
  const articleHref = `${base}${caseId}/article/`;
  const guideHref = `${base}teach/`;
  const keyHref = `${guideHref}#guide-red-flags`;
  const guide = await getGuide(caseId);
  const { slidesOf, sources, redFlags } = await slidesOfCase(entry, articleHref);

  const notes: Record<string, string> = {
    'first-impressions': t('classMode.firstImpressionsNote'),
    'red-flags': t('classMode.redFlagsNote', { n: redFlags.shown, total: redFlags.total }),
  };
  const list: ListStep[] = [];
  // A step with nothing to project (the warm-up: each student rates posts on their own device)
  // is left out; the guide's plans say when to give it.
  const projected = entry.data.steps.filter((step) => slidesOf[step.id].length > 0);
  const steps = projected.map((step): StepView => {
    const slides = slidesOf[step.id];
    const discussion = guide?.discussion[step.id] ?? [];
    list.push({
      head: {
        id: step.id,
        title: step.title,
        summary: step.summary,
        meta: t('classMode.stepMeta', { slides: slides.length, minutes: step.minutes }),
        note: notes[step.id],
        keyHref: step.id === 'red-flags' ? keyHref : undefined,
      },
      slides: slides.map((slide, j) => ({
        slide,
        parts: PARTS.filter((p) => hasPart(slide, p)),
        question: discussion[discussionIndex(j, 0, discussion.length)],
      })),
    });
    return {
      id: step.id,
      title: step.title,
      minutes: step.minutes,
      recap: step.recap,
      discussion,
      answers: slides.map(answerOfSlide),
      rest: slides.map((slide) => hasPart(slide, 'rest')),
    };
  });

  // Only the slide player's own strings go to the browser.
  const { ui } = pick('classMode').classMode;
  return {
    title: `${t('classMode.title')} · ${entry.data.title}`,
    heading: `${t('classMode.title')}: ${entry.data.title}`,
    guideHref,
    articleHref,
    sources,
    data: { messages: { classMode: { ui } }, steps, notes, guideHref: keyHref },
    list,
  };
}
