/**
 * Build time: what the class-mode page renders. The island's props (the steps without their
 * slides, its strings), and the static HTML it receives as slots: each step's heading for the
 * static list, and each part of each slide.
 */
import { getGuide, type CaseItem } from '../../content/queries';
import type { Source } from '../../content/schemas';
import { pick, t } from '../../i18n';
import { slidesOfCase } from './slides-of';
import type { Slide } from './slides';
import {
  PARTS,
  headSlot,
  partSlot,
  type Messages,
  type Part,
  type SlotName,
  type StepView,
} from './view-types';

/** A step's heading in the static list (the no-JavaScript and print view). */
export interface StepHead {
  slot: SlotName;
  id: string;
  title: string;
  summary: string;
  /** "12 slides · 15 min". */
  meta: string;
  note?: string | undefined;
  /** Where the full answer key is, when the note should link to it. */
  keyHref?: string | undefined;
}

/** One part of one slide, rendered into its slot. */
export interface SlidePart {
  slot: SlotName;
  slide: Slide;
  part: Part;
}

export interface ClassModeView {
  title: string;
  heading: string;
  guideHref: string;
  articleHref: string;
  sources: Record<string, Source>;
  /** The island's props (its slots come from `heads` and `parts`). */
  island: {
    messages: Messages;
    steps: StepView[];
    notes: Record<string, string>;
    guideHref: string;
  };
  heads: StepHead[];
  parts: SlidePart[];
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

/** Whether a slide has anything in a part (the opening article slide has no "more"). */
const hasPart = (slide: Slide, part: Part) => !(slide.kind === 'article' && part === 'more');

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
  const heads: StepHead[] = [];
  const parts: SlidePart[] = [];
  const steps = entry.data.steps.map((step, i): StepView => {
    const slides = slidesOf[step.id];
    const discussion = guide?.discussion[step.id] ?? [];
    heads.push({
      slot: headSlot(i),
      id: step.id,
      title: step.title,
      summary: step.summary,
      meta: t('classMode.stepMeta', { slides: slides.length, minutes: step.minutes }),
      note: notes[step.id],
      keyHref: step.id === 'red-flags' ? keyHref : undefined,
    });
    slides.forEach((slide, j) => {
      for (const part of PARTS.filter((p) => hasPart(slide, p)))
        parts.push({ slot: partSlot(i, j, part), slide, part });
    });
    return {
      id: step.id,
      title: step.title,
      minutes: step.minutes,
      recap: step.recap,
      discussion,
      answers: slides.map(answerOfSlide),
    };
  });

  // Only the island's own strings go to the browser.
  const { ui, answerSummary, discussLabel } = pick('classMode').classMode;
  return {
    title: `${t('classMode.title')} · ${entry.data.title}`,
    heading: `${t('classMode.title')}: ${entry.data.title}`,
    guideHref,
    articleHref,
    sources,
    island: {
      messages: { classMode: { ui, answerSummary, discussLabel } },
      steps,
      notes,
      guideHref: keyHref,
    },
    heads,
    parts,
  };
}
