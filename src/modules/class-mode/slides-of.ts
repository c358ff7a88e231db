/**
 * Build time: every class-mode slide, from the same content collections the modules use (claims,
 * red-flag key, source cards, figures), so class mode can never disagree with them.
 */
import type { CaseItem } from '../../content/queries';
import { getExpertsContent, getRedFlagsContent, getStatisticsContent } from '../../content/queries';
import type { Source } from '../../content/schemas';
import { blockText } from '../../core/article';
import { paragraphLabel, unitOf, type MarkingDoc, type Range } from '../../core/marking-doc';
import { formatPlace, placeOfAnchor } from '../../core/place';
import type { StepKind } from '../../core/steps';
import { placeWords, t } from '../../i18n';
import { renderMdxToHtml } from '../../ui/render-mdx';
import type { Figure } from '../statistics/schema';
import { pickOnePerType } from './model';
import type { Slide } from './slides';

export interface CaseSlides {
  /** Each step's slides (a step the case does not have gets none). */
  slidesOf: Record<StepKind, Slide[]>;
  /** Registered sources by id (for the statistics parts). */
  sources: Record<string, Source>;
  /** How many red-flag passages the slides show, of how many in the key. */
  redFlags: { shown: number; total: number };
}

const shortId = (id: string) => id.slice(id.lastIndexOf('/') + 1);

/** "Paragraph 14", "The headline": where a key passage starts, as a title. */
function placeOfRange(doc: MarkingDoc, range: Range): string {
  const unit = unitOf(doc, range);
  const label = unit ? paragraphLabel(unit) : '';
  const anchor = label === 'site' || label === 'headline' ? label : `p${label}`;
  return formatPlace(placeOfAnchor(anchor), placeWords, true);
}

/** The answer to a figure's question, as words. */
const answerOf = (f: Figure) =>
  f.question.kind === 'number'
    ? f.question.answerDisplay
    : (f.question.options.find((o) => o.id === f.question.answer)?.label ?? '');

/** First impressions and Second look: the claims, rated before or again after. */
function claimSlides(entry: CaseItem, again: boolean): Slide[] {
  const { claims } = entry.data;
  return claims.map((c, i) => ({
    kind: 'claim',
    n: i + 1,
    total: claims.length,
    text: c.text,
    accurate: c.accurate,
    explanation: c.explanation,
    sources: c.sources,
    again,
  }));
}

/** Spot the red flags: one passage per type, as the module locates them. */
async function passageSlides(entry: CaseItem) {
  const content = await getRedFlagsContent(entry);
  const typeById = new Map(content.types.map((e) => [e.data.id, e.data]));
  const chosen = pickOnePerType(
    content.passages.map((p) => ({ ...p, difficulty: p.entry.data.difficulty })),
    content.types.map((e) => e.data.id),
  );
  const slides = await Promise.all(
    chosen.map(async (p, i): Promise<Slide> => {
      const [best = '', ...others] = p.types;
      return {
        kind: 'passage',
        n: i + 1,
        total: chosen.length,
        place: placeOfRange(content.doc, p),
        difficulty: t(`redFlags.difficulty.${p.difficulty}`),
        quote: p.entry.data.quote,
        typeName: typeById.get(best)?.name ?? best,
        definition: typeById.get(best)?.definition ?? '',
        also: others.map((o) => typeById.get(o)?.name ?? o),
        checksOut: p.entry.data.checksOut,
        html: await renderMdxToHtml(p.source),
      };
    }),
  );
  return { slides, total: content.passages.length };
}

/** Check the named experts: every source card, in the module's order. */
async function expertSlides(entry: CaseItem, articleHref: string): Promise<Slide[]> {
  const cards = await getExpertsContent(entry);
  const where = (paragraph: string) => formatPlace(placeOfAnchor(paragraph), placeWords);
  return Promise.all(
    cards.map(async (e, i): Promise<Slide> => ({
      kind: 'expert',
      n: i + 1,
      total: cards.length,
      kindLabel:
        t(`experts.kinds.${e.data.kind}`) +
        (e.data.tier === 'extra' ? ` · ${t('experts.extra')}` : ''),
      title: e.data.title,
      quotes: e.data.quotes.map((q) => ({
        text: q.text,
        where: where(q.paragraph),
        href: `${articleHref}#${q.paragraph}`,
      })),
      claim: e.data.claim,
      verdict: t(`experts.verdicts.${e.data.verdict}.label`),
      verdictHint: t(`experts.verdicts.${e.data.verdict}.hint`),
      strongChecks: e.data.checkChoices.filter((c) => c.strong).map((c) => c.label),
      html: await renderMdxToHtml(e),
    })),
  );
}

/** Compare the statistics: every figure, then the number drift. */
async function statisticSlides(entry: CaseItem) {
  const { figures, drift, sources } = await getStatisticsContent(entry);
  const slides: Slide[] = await Promise.all(
    figures.map(async (e, i): Promise<Slide> => ({
      kind: 'figure',
      id: shortId(e.id),
      n: i + 1,
      total: figures.length,
      figure: e.data,
      answer: answerOf(e.data),
      html: await renderMdxToHtml(e),
    })),
  );
  if (drift) slides.push({ kind: 'drift', drift: drift.data, html: await renderMdxToHtml(drift) });
  return { slides, sources };
}

/** Every slide of the case, step by step. A step the case lacks needs no content. */
export async function slidesOfCase(entry: CaseItem, articleHref: string): Promise<CaseSlides> {
  const has = (step: StepKind) => entry.data.steps.some((s) => s.id === step);
  const { article, claims } = entry.data;
  const redFlags = has('red-flags') ? await passageSlides(entry) : { slides: [], total: 0 };
  const experts = has('experts') ? await expertSlides(entry, articleHref) : [];
  const statistics = has('statistics') ? await statisticSlides(entry) : { slides: [], sources: {} };
  return {
    slidesOf: {
      // Each student takes the warm-up test on their own device: nothing to project.
      'warm-up': [],
      'first-impressions': [
        {
          kind: 'article',
          site: article.site,
          headline: article.headline,
          standfirst: article.blocks[0] ? blockText(article.blocks[0]) : '',
        },
        ...claimSlides(entry, false),
      ],
      'red-flags': redFlags.slides,
      experts,
      statistics: statistics.slides,
      'second-look': [
        ...claimSlides(entry, true),
        {
          kind: 'discernment',
          supported: claims.filter((c) => c.accurate).map((c) => c.text),
          notSupported: claims.filter((c) => !c.accurate).map((c) => c.text),
        },
      ],
    },
    sources: statistics.sources,
    redFlags: { shown: redFlags.slides.length, total: redFlags.total },
  };
}
