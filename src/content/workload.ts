/**
 * What each step of a case asks of a student — words to read, choices, answers, marks — for
 * its core and in full, counted from the content itself so the time shown can never drift from
 * what the step holds. The model that turns a workload into minutes is src/core/estimate.ts.
 */
import { getCollection } from 'astro:content';
import type { StepKind } from '../core/steps';
import {
  addWork,
  coreOverBudget,
  countWords,
  estimateMinutes,
  proseWords,
  type Workload,
} from '../core/estimate';
import { ContentError } from './errors';
import { segmentArticle } from '../core/marking-doc';
import { coreSections, inCore } from '../core/key-sections';
import {
  getExpertsContent,
  getRedFlagsContent,
  getStatisticsContent,
  type CaseItem,
} from './queries';

const isExtra = (data: object) => (data as { tier?: string }).tier === 'extra';

export interface StepEstimate {
  core: Workload;
  full: Workload;
  coreMinutes: number;
  fullMinutes: number;
}

const counted = new Map<string, Promise<Map<StepKind, StepEstimate>>>();

/** Each step's workload and time (counted once per case and build). */
export function caseWorkload(entry: CaseItem): Promise<Map<StepKind, StepEstimate>> {
  let work = counted.get(entry.id);
  if (!work) counted.set(entry.id, (work = countCase(entry).then((w) => fitsPeriod(entry, w))));
  return work;
}

/** A case whose core does not fit a class period fails the build, naming each step's minutes. */
function fitsPeriod(entry: CaseItem, work: Map<StepKind, StepEstimate>) {
  const problem = coreOverBudget([...work].map(([id, e]) => ({ id, minutes: e.coreMinutes })));
  if (problem) throw new ContentError(`content/cases/${entry.id}/`, [problem], HINT);
  return work;
}

const HINT =
  "Each step's core and extras are set in its content (tier: extra); the model is src/core/estimate.ts.";

/**
 * Each step's workload. A diligent student is assumed: they read every question, option and
 * explanation the step shows them, once. The article is skimmed at first sight (first
 * impressions: as it would be read in a feed) and read closely while marking red flags.
 */
