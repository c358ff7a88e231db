/**
 * Build time: a case's statistics content → what its pages render.
 * - {@link statisticsView}: the step page. The island gets plain data (each figure's title and
 *   question); each figure's quote is a named slot.
 * - {@link statisticsAnswers}: `answers.json`, the comparisons and the drift as HTML, which the
 *   island fetches once it runs (they show only after a guess is locked in).
 * - {@link renderedStatistics}: every figure, read and rendered once; the answers page (every
 *   comparison, to read without JavaScript) draws it whole.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { getStatisticsContent, type CaseItem } from '../../content/queries';
import type { Source } from '../../content/schemas';
import { renderMdxToHtml } from '../../ui/render-mdx';
import { pick, pickKeys } from '../../i18n';
import type { Drift, Figure } from './schema';
import { lessonOrder, sliderStops } from './scoring';
import StatisticReveal from './StatisticReveal.astro';
import NumberDrift from './NumberDrift.astro';
import {
  ISLAND_KEYS,
  quoteSlot,
  type DriftView,
  type FigureView,
  type QuestionView,
  type StatisticsAnswers,
  type StatisticsMessages,
} from './view-types';

export interface StatisticsIslandProps {
  caseId: string;
  messages: StatisticsMessages;
  figures: FigureView[];
  drift?: DriftView | undefined;
  /** Where the island fetches the comparisons (`answers.json`). */
  answersUrl: string;
}

/** One figure as the pages draw it at build time. */
export interface RenderedFigure {
  figure: Figure;
  /** Short id (the file name). */
  id: string;
  /** Prefix of the figure's ids in the page (heading, chart). */
  domId: string;
  explanationHtml: string;
}

export interface RenderedStatistics {
  figures: RenderedFigure[];
  drift?: { drift: Drift; explanationHtml: string } | undefined;
  sources: Record<string, Source>;
  /** The article page, for "Read it in the article" links. */
  articleHref: string;
}

const shortId = (id: string) => id.slice(id.lastIndexOf('/') + 1);

/** Everything the pages draw from, read and rendered once per case. */
const rendered = new Map<string, Promise<RenderedStatistics>>();
export function renderedStatistics(entry: CaseItem): Promise<RenderedStatistics> {
  let built = rendered.get(entry.id);
  if (!built) {
    built = (async () => {
      // Checked against the article and the source registry by the content layer.
      const { figures, drift, sources } = await getStatisticsContent(entry);
      return {
        figures: await Promise.all(
          figures.map(async (e) => ({
            figure: e.data,
            id: shortId(e.id),
            domId: `stat-${shortId(e.id)}`,
            explanationHtml: await renderMdxToHtml(e),
          })),
        ),
        drift: drift && { drift: drift.data, explanationHtml: await renderMdxToHtml(drift) },
        sources,
        articleHref: `${import.meta.env.BASE_URL}${entry.id}/article/`,
      };
    })();
    rendered.set(entry.id, built);
  }
  return built;
}

function questionView(q: Figure['question']): QuestionView {
  if (q.kind === 'choice')
    return {
      kind: 'choice',
      prompt: q.prompt,
      help: q.help,
      options: q.options,
      answer: q.answer,
      partial: q.partial,
    };
  return {
    kind: 'number',
    prompt: q.prompt,
    help: q.help,
    min: q.min,
    max: q.max,
    step: q.step,
    log: q.log,
    format: q.format,
    unit: q.unit,
    answer: q.answer,
    answerDisplay: q.answerDisplay,
    stops: sliderStops(q),
    bands: q.bands,
  };
}

export interface StatisticsView {
  island: StatisticsIslandProps;
  /** Each figure's quote, as the island's slot `slot`. */
  quotes: { slot: ReturnType<typeof quoteSlot>; figure: Figure }[];
  articleHref: string;
  /** The answers page, for readers without JavaScript. */
  answersHref: string;
}

export async function statisticsView(entry: CaseItem): Promise<StatisticsView> {
  const rendered = await renderedStatistics(entry);
  const { drift, articleHref } = rendered;
  // The island and its quote slots share one order: the core figures first, then the extras.
  const figures = lessonOrder(rendered.figures.map((f) => ({ ...f, tier: f.figure.tier })));
  const step = `${import.meta.env.BASE_URL}${entry.id}/statistics/`;
  return {
    island: {
      caseId: entry.id,
      messages: { ...pickKeys('statistics', ISLAND_KEYS), ...pick('readAloud') },
      figures: figures.map((f) => ({
        id: f.id,
        title: f.figure.title,
        question: questionView(f.figure.question),
        tier: f.figure.tier,
      })),
      drift: drift && { title: drift.drift.title },
      answersUrl: `${step}answers.json`,
    },
    quotes: figures.map((f, i) => ({ slot: quoteSlot(i), figure: f.figure })),
    articleHref,
    answersHref: `${step}answers/`,
  };
}

/** `answers.json`: each figure's comparison and the drift, as the step page shows them. */
export async function statisticsAnswers(entry: CaseItem): Promise<StatisticsAnswers> {
  const { figures, drift, sources, articleHref } = await renderedStatistics(entry);
  const container = await AstroContainer.create();
  const answers: StatisticsAnswers = { figures: {} };
  for (const f of figures)
    answers.figures[f.id] = await container.renderToString(StatisticReveal, {
      props: { figure: f.figure, sources, explanationHtml: f.explanationHtml, id: f.domId },
    });
  if (drift)
    answers.drift = await container.renderToString(NumberDrift, {
      props: { drift: drift.drift, sources, explanationHtml: drift.explanationHtml, articleHref },
    });
  return answers;
}
