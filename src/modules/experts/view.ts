/**
 * Build time: a case's expert cards → what its pages render.
 * - {@link expertsView}: the step page. The island gets plain data (titles, claims, check-first
 *   choices, verdicts); each card's quotes are a named slot.
 * - {@link expertsAnswers}: `answers.json`, what each card shows once the student answers
 *   (feedback, prepared panels, explanation), which the island fetches once it runs.
 * - {@link renderedCards}: every card, read and rendered once; the answers page (every card with
 *   its answer, to read without JavaScript) draws it whole.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { getExpertsContent, getSource, type CaseItem } from '../../content/queries';
import { renderMdxToHtml } from '../../ui/render-mdx';
import { formatPlace, placeOfAnchor } from '../../core/place';
import { pick, pickKeys, placeWords } from '../../i18n';
import CardFindings from './CardFindings.astro';
import { isCore } from './scoring';
import {
  ISLAND_KEYS,
  quotesSlot,
  type CardView,
  type ExpertsAnswers,
  type ExpertsMessages,
  type FindingView,
  type QuoteView,
} from './view-types';

export interface ExpertsIslandProps {
  caseId: string;
  cards: CardView[];
  messages: ExpertsMessages;
  /** Where the island fetches what shows after each answer (`answers.json`). */
  answersUrl: string;
  /** Shown with the summary: what the step teaches (the case's recap for this step). */
  takeaway?: string;
}

/** One card as the pages draw it at build time. */
export interface RenderedCard {
  card: CardView;
  quotes: QuoteView[];
  findings: FindingView[];
  /** The feedback on each check-first choice, in the choices' order. */
  feedback: string[];
  explanationHtml: string;
}

const shortId = (id: string) => id.slice(id.lastIndexOf('/') + 1);
const where = (paragraph: string) => formatPlace(placeOfAnchor(paragraph), placeWords);

/** Every card, read and rendered once per case. */
const rendered = new Map<string, Promise<RenderedCard[]>>();
export function renderedCards(entry: CaseItem): Promise<RenderedCard[]> {
  let built = rendered.get(entry.id);
  if (!built) {
    built = (async () => {
      // Checked against the article and the sources by the content layer.
      const entries = await getExpertsContent(entry);
      const articleHref = `${import.meta.env.BASE_URL}${entry.id}/article/`;
      return Promise.all(
        entries.map(async (e) => ({
          card: {
            id: shortId(e.id),
            title: e.data.title,
            short: e.data.short,
            kind: e.data.kind,
            claim: e.data.claim,
            checkChoices: e.data.checkChoices.map(({ id, label, strong }) => ({
              id,
              label,
              strong,
            })),
            verdict: e.data.verdict,
            partialVerdicts: e.data.partialVerdicts,
            tier: e.data.tier,
          },
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
    })();
    rendered.set(entry.id, built);
  }
  return built;
}

export interface ExpertsView {
  island: ExpertsIslandProps;
  /** Each card's quotes, as the island's slot `slot`. */
  quotes: { slot: ReturnType<typeof quotesSlot>; quotes: QuoteView[] }[];
  /** The answers page, for readers without JavaScript. */
  answersHref: string;
}

export async function expertsView(entry: CaseItem): Promise<ExpertsView> {
  const cards = await renderedCards(entry);
  const recap = entry.data.steps.find((s) => s.id === 'experts')?.recap;
  const step = `${import.meta.env.BASE_URL}${entry.id}/experts/`;
  return {
    island: {
      caseId: entry.id,
      cards: cards.map((c) => c.card),
      // Only the strings the island uses go to the browser, not the whole dictionary.
      messages: { ...pickKeys('experts', ISLAND_KEYS), ...pick('readAloud') },
      answersUrl: `${step}answers.json`,
      ...(recap ? { takeaway: recap } : {}),
    },
    quotes: cards.map((c, i) => ({ slot: quotesSlot(i), quotes: c.quotes })),
    answersHref: `${step}answers/`,
  };
}

/** `answers.json`: each card's feedback, prepared panels and explanation. */
export async function expertsAnswers(entry: CaseItem): Promise<ExpertsAnswers> {
  const container = await AstroContainer.create();
  const answers: ExpertsAnswers = { cards: {} };
  for (const c of await renderedCards(entry))
    answers.cards[c.card.id] = {
      feedback: c.feedback,
      finds: await container.renderToString(CardFindings, {
        props: { cardId: c.card.id, findings: c.findings },
      }),
      explain: c.explanationHtml,
    };
  return answers;
}

/** How many cards are the core every student does, and how many are extras (the page's intro). */
export function tierCounts(cards: CardView[]): { core: number; extras: number } {
  const core = cards.filter(isCore).length;
  return { core, extras: cards.length - core };
}