async function countCase(entry: CaseItem): Promise<Map<StepKind, StepEstimate>> {
  const article = entry.data.article;
  const articleWords = countWords(
    [
      article.headline,
      ...article.blocks.map((b) =>
        b.kind === 'list' ? b.items.map((i) => i.text).join(' ') : b.text,
      ),
    ].join(' '),
  );
  const claims = entry.data.claims;
  const claimWords = claims.reduce((n, c) => n + countWords(c.text), 0);
  const claimExplained = claims.reduce((n, c) => n + countWords(c.explanation), 0);
  const posts = (await getCollection('transferPosts')).map((e) => e.data);
  const postWords = (form: string, explained: boolean) =>
    posts
      .filter((p) => p.form === form)
      .reduce(
        (n, p) =>
          n +
          countWords(`${p.text} ${p.sourceLine ?? ''}`) +
          (explained ? countWords(p.explanation) : 0),
        0,
      );

  const out = new Map<StepKind, StepEstimate>();
  const put = (id: StepKind, core: Workload, extra: Partial<Workload> = {}) => {
    const full = addWork(core, extra);
    out.set(id, {
      core,
      full,
      coreMinutes: estimateMinutes(core),
      fullMinutes: estimateMinutes(full),
    });
  };

  for (const step of entry.data.steps) {
    switch (step.id) {
      case 'warm-up':
        put(step.id, addWork({ read: postWords('A', false), choices: 12 }));
        break;
      case 'first-impressions': {
        // As in a feed: the headline and the opening at least (the task says so), the rest if
        // the student reads on. Then believability, sharing, one sentence why, each claim rated.
        const doc = segmentArticle(article);
        const opening = countWords(
          (doc.sections[0]?.units ?? [])
            .map((u) => doc.units[u])
            .map((u) => (u ? doc.text.slice(u.start, u.end) : ''))
            .join(' '),
        );
        put(
          step.id,
          addWork({ skim: opening, read: claimWords, choices: 2 + claims.length, typed: 1 }),
          { skim: Math.max(0, articleWords - opening) },
        );
        break;
      }
      case 'red-flags': {
        const { doc, passages } = await getRedFlagsContent(entry);
        // After the check each passage is a card: its quote and how the student did (the quote
        // and about ten words); its explanation opens on request, read — as in the second look —
        // for the passages the student missed or named wrongly, counted as half of them.
        const cards = (ps: typeof passages) =>
          ps.reduce((n, p) => n + countWords(p.source.data.quote) + 10, 0);
        const explained = (ps: typeof passages) =>
          ps.reduce((n, p) => n + countWords(p.source.body ?? ''), 0);
        // The core is whole sections (the opening and the sources): read closely and marked; the
        // rest of the article is the extras'.
        const sections = coreSections(
          doc,
          passages.map((p) => ({ ...p, kind: p.source.data.kind, tier: p.source.data.tier })),
        );
        const coreWords = countWords(
          sections
            .flatMap((s) => s.units.map((u) => doc.units[u]))
            .map((u) => (u ? doc.text.slice(u.start, u.end) : ''))
            .join(' '),
        );
        const isCore = (p: (typeof passages)[number]) => inCore(doc, sections, p);
        const core = passages.filter(isCore);
        const rest = passages.filter((p) => !isCore(p));
        put(
          step.id,
          addWork({
            read: coreWords + cards(core) + Math.ceil(explained(core) / 2),
            marks: core.length,
            choices: 1,
          }),
          addWork({
            read:
              Math.max(0, articleWords - coreWords) +
              cards(rest) +
              explained(rest) +
              Math.floor(explained(core) / 2),
            marks: rest.length,
          }),
        );
        break;
      }
      case 'experts': {
        const cards = await getExpertsContent(entry);
        // Where to check, the prepared findings, a verdict and how sure: four acts per card.
        const work = (cs: typeof cards) =>
          addWork(
            ...cs.map((c) => ({ read: proseWords(c.data) + countWords(c.body ?? ''), choices: 4 })),
          );
        put(
          step.id,
          work(cards.filter((c) => !isExtra(c.data))),
          work(cards.filter((c) => isExtra(c.data))),
        );
        break;
      }
      case 'statistics': {
        const { figures, drift } = await getStatisticsContent(entry);
        const work = (fs: typeof figures) =>
          addWork(
            ...fs.map((f) => ({
              read: proseWords(f.data) + countWords(f.body ?? ''),
              ...(f.data.question.kind === 'number' ? { typed: 1 } : { choices: 1 }),
            })),
          );
        const driftWork = drift
          ? { read: proseWords(drift.data) + countWords(drift.body ?? ''), choices: 1 }
          : {};
        put(
          step.id,
          addWork(work(figures.filter((f) => !isExtra(f.data))), driftWork),
          work(figures.filter((f) => isExtra(f.data))),
        );
        break;
      }
      case 'second-look': {
        // 12 new posts, the article's believability and sharing again, the claims again; then
        // each claim and each post of both forms explained: one line where the student judged
        // it rightly, the explanation open where not. The core counts a student at chance
        // (half not right, the slow side); the other half is there on request.
        const explained =
          postWords('A', true) -
          postWords('A', false) +
          postWords('B', true) -
          postWords('B', false) +
          claimExplained;
        put(
          step.id,
          addWork({
            read: postWords('B', false) + Math.ceil(explained / 2) + claimWords,
            choices: 12 + 2 + claims.length,
          }),
          { read: Math.floor(explained / 2) },
        );
        break;
      }
    }
  }
  return out;
}

/** The whole case's time by the model: every step's core, and everything. */
export async function caseMinutes(entry: CaseItem): Promise<{ core: number; full: number }> {
  const steps = [...(await caseWorkload(entry)).values()];
  return {
    core: steps.reduce((n, s) => n + s.coreMinutes, 0),
    full: steps.reduce((n, s) => n + s.fullMinutes, 0),
  };
}
