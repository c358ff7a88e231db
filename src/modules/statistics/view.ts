/**
 * Build time: a case's statistics content → what the page renders. The island gets plain data
 * (each figure's title and question, the drift's title); the static parts (quotes, comparisons,
 * the drift) are listed with their slot names for the page to render as the island's slots.
 */
import { getStatisticsContent, type CaseItem } from '../../content/queries';
import type { Source } from '../../content/schemas';
import { renderMdxToHtml } from '../../ui/render-mdx';
import { pickKeys } from '../../i18n';
import type { Drift, Figure } from './schema';
import { sliderStops } from './scoring';
import {
  DRIFT_SLOT,
  ISLAND_KEYS,
  figureSlots,
  type DriftView,
  type FigureView,
  type QuestionView,
  type StatisticsMessages,
} from './view-types';

export interface StatisticsIslandProps {
  caseId: string;
  messages: StatisticsMessages;
  figures: FigureView[];
  drift?: DriftView | undefined;
}

/** One figure's static parts: its quote and its comparison, each with its slot name. */
export interface FigureParts {
  figure: Figure;
  /** Prefix of the comparison's ids (the chart's title, description and pattern). */
  domId: string;
  explanationHtml: string;
  slots: ReturnType<typeof figureSlots>;
}

export interface StatisticsView {
  island: StatisticsIslandProps;
  figures: FigureParts[];
  drift?: { drift: Drift; explanationHtml: string; slot: typeof DRIFT_SLOT } | undefined;
  sources: Record<string, Source>;
  /** The article page, for "Read it in the article" links. */
  articleHref: string;
}

const shortId = (id: string) => id.slice(id.lastIndexOf('/') + 1);

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

export async function statisticsView(entry: CaseItem): Promise<StatisticsView> {
  // Checked against the article and the source registry by the content layer.
  const { figures, drift, sources } = await getStatisticsContent(entry);
  const figureParts = await Promise.all(
    figures.map(async (e, i) => ({
      figure: e.data,
      domId: `stat-${shortId(e.id)}`,
      explanationHtml: await renderMdxToHtml(e),
      slots: figureSlots(i),
    })),
  );
  return {
    island: {
      caseId: entry.id,
      messages: pickKeys('statistics', ISLAND_KEYS),
      figures: figures.map((e) => ({
        id: shortId(e.id),
        title: e.data.title,
        question: questionView(e.data.question),
      })),
      drift: drift ? { title: drift.data.title } : undefined,
    },
    figures: figureParts,
    drift: drift
      ? { drift: drift.data, explanationHtml: await renderMdxToHtml(drift), slot: DRIFT_SLOT }
      : undefined,
    sources,
    articleHref: `${import.meta.env.BASE_URL}${entry.id}/article/`,
  };
}
