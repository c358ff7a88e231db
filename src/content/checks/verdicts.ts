/**
 * One verdict per source. Every source the article leans on (a named expert, an organisation,
 * the unseen documents, the unnamed voices, the publisher, the sources list) is judged once, on
 * its card in the experts step (`source` + `verdict` in the card's frontmatter). A red-flag
 * passage about that source names the same `source` and repeats the `verdict`, so an author
 * reading either file sees the verdict; this check fails the build, naming both files and the
 * field, when the two disagree, and when a passage's red-flag types contradict the verdict.
 */
import type { ExpertCard } from '../../modules/experts/schema';
import { ContentError } from '../errors';

type Verdict = ExpertCard['verdict'];

/** A source card as the check needs it. */
export interface VerdictCardInput {
  /** Shown in errors, e.g. `content/cases/paramedics-walkout/experts/02-hendricks.mdx`. */
  file: string;
  source?: string | undefined;
  verdict: Verdict;
}

/** A red-flag key passage as the check needs it. */
export interface VerdictPassageInput {
  file: string;
  source?: string | undefined;
  verdict?: Verdict | undefined;
  /** Red-flag type ids, best fit first. */
  types: readonly string[];
}

/**
 * Red-flag types that say something about whether a source can be checked, and the verdicts
 * each one fits. "Unnamed source" and "document nobody can see" mean there is nothing to look
 * up; "an expert you cannot confirm" also fits a checkable expert whom a check did not confirm.
 */
export const TYPE_VERDICTS: Readonly<Record<string, readonly Verdict[]>> = {
  'anonymous-source': ['cannot-check'],
  'unseen-document': ['cannot-check'],
  'uncheckable-expert': ['cannot-check', 'checkable-differs'],
};

/** Best-fit types that make a passage a judgement of a source: it must name its `source`. */
const SOURCE_TYPES = new Set(Object.keys(TYPE_VERDICTS));

export const VERDICT_HINT =
  'Each source has one verdict, set on its card in the experts step (`source` and `verdict`). ' +
  'A red-flag passage about that source gives the same `source` and `verdict`, and only types ' +
  'that fit it. Change the verdict in both files, or neither.';

/**
 * Every disagreement between the experts cards and the red-flag key about a source's verdict,
 * as `{ file, problem }` pairs (each problem names the other file where there is one). Empty
 * when all agree.
 *
 * @example verdictProblems([{ file: 'a.mdx', source: 'x', verdict: 'cannot-check' }], []) // []
 */
export function verdictProblems(
  cards: readonly VerdictCardInput[],
  passages: readonly VerdictPassageInput[],
): { file: string; problem: string }[] {
  const problems: { file: string; problem: string }[] = [];
  const bySource = new Map<string, VerdictCardInput>();
  for (const card of cards) {
    if (card.source === undefined) {
      problems.push({
        file: card.file,
        problem: 'source: missing; give the id the red-flag key uses for this source',
      });
      continue;
    }
    const other = bySource.get(card.source);
    if (other) {
      problems.push({
        file: card.file,
        problem:
          `source: "${card.source}" is also judged in ${other.file} ` +
          (other.verdict === card.verdict
            ? '(one card per source)'
            : `(verdict "${other.verdict}" there, "${card.verdict}" here: one verdict per source)`),
      });
      continue;
    }
    bySource.set(card.source, card);
  }
  const known = [...bySource.keys()].map((s) => `"${s}"`).join(', ');
  for (const p of passages) {
    if (p.source === undefined) {
      if (p.verdict !== undefined)
        problems.push({ file: p.file, problem: 'source: give the source this verdict is about' });
      else if (p.types[0] !== undefined && SOURCE_TYPES.has(p.types[0]))
        problems.push({
          file: p.file,
          problem:
            `source: missing; "${p.types[0]}" judges a source, so name it (one of ${known}) ` +
            'and give its verdict',
        });
      continue;
    }
    const card = bySource.get(p.source);
    if (!card) {
      problems.push({
        file: p.file,
        problem: `source: "${p.source}" is on no experts card (known: ${known})`,
      });
      continue;
    }
    if (p.verdict === undefined)
      problems.push({
        file: p.file,
        problem: `verdict: missing; ${card.file} gives "${p.source}" the verdict "${card.verdict}"`,
      });
    else if (p.verdict !== card.verdict)
      problems.push({
        file: p.file,
        problem:
          `verdict: "${p.verdict}" here, but ${card.file} gives "${p.source}" the verdict ` +
          `"${card.verdict}" (field "verdict" in both files): one verdict per source`,
      });
    p.types.forEach((type, i) => {
      const fits = TYPE_VERDICTS[type];
      if (fits && !fits.includes(card.verdict))
        problems.push({
          file: p.file,
          problem:
            `types.${i}: "${type}" fits only ${fits.map((v) => `"${v}"`).join(' or ')}, but ` +
            `${card.file} gives "${p.source}" the verdict "${card.verdict}"`,
        });
    });
  }
  return problems;
}

/** Throws a {@link ContentError} at the first file with a verdict problem (all its problems). */
export function checkSourceVerdicts(
  cards: readonly VerdictCardInput[],
  passages: readonly VerdictPassageInput[],
): void {
  const problems = verdictProblems(cards, passages);
  const first = problems[0];
  if (!first) return;
  throw new ContentError(
    first.file,
    problems.filter((p) => p.file === first.file).map((p) => p.problem),
    VERDICT_HINT,
  );
}
