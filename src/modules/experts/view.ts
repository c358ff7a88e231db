/**
 * Build time: a case's expert cards → what the page renders. The island gets plain data (titles,
 * claims, check-first choices, verdicts); the static parts (quotes, prepared panels, feedback on
 * each choice, the explained answer) are listed with their slot names for the page to render as
 * the island's slots.
 */
import { getExpertsContent, getSource, type CaseItem } from '../../content/queries';
import { renderMdxToHtml } from '../../ui/render-mdx';
import { formatPlace, placeOfAnchor } from '../../core/place';
import { pickKeys, placeWords } from '../../i18n';
import {
  ISLAND_KEYS,
  cardSlots,
  type CardView,
  type ExpertsMessages,
  type FindingView,
  type QuoteView,
} from './view-types';

export interface ExpertsIslandProps {
  caseId: string;
  cards: CardView[];
  messages: ExpertsMessages;
  /** Shown with the summary: what the step teaches (the case's recap for this step). */
  takeaway?: string;
}

/** One card's static parts, each with its slot name. */
export interface CardStaticParts {
  id: string;
  slots: ReturnType<typeof cardSlots>;
  quotes: QuoteView[];
  findings: FindingView[];
  /** The feedback on each check-first choice, in the choices' order. */
  feedback: string[];
  explanationHtml: string;
}

export interface ExpertsView {
  island: ExpertsIslandProps;
  cards: CardStaticParts[];
}

const shortId = (id: string) => id.slice(id.lastIndexOf('/') + 1);
const where = (paragraph: string) => formatPlace(placeOfAnchor(paragraph), placeWords);

export async function expertsView(entry: CaseItem): Promise<ExpertsView> {
  // Checked against the article and the sources by the content layer.
  const entries = await getExpertsContent(entry);
  const recap = entry.data.steps.find((s) => s.id === 'experts')?.recap;
  const articleHref = `${import.meta.env.BASE_URL}${entry.id}/article/`;
  const cards = await Promise.all(
    entries.map(async (e, i): Promise<CardStaticParts> => ({
      id: shortId(e.id),
      slots: cardSlots(i),
      quotes: e.data.quotes.map((q) => ({
        text: q.text,
        href: `${articleHref}#${q.paragraph}`,
        where: where(q.paragraph),
      })),
      findings: await Promise.all(
        e.data.findings.map(async (f) => ({
          title: f.title,
          result: f.result,
          paragraphs: f.text
            .split(/\n+/)
            .map((p) => p.trim())
            .filter(Boolean),
          sources: await Promise.all(
            f.sources.map(async (id) => {
              const s = await getSource(id);
              return { id, title: s.title, publisher: s.publisher, url: s.url };
            }),
          ),
          repeat: f.repeat,
        })),
      ),
      feedback: e.data.checkChoices.map((c) => c.feedback),
      explanationHtml: await renderMdxToHtml(e),
    })),
  );
  return {
    island: {
      caseId: entry.id,
      // Only this module's strings go to the browser, not the whole dictionary.
      messages: pickKeys('experts', ISLAND_KEYS),
      cards: entries.map((e) => ({
        id: shortId(e.id),
        title: e.data.title,
        short: e.data.short,
        kind: e.data.kind,
        claim: e.data.claim,
        checkChoices: e.data.checkChoices.map(({ id, label, strong }) => ({ id, label, strong })),
        verdict: e.data.verdict,
        partialVerdicts: e.data.partialVerdicts,
      })),
      ...(recap ? { takeaway: recap } : {}),
    },
    cards,
  };
}
